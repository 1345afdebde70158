import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Headers on every page: no inline script or style anywhere, so the CSP can
 * forbid them; pages may hold personal data and URLs hold tokens, so nothing is
 * cached and no referrer is sent, not even to ourselves. (Browsers then send
 * `Origin: null` with form posts; http/session.ts accepts that, because the
 * CSRF token, not the Origin header, is what protects a post.)
 */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Two years, subdomains included, preload-ready (hstspreload.org asks at least one year, includeSubDomains and preload). */
export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 3600;
export const HSTS = `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains; preload`;

/** HSTS only where the site is served over HTTPS (in AWS); on http://localhost it would mean nothing. */
function transportHeaders(): Record<string, string> {
  return (process.env.PUBLIC_BASE_URL ?? '').startsWith('https://') ? { 'strict-transport-security': HSTS } : {};
}

export function htmlResponse(statusCode: number, body: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { ...PAGE_HEADERS, ...transportHeaders() }, body };
}

/** A page whose form posts straight to the document bucket: `form-action` names that one origin too, and nothing else changes. */
export function uploadPageResponse(body: string, bucketOrigin: string): APIGatewayProxyStructuredResultV2 {
  const csp = PAGE_HEADERS['content-security-policy']!.replace("form-action 'self'", `form-action 'self' ${bucketOrigin}`);
  return { statusCode: 200, headers: { ...PAGE_HEADERS, 'content-security-policy': csp, ...transportHeaders() }, body };
}

/** To a signed download link: the browser saves the file from the bucket, the bytes never pass a function. */
export function downloadRedirect(location: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }, body: '' };
}

export function jsonResponse(statusCode: number, payload: unknown, extraHeaders: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...transportHeaders(),
      ...extraHeaders,
    },
    body: JSON.stringify(payload),
  };
}

export function redirectResponse(location: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}
