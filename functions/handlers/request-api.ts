import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts } from '#texts/catalogue';
import { submissionStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { secrets } from '#adapters/tokens';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { submitRequest } from '#application/submit-request';
import { jsonErrors } from './http/errors';
import { httpHandler } from './http/middleware';
import { acceptedLanguage, header, readBody } from './http/request';
import { jsonResponse } from './http/responses';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** POST /api/verzoeken: the same rules as the form, answered in JSON. */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, intake: submissionStore(runtime.table), secrets };
});

export const handler = httpHandler(
  async (event: APIGatewayProxyEventV2) => {
    const runtime = await refreshConfiguration(deps());
    const language = acceptedLanguage(event);
    const API = answersTexts(language).api;
    const idempotencyKey = header(event, 'idempotency-key');
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return jsonResponse(400, { errors: [{ path: 'Idempotency-Key', message: API.idempotencyKey }] });
    }
    let body: unknown;
    try {
      body = JSON.parse(readBody(event));
    } catch (error) {
      if ((error as Error).name === 'PayloadTooLargeError') throw error;
      return jsonResponse(400, { errors: [{ path: '', message: API.invalidJson }] });
    }
    const outcome = await submitRequest(runtime, body, { channel: 'api', idempotencyKey, language });
    switch (outcome.kind) {
      case 'invalid':
        return jsonResponse(400, { errors: outcome.errors });
      case 'replayed':
        return jsonResponse(outcome.answer.statusCode, JSON.parse(outcome.answer.body), { 'idempotent-replayed': 'true' });
      case 'created':
        return jsonResponse(201, outcome.answer);
    }
  },
  jsonErrors,
  'json',
);
