import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { getRuntime } from '../adapters/runtime';
import { submitRequest, type SubmitAnswer } from '../application/submit-request';
import { emptyForm, formToRequestInput, readRequestForm } from '../views/request-form-fields';
import { renderRequestForm } from '../views/request-form-page';
import { renderSubmittedPage } from '../views/submitted-page';
import { httpHandler } from './http/middleware';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';

/** GET shows the public form; POST validates and stores it, or shows it again with the errors. */
export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = getRuntime();
  if (event.requestContext.http.method === 'GET') {
    if (event.rawPath === '/') return redirectResponse('/verzoek');
    return htmlResponse(200, renderRequestForm({ directory: runtime.directory, values: emptyForm(randomUUID()), errors: [] }));
  }
  const values = readRequestForm(new URLSearchParams(readBody(event)));
  if (!values.submissionId) values.submissionId = randomUUID();
  const outcome = await submitRequest(runtime, formToRequestInput(values), { channel: 'formulier', idempotencyKey: values.submissionId });
  if (outcome.kind === 'invalid') {
    return htmlResponse(400, renderRequestForm({ directory: runtime.directory, values, errors: outcome.errors }));
  }
  const answer: SubmitAnswer = outcome.kind === 'created' ? outcome.answer : JSON.parse(outcome.answer.body);
  return htmlResponse(200, renderSubmittedPage(answer));
}, 'html');
