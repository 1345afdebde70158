import { pathTo, routeIdOf } from '#routes';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { intakeStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { secrets } from '#adapters/tokens';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { submitRequest, type SubmitAnswer } from '#application/submit-request';
import { logger } from '#logger';
import { answersTexts, formTexts } from '#texts/catalogue';
import { renderMessagePage } from '#views/error-page';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { emptyForm, formToRequestInput, HONEYPOT_FIELD, readRequestForm, regionOfChoice } from '#views/request-form-fields';
import { forOwner } from '#views/render';
import { siteOwnerOf } from '#views/site-owner';
import { renderRequestForm } from '#views/request-form-page';
import { renderSubmittedPage } from '#views/submitted-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler, retryablePostPage } from './http/middleware';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';

/** GET shows the public form; POST validates and stores it, or shows it again with the errors. */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, intake: intakeStore(runtime.table), secrets };
});

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = await refreshConfiguration(deps());
  if (event.requestContext.http.method === 'GET') {
    const route = routeIdOf(event.routeKey);
    if (route === 'home') return redirectResponse(pathTo('form'));
    if (route === 'notFound') {
      const t = answersTexts(DEFAULT_LANGUAGE);
      return htmlResponse(404, renderMessagePage({ title: t.notFound.title, paragraphs: [t.notFound.text], link: { href: pathTo('form'), text: t.toForm } }));
    }
    // A region links its parents to its own form (?regio=<id>); an installation of one region always shows that one.
    const regions = runtime.config.directory.config.regions;
    const regionId = event.queryStringParameters?.regio ?? (regions.length === 1 ? regions[0]!.id : undefined);
    return htmlResponse(200, renderRequestForm({ directory: runtime.config.directory, values: emptyForm(randomUUID()), errors: [], regionId }));
  }
  const params = new URLSearchParams(readBody(event));
  const values = readRequestForm(params);
  if (!values.submissionId) values.submissionId = randomUUID();
  if (params.get(HONEYPOT_FIELD)) {
    logger.info('honeypot filled: form refused', { route: event.routeKey });
    return htmlResponse(
      400,
      renderRequestForm({
        directory: runtime.config.directory,
        values,
        errors: [{ path: HONEYPOT_FIELD, message: formTexts(DEFAULT_LANGUAGE).honeypotError }],
      }),
    );
  }
  let outcome: Awaited<ReturnType<typeof submitRequest>>;
  try {
    outcome = await submitRequest(runtime, formToRequestInput(values), { channel: 'formulier', idempotencyKey: values.submissionId });
  } catch (error) {
    const retry = retryablePostPage(event, error, (problem) => renderRequestForm({ directory: runtime.config.directory, values, errors: [], problem }));
    if (retry) return retry;
    throw error;
  }
  if (outcome.kind === 'invalid') {
    return htmlResponse(400, renderRequestForm({ directory: runtime.config.directory, values, errors: outcome.errors }));
  }
  const answer: SubmitAnswer = outcome.kind === 'created' ? outcome.answer : (JSON.parse(outcome.answer.body) as SubmitAnswer);
  return htmlResponse(
    200,
    forOwner(siteOwnerOf(runtime.config.directory, regionOfChoice(values.overleg)), () => renderSubmittedPage(answer)),
  );
}, htmlErrors);
