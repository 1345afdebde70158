import { pathIn, routeIdOf } from '#routes';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { submissionStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { secrets } from '#adapters/tokens';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { checkRequest, submitRequest, type SubmitAnswer } from '#application/submit-request';
import type { Directory } from '#core/directory';
import { municipalities, regionOfMunicipality } from '#core/overleg-finder';
import type { Region } from '#core/region-config';
import { logger } from '#logger';
import { answersTexts, formTexts } from '#texts/catalogue';
import { renderAccessibilityStatement, renderContactPage, renderPrivacyStatement } from '#views/about-pages';
import { renderCheckRequestPage } from '#views/check-request-page';
import { renderFindOverlegPage } from '#views/find-overleg-page';
import { emptyForm, formToRequestInput, HONEYPOT_FIELD, readRequestForm, regionOfChoice } from '#views/request-form-fields';
import { forOwner } from '#views/render';
import { siteOwnerOf } from '#views/site-owner';
import { renderRequestForm } from '#views/request-form-page';
import { renderMessagePage } from '#views/error-page';
import { renderSubmittedPage } from '#views/submitted-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler, retryablePostPage } from './http/middleware';
import { pageLanguage, readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';

/**
 * GET shows the form's first step (the municipality) or, once the region is
 * known, the form; POST checks it and shows "Controleer uw verzoek", and only
 * the check page's button stores it. Errors bring the form back with
 * everything typed.
 */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, intake: submissionStore(runtime.table), secrets };
});

/** The region of the form: a region's own link (?regio=), the municipality chosen, or the one region of an installation of one. */
function regionOf(directory: Directory, query: { regio?: string | null; gemeente?: string | null }): Region | undefined {
  const regions = directory.config.regions;
  if (query.regio) return directory.region(query.regio);
  if (query.gemeente) return regionOfMunicipality(directory.config, query.gemeente);
  return regions.length === 1 ? regions[0] : undefined;
}

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = await refreshConfiguration(deps());
  const directory = runtime.config.directory;
  const language = pageLanguage(event);
  const t = formTexts(language);
  if (event.requestContext.http.method === 'GET') {
    const route = routeIdOf(event.routeKey);
    if (route === 'home') return redirectResponse(pathIn(language, 'form'));
    if (route === 'accessibilityStatement') return htmlResponse(200, renderAccessibilityStatement(language));
    if (route === 'privacyStatement') return htmlResponse(200, renderPrivacyStatement({ directory, retentionDays: runtime.config.retentionDays }, language));
    if (route === 'contactPage') return htmlResponse(200, renderContactPage({ directory }, language));
    if (route === 'notFound') {
      const notFound = answersTexts(language);
      return htmlResponse(
        404,
        renderMessagePage(
          { title: notFound.notFound.title, paragraphs: [notFound.notFound.text], link: { href: pathIn(language, 'form'), text: notFound.toForm } },
          language,
        ),
      );
    }
    const query = event.queryStringParameters ?? {};
    const region = regionOf(directory, query);
    if (!region) {
      // A municipality asked for but not served (or none chosen) keeps the parent at the first step, with the message.
      const asked = query.gemeente !== undefined || query.regio !== undefined;
      return htmlResponse(
        asked ? 400 : 200,
        renderFindOverlegPage({ municipalities: municipalities(directory.config), ...(asked ? { error: t.find.missing } : {}) }, language),
      );
    }
    const values = { ...emptyForm(randomUUID()), gemeente: query.gemeente && query.regio === undefined ? query.gemeente : '' };
    return htmlResponse(200, renderRequestForm({ directory, region, values, errors: [] }, language));
  }
  const params = new URLSearchParams(readBody(event));
  const values = readRequestForm(params);
  if (!values.submissionId) values.submissionId = randomUUID();
  const region = regionOf(directory, { regio: params.get('regio') ?? regionOfChoice(values.overleg) });
  if (!region) return htmlResponse(400, renderFindOverlegPage({ municipalities: municipalities(directory.config), error: t.find.missing }, language));
  const form = (status: number, errors: Parameters<typeof renderRequestForm>[0]['errors'], problem?: { title: string; text: string }) =>
    htmlResponse(status, renderRequestForm({ directory, region, values, errors, ...(problem ? { problem } : {}) }, language));
  if (params.get(HONEYPOT_FIELD)) {
    logger.info('honeypot filled: form refused', { route: event.routeKey });
    return form(400, [{ path: HONEYPOT_FIELD, message: t.honeypotError }]);
  }
  const step = params.get('stap');
  if (step === 'wijzigen') return form(200, []);
  const input = formToRequestInput(values, directory);
  if (step !== 'versturen') {
    const checked = checkRequest(runtime, input, language);
    return checked.ok ? htmlResponse(200, renderCheckRequestPage({ directory, region, values }, language)) : form(400, checked.errors);
  }
  let outcome: Awaited<ReturnType<typeof submitRequest>>;
  try {
    outcome = await submitRequest(runtime, input, { channel: 'formulier', idempotencyKey: values.submissionId, language });
  } catch (error) {
    const retry = retryablePostPage(event, error, (problem) => renderRequestForm({ directory, region, values, errors: [], problem }, language));
    if (retry) return retry;
    throw error;
  }
  // Still possible after the check: the configuration changed, or the day turned over a birthday.
  if (outcome.kind === 'invalid') return form(400, outcome.errors);
  const answer: SubmitAnswer = outcome.kind === 'created' ? outcome.answer : (JSON.parse(outcome.answer.body) as SubmitAnswer);
  return htmlResponse(
    200,
    forOwner(siteOwnerOf(directory, region.id), () => renderSubmittedPage(answer, language)),
  );
}, htmlErrors);
