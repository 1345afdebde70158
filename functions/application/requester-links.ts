import { languageOf, type RequestRecord } from '#core/request-record';
import type { SiteLinks } from './ports';

/** The links a lifecycle step puts in its mails: the portal's for parties, the status page's for the requester and a co-requester. */
export function requesterLinks(
  links: Pick<SiteLinks, 'request' | 'status'>,
  record: Pick<RequestRecord, 'reference' | 'statusToken' | 'coRequester' | 'language'>,
) {
  return {
    portalUrl: links.request(record.reference),
    statusUrl: links.status(record.statusToken, languageOf(record)),
    ...(record.coRequester ? { coStatusUrl: links.status(record.coRequester.statusToken, languageOf(record)) } : {}),
  };
}
