import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Route } from '#routes';
import { htmlErrors } from './html-errors';
import { jsonErrors, messagesIn } from './errors';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';

/**
 * What a client over the per-client limit gets. The limit is enforced at the
 * edge (the WAF rule in AWS, whose custom responses the stack builds from
 * this at synth; the local server locally), so no function runs and nothing
 * is counted in the table; the answer is the same page (in the path's
 * language) or JSON error the functions give for their own errors.
 */
export function rateLimitedResponse(
  kind: NonNullable<Route['limited']>,
  retryAfterSeconds: number,
  language: Language = DEFAULT_LANGUAGE,
): APIGatewayProxyStructuredResultV2 {
  return responderFor(kind)(429, messagesIn(language)[429], { 'retry-after': String(retryAfterSeconds) }, language);
}

/** What a post the edge's common rule set refuses gets (the WAF rule's answer, built at synth): a page or JSON, as for the limit. */
export function refusedAtEdgeResponse(kind: NonNullable<Route['limited']>, language: Language = DEFAULT_LANGUAGE): APIGatewayProxyStructuredResultV2 {
  return responderFor(kind)(403, messagesIn(language)[403], {}, language);
}

const responderFor = (kind: NonNullable<Route['limited']>) => (kind === 'json' ? jsonErrors : htmlErrors);
