import type { Directory } from '#core/directory';
import { regionLogoFile, regionStylesheetFile } from '#core/region-files';
import { pathTo } from '#routes';

/**
 * Who runs the service where a page is about one region (the receipt, the
 * status page, a region's form): the header shows its logo and service name,
 * the footer its organisation, contact and statements, and its stylesheet
 * follows the shared one.
 */
export interface SiteOwner {
  regionName: string;
  serviceName: string;
  organisation: string;
  phone?: string;
  email?: string;
  address?: string;
  openingHours?: string;
  privacyStatementUrl?: string;
  accessibilityStatementUrl?: string;
  logo?: { path: string; alt: string };
  stylesheetPath?: string;
}

export function siteOwnerOf(directory: Directory, regionId: string | undefined): SiteOwner | undefined {
  const region = regionId ? directory.region(regionId) : undefined;
  if (!region?.about) return undefined;
  const { theme } = region;
  return {
    regionName: region.name,
    ...region.about,
    ...(theme?.logo ? { logo: { path: pathTo('regionStyle', { file: regionLogoFile(region.id, theme.logo.file) }), alt: theme.logo.alt } } : {}),
    ...(theme ? { stylesheetPath: pathTo('regionStyle', { file: regionStylesheetFile(region.id, directory.regionVersion(region.id)) }) } : {}),
  };
}
