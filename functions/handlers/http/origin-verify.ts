import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The header CloudFront adds to every request it forwards (the stack sets its secret value). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/**
 * In AWS the site is reached through CloudFront, whose WAF holds the managed
 * rules and the per-client limit. A request to the API's own address has not
 * passed it, so every route function refuses a request without CloudFront's
 * secret header. `accepted` is the secret's current and, while a rotation
 * settles, previous value; undefined locally, where there is no edge.
 */
export function refuseUnlessThroughEdge(event: APIGatewayProxyEventV2, accepted: readonly string[] | undefined): APIGatewayProxyStructuredResultV2 | undefined {
  if (!accepted) return undefined;
  const given = Buffer.from(event.headers?.[ORIGIN_VERIFY_HEADER] ?? '');
  // Every value is compared, so the time taken does not tell which one nearly matched.
  const matches = accepted.map((value) => {
    const wanted = Buffer.from(value);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  });
  if (matches.includes(true)) return undefined;
  return { statusCode: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: 'Verboden' };
}
