import type { SiteLinks } from '#application/ports';
import { paths } from '#routes';

/** Absolute links for mails: the site's public address plus a path from the route table. */
export function siteLinks(publicBaseUrl: string): SiteLinks {
  return {
    portalHome: () => `${publicBaseUrl}${paths.myTasks()}`,
    request: (reference) => `${publicBaseUrl}${paths.request(reference)}`,
    status: (statusToken) => `${publicBaseUrl}${paths.status(statusToken)}`,
    confirm: (confirmToken) => `${publicBaseUrl}${paths.confirm(confirmToken)}`,
    fgDashboard: () => `${publicBaseUrl}${paths.fgDashboard()}`,
  };
}
