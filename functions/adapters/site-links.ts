import type { SiteLinks } from '#application/ports';
import { pathIn, pathTo } from '#routes';

/** Absolute links for mails: the site's public address plus a path from the route table. */
export function siteLinks(publicBaseUrl: string): SiteLinks {
  return {
    portalHome: () => `${publicBaseUrl}${pathTo('myTasks')}`,
    request: (reference) => `${publicBaseUrl}${pathTo('casePage', { reference })}`,
    status: (statusToken, language) => `${publicBaseUrl}${pathIn(language, 'statusPage', { token: statusToken })}`,
    confirm: (confirmToken, language) => `${publicBaseUrl}${pathIn(language, 'confirm', { token: confirmToken })}`,
    fgDashboard: () => `${publicBaseUrl}${pathTo('fgDashboard')}`,
    signIn: () => `${publicBaseUrl}${pathTo('signInPage')}`,
  };
}
