import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Route } from '#routes';
import { htmlErrors } from './html-errors';
import { jsonErrors, MESSAGES } from './errors';

/**
 * What a client over the per-client limit gets. The limit is enforced at the
 * edge (the WAF rule in AWS, whose custom responses the stack builds from
 * this at synth; the local server locally), so no function runs and nothing
 * is counted in the table; the answer is the same Dutch page or JSON error
 * the functions give for their own errors.
 */
export function rateLimitedResponse(kind: NonNullable<Route['limited']>, retryAfterSeconds: number): APIGatewayProxyStructuredResultV2 {
  return responderFor(kind)(429, MESSAGES[429], { 'retry-after': String(retryAfterSeconds) });
}

/** What a post the edge's common rule set refuses gets (the WAF rule's answer, built at synth): a Dutch page or JSON, as for the limit. */
export function refusedAtEdgeResponse(kind: NonNullable<Route['limited']>): APIGatewayProxyStructuredResultV2 {
  return responderFor(kind)(403, MESSAGES[403]);
}

const responderFor = (kind: NonNullable<Route['limited']>) => (kind === 'json' ? jsonErrors : htmlErrors);
