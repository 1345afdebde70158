import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logger } from '../../adapters/logger';
import { PayloadTooLargeError } from './request';
import { jsonResponse } from './responses';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  // The identity provider's key set did not answer in time (portal session check).
  'JWKSTimeout',
]);

/** Storage that cannot be reached, as opposed to a bug: the user may simply try again. */
export function isUnavailable(error: unknown): boolean {
  const err = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (!err) return false;
  if (UNAVAILABLE_NAMES.has(err.name ?? '')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(err.code ?? '')) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return err.cause ? isUnavailable(err.cause) : false;
}

export interface ErrorMessage {
  title: string;
  text: string;
}

/** How a function answers errors: a Dutch page or a JSON body. Passed in, so JSON functions carry no page rendering. */
export type ErrorResponder = (status: 413 | 429 | 500 | 503, message: ErrorMessage, headers?: Record<string, string>) => APIGatewayProxyStructuredResultV2;

export const MESSAGES = {
  413: { title: 'Te veel tekst', text: 'Uw verzoek is te groot. Maak de toelichting korter en probeer het opnieuw.' },
  429: { title: 'Even wachten', text: 'U heeft in korte tijd te veel verzoeken verstuurd. Wacht een minuut en probeer het dan opnieuw. Er is niets bewaard.' },
  503: { title: 'Even niet bereikbaar', text: 'Het lukt nu niet om uw verzoek op te slaan. Er is niets bewaard. Probeer het over een paar minuten opnieuw.' },
  500: { title: 'Er ging iets mis', text: 'Er ging bij ons iets mis. Er is niets bewaard. Probeer het later opnieuw.' },
} as const;

export const jsonErrors: ErrorResponder = (status, message, headers = {}) => jsonResponse(status, { errors: [{ path: '', message: message.text }] }, headers);

/**
 * The middy chain every HTTP function uses: structured logs with the Lambda
 * context, and errors turned into a Dutch page or JSON body. Nothing about the
 * request body is logged, only the error's name.
 */
export function httpHandler(handler: HttpHandler, respond: ErrorResponder) {
  return middy(handler).use(injectLambdaContext(logger, { resetKeys: true })).use({
    onError: async (request) => {
      const error = request.error;
      const status = error instanceof PayloadTooLargeError ? 413 : isUnavailable(error) ? 503 : 500;
      if (status === 413) logger.info('body too large', { route: request.event.routeKey });
      else logger.error('request failed', { route: request.event.routeKey, status, error: (error as Error)?.name });
      request.response = respond(status, MESSAGES[status], status === 503 ? { 'retry-after': '60' } : {});
    },
  });
}
