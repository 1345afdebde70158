import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Headers on every page: no inline script or style anywhere, so the CSP can
 * forbid them; pages may hold personal data, so nothing is cached or sent on
 * as a referrer to another site. `same-origin` rather than `no-referrer`:
 * under no-referrer browsers send `Origin: null` with every form POST, and the
 * portal refuses POSTs whose Origin is not this site (http/session.ts).
 */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function htmlResponse(statusCode: number, body: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { ...PAGE_HEADERS }, body };
}

export function jsonResponse(statusCode: number, payload: unknown, extraHeaders: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extraHeaders,
    },
    body: JSON.stringify(payload),
  };
}

export function redirectResponse(location: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}
