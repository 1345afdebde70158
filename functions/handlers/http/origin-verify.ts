import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The header CloudFront adds to every request it forwards (the stack sets its secret value). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/**
 * In AWS the site is reached through CloudFront, whose WAF holds the
 * per-client limit. A request to the API's own address has not passed it, so
 * every function refuses a request without CloudFront's secret header.
 * ORIGIN_VERIFY is set by the stack only; locally there is no edge to go around.
 */
export function refuseUnlessThroughEdge(event: APIGatewayProxyEventV2, expected = process.env.ORIGIN_VERIFY): APIGatewayProxyStructuredResultV2 | undefined {
  if (!expected) return undefined;
  const given = Buffer.from(event.headers?.[ORIGIN_VERIFY_HEADER] ?? '');
  const wanted = Buffer.from(expected);
  if (given.length === wanted.length && timingSafeEqual(given, wanted)) return undefined;
  return { statusCode: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: 'Verboden' };
}
