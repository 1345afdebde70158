/*
 * Kept apart from theme.ts, whose colour library the pages that only link
 * to these files need not carry.
 */
/**
 * The names the region's files are served under (handlers/region-style.ts):
 * the stylesheet carries the configuration version and the logo its content
 * hash, so both may be cached for a year; a change is a new name.
 */
export const regionStylesheetFile = (regionId: string, version: number): string => `${regionId}.v${version}.css`;
export const regionLogoFile = (regionId: string, logo: string): string => `${regionId}.${logo}`;

/** A served file name split into its region and what of it: undefined for anything else. */
export function parseRegionFile(file: string): { regionId: string; stylesheetVersion: number } | { regionId: string; logo: string } | undefined {
  const dot = file.indexOf('.');
  if (dot <= 0) return undefined;
  const regionId = file.slice(0, dot);
  const rest = file.slice(dot + 1);
  const stylesheet = /^v(\d{1,9})\.css$/.exec(rest);
  if (stylesheet) return { regionId, stylesheetVersion: Number(stylesheet[1]) };
  if (/^logo-[a-f0-9]{16}\.(png|jpg)$/.test(rest)) return { regionId, logo: rest };
  return undefined;
}
