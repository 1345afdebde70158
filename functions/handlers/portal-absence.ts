import { once } from '#adapters/once';
import { regionStore } from '#adapters/region-store';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { absencePage, setAbsence } from '#application/absence';
import { pathTo, routeIdOf } from '#routes';
import { absenceTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { renderAbsencePage, type AbsenceValues } from '#views/absence-page';
import { chromeFor } from './http/portal-chrome';
import { forbidden } from './http/portal-responses';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { portalHandler } from './http/session';

/** GET/POST /portaal/afwezigheid: a contact person names who stands in for them, and when. */
const T = absenceTexts(DEFAULT_LANGUAGE);
const NOTICES: Record<string, string> = { opgeslagen: T.saved, terug: T.cleared };

const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, regions: regionStore(runtime.table) };
});

const empty = { day: '', month: '', year: '' };
const datePart = (form: URLSearchParams, prefix: string) => ({
  day: form.get(`${prefix}Day`) ?? '',
  month: form.get(`${prefix}Month`) ?? '',
  year: form.get(`${prefix}Year`) ?? '',
});

export const handler = portalHandler(async (event, user, csrf) => {
  const runtime = await refreshConfiguration(deps());
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  if (routeIdOf(event.routeKey) === 'setAbsence') {
    const form = new URLSearchParams(readBody(event));
    const outcome = await setAbsence(runtime, user.userId, form);
    if (outcome.outcome === 'not-found') return forbidden();
    if (outcome.outcome !== 'invalid') return redirectResponse(pathTo('absencePage', {}, { gelukt: outcome.outcome === 'saved' ? 'opgeslagen' : 'terug' }));
    const page = await absencePage(runtime, user.userId);
    if (!page) return forbidden();
    const values: AbsenceValues = { deputy: form.get('deputy') ?? '', from: datePart(form, 'from'), until: datePart(form, 'until') };
    return htmlResponse(400, renderAbsencePage({ chrome, page, values, errors: outcome.errors }));
  }
  const page = await absencePage(runtime, user.userId);
  if (!page) return forbidden();
  const key = event.queryStringParameters?.gelukt ?? '';
  const values: AbsenceValues = { deputy: page.me.deputy?.personId ?? '', from: empty, until: empty };
  return htmlResponse(200, renderAbsencePage({ chrome, page, values, errors: [], notice: Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined }));
});
