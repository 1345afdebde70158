import middy, { type MiddlewareObj } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { acceptedOriginSecrets } from '#adapters/origin-secret';
import { logger } from '#logger';
import { ACCEPTED_MEDIA_TYPES, acceptsBody, PayloadTooLargeError, pageLanguage } from './request';
import { htmlResponse } from './responses';

type BodyKind = keyof typeof ACCEPTED_MEDIA_TYPES;
import { type ErrorMessage, type ErrorResponder, messagesIn } from './errors';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { refuseUnlessThroughEdge } from './origin-verify';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  // The identity provider's key set could not be fetched (portal session check, adapters/jwt.ts).
  'KeySetUnavailableError',
]);

/**
 * A failure after which a write may have happened after all: the request went
 * out and no answer came back (a timeout, a dropped connection), or the
 * service reported an internal error. A refused connection, throttling or
 * "unavailable" mean the write was not done.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  const err = error as { name?: string; code?: string; cause?: unknown };
  if (!err) return false;
  if (['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'InternalServerError'].includes(err.name ?? '')) return true;
  if (['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED'].includes(err.code ?? '')) return true;
  return err.cause ? isOutcomeUnknown(err.cause) : false;
}

/**
 * What to tell the user after a failed post that may be tried again, with the
 * Retry-After seconds; undefined for a bug. After a write whose outcome is not
 * known, it says so: never "nothing was stored" when that is not certain.
 */
export function postFailure(error: unknown, language: Language = DEFAULT_LANGUAGE): { message: ErrorMessage; retryAfter: string } | undefined {
  if (!isUnavailable(error)) return undefined;
  const messages = messagesIn(language);
  return isOutcomeUnknown(error) ? { message: messages.unknown, retryAfter: '5' } : { message: messages[503], retryAfter: '60' };
}

/**
 * A form post that failed in a way the user may simply try again: the form's
 * own page again, with the problem above it (everything typed and the same
 * submission id, so a resend stores once), as 503 with Retry-After. Undefined
 * for a bug, which the middleware answers as usual.
 */
export function retryablePostPage(
  event: APIGatewayProxyEventV2,
  error: unknown,
  page: (problem: ErrorMessage) => string,
): APIGatewayProxyStructuredResultV2 | undefined {
  const failure = postFailure(error, pageLanguage(event));
  if (!failure) return undefined;
  logger.warn('post not completed', { route: event.routeKey, error: (error as Error).name });
  const response = htmlResponse(503, page(failure.message));
  return { ...response, headers: { ...response.headers, 'retry-after': failure.retryAfter } };
}

/** Storage that cannot be reached, as opposed to a bug: the user may simply try again. */
export function isUnavailable(error: unknown): boolean {
  const err = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (!err) return false;
  if (UNAVAILABLE_NAMES.has(err.name ?? '')) return true;
  // A transaction that still collided with a concurrent one after the retries was cancelled whole: nothing was stored, try again.
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
  if (err.name === 'TransactionCanceledException' && reasons?.some((reason) => reason.Code === 'TransactionConflict')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(err.code ?? '')) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return err.cause ? isUnavailable(err.cause) : false;
}

/** The edge check and the one place where errors become a Dutch answer with the right status. */
function edgeAndErrors(respond: ErrorResponder, body: BodyKind): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    before: async (request) => {
      const refused = refuseUnlessThroughEdge(request.event, await acceptedOriginSecrets());
      if (refused) return refused;
      if (!acceptsBody(request.event, body)) {
        logger.info('body of another media type refused', { route: request.event.routeKey });
        const language = pageLanguage(request.event);
        return respond(415, messagesIn(language)[415], { 'accept-post': ACCEPTED_MEDIA_TYPES[body].join(', ') }, language);
      }
    },
    onError: async (request) => {
      const error = request.error;
      const language = pageLanguage(request.event);
      const messages = messagesIn(language);
      const status = error instanceof PayloadTooLargeError ? 413 : isUnavailable(error) ? 503 : 500;
      if (status === 413) logger.info('body too large', { route: request.event.routeKey });
      else logger.error('request failed', { route: request.event.routeKey, status, error: (error as Error)?.name });
      const failure = status === 503 && request.event.requestContext.http.method === 'POST' ? postFailure(error, language) : undefined;
      request.response =
        status === 503
          ? respond(503, failure?.message ?? messages[503], { 'retry-after': failure?.retryAfter ?? '60' }, language)
          : respond(status, messages[status], {}, language);
    },
  };
}

/**
 * The middy chain every HTTP function uses: structured logs with the Lambda
 * context, requests that went around the edge refused (AWS only), and errors
 * turned into a Dutch page or JSON body. Nothing about the request body is
 * logged, only the error's name.
 */
export function httpHandler(handler: HttpHandler, respond: ErrorResponder, body: BodyKind = 'form') {
  return (
    middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(handler)
      // logEvent pinned off: POWERTOOLS_LOGGER_LOG_EVENT=true would otherwise log whole events, bodies and session cookies included.
      .use(injectLambdaContext(logger, { resetKeys: true, logEvent: false }))
      .use(edgeAndErrors(respond, body))
  );
}
