import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../../adapters/logger';
import { getRateLimiter } from '../../adapters/rate-limiter';
import { getRuntime } from '../../adapters/runtime';
import { type ErrorResponder, MESSAGES } from './middleware';

/**
 * The per-client limit on public posts, as a middy step before the handler:
 * over the limit, the handler never runs and the client gets a Dutch 429.
 */
export function rateLimited(respond: ErrorResponder) {
  return {
    before: async (request: { event: APIGatewayProxyEventV2 }) => {
      if (request.event.requestContext.http.method !== 'POST') return undefined;
      const runtime = getRuntime();
      const verdict = await getRateLimiter(runtime).allow(request.event.requestContext.http.sourceIp, runtime.clock.now());
      if (verdict.allowed) return undefined;
      logger.warn('rate limited', { route: request.event.routeKey });
      return respond(429, MESSAGES[429], { 'retry-after': String(verdict.retryAfterSeconds) });
    },
  };
}

