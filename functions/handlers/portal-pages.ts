import { pathTo, routeIdOf } from '#routes';
import { answersTexts, portalNoticesTexts, workTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { amsterdamDate } from '#core/calendar-date';
import { caseReader } from '#adapters/case-store';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { loadCaseView } from '#application/case-file';
import { loadMyWork } from '#application/my-work';
import { renderCasePage } from '#views/case-page';
import { renderMessagePage } from '#views/error-page';
import { renderTasksPage } from '#views/portal-pages';
import { renderPartyRequestsPage } from '#views/party-requests-page';
import { readPartyRequestQuery, readReferenceSearch } from '#core/party-requests';
import { htmlResponse, redirectResponse } from './http/responses';
import { forbidden } from './http/portal-responses';
import { actorOf, chromeFor } from './http/portal-chrome';
import { portalHandler } from './http/session';

/**
 * The portal's pages: my tasks and a request. Reading only; the actions on a
 * request are a function of their own (portal-actions.ts).
 */

/** Fixed notices after a successful action (Post/Redirect/Get): the URL carries a word, never data. */
const NOTICES = portalNoticesTexts(DEFAULT_LANGUAGE);
const NOT_FOUND = answersTexts(DEFAULT_LANGUAGE).notFound;
const ALL_REQUESTS = workTexts(DEFAULT_LANGUAGE).allRequests;

/** Reading only: the case reads, not the writes. */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, cases: caseReader(runtime.table) };
});

export const handler = portalHandler(async (event, user, csrf) => {
  const runtime = await refreshConfiguration(deps());
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  const actor = actorOf(user);
  const today = amsterdamDate(runtime.clock.now());
  const key = event.queryStringParameters?.gelukt ?? '';
  // Only the notices above: `__proto__` or `constructor` must not find something on the prototype.
  const notice = Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;

  switch (routeIdOf(event.routeKey)) {
    case 'myTasks': {
      const work = await loadMyWork(runtime, actor, today);
      return htmlResponse(200, renderTasksPage({ chrome, work, today, notice }));
    }
    case 'allRequests': {
      const params = event.queryStringParameters ?? {};
      const query = readPartyRequestQuery(params);
      const typed = params.kenmerk;
      let search: { value: string; error?: string } | undefined;
      if (typed !== undefined) {
        const found = readReferenceSearch(typed, { missing: ALL_REQUESTS.searchMissing, invalid: ALL_REQUESTS.searchInvalid });
        if (found.ok && (await runtime.cases.hasPart(user.partyId, found.reference)))
          return redirectResponse(pathTo('casePage', { reference: found.reference }));
        search = { value: typed.slice(0, 40), error: found.ok ? ALL_REQUESTS.searchNotFound : found.error.message };
      }
      const page = await runtime.cases.partyRequests(user.partyId, query);
      return htmlResponse(search?.error ? 400 : 200, renderPartyRequestsPage({ chrome, page, query, today, search }));
    }
    case 'casePage': {
      const view = await loadCaseView(runtime, actor, event.pathParameters?.reference ?? '');
      if (!view) return forbidden();
      return htmlResponse(200, renderCasePage({ view, chrome, directory: runtime.config.directory, today, notice }));
    }
    default:
      return htmlResponse(404, renderMessagePage({ kind: 'portal', title: NOT_FOUND.title, paragraphs: [NOT_FOUND.text] }));
  }
});
