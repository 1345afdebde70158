import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { languageOfPath } from '#routes';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '#texts/language';

/** The language of the page asked for: its path's prefix (`/en/...`), Dutch without one; the catch-all's too, so a mistyped English link answers in English. */
export const pageLanguage = (event: Pick<APIGatewayProxyEventV2, 'rawPath'>): Language => languageOfPath(event.rawPath ?? '/');

/**
 * The JSON API's language: the first of `Accept-Language` we have ("en-GB,en;q=0.8" is English), by
 * its order and weights; Dutch without one. It sets the field errors and the request's language.
 */
export function acceptedLanguage(event: APIGatewayProxyEventV2): Language {
  const ranges = (header(event, 'accept-language') ?? '').split(',').map((part, order) => {
    const [tag = '', weight] = part.split(/;\s*q=/);
    // A weight that is no number counts as 0, so it never picks a language.
    return { base: tag.trim().toLowerCase().split('-')[0], q: weight === undefined ? 1 : Number(weight) || 0, order };
  });
  const wanted = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  return wanted.map((range) => LANGUAGES.find((language) => language === range.base)).find((found) => found !== undefined) ?? DEFAULT_LANGUAGE;
}

/** The largest body the public form and API accept; a request is a few kilobytes. */
export const MAX_BODY_BYTES = 32 * 1024;

export class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

/** The body as text, refusing anything above MAX_BODY_BYTES before it is parsed. */
export function readBody(event: APIGatewayProxyEventV2): string {
  if (!event.body) return '';
  const bytes = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  return bytes.toString('utf8');
}

/** What a body may be, per kind of function: the API reads JSON only; pages read what an HTML form sends. */
export const ACCEPTED_MEDIA_TYPES = {
  json: ['application/json'],
  form: ['application/x-www-form-urlencoded', 'multipart/form-data'],
} as const;

/** The media type of the body, without parameters ("application/json; charset=utf-8" is "application/json"). */
export function mediaType(event: APIGatewayProxyEventV2): string | undefined {
  return header(event, 'content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * Whether a POST's body is of a kind this function reads. A JSON API that
 * took text/plain could be called by any web page through a visitor's
 * browser (a "simple" cross-site request needs no permission); a page takes
 * form encodings, and an empty body (a bare button) is always fine.
 */
export function acceptsBody(event: APIGatewayProxyEventV2, kind: keyof typeof ACCEPTED_MEDIA_TYPES): boolean {
  if (event.requestContext.http.method !== 'POST') return true;
  const type = mediaType(event);
  if (kind === 'form' && !event.body) return true;
  return type !== undefined && (ACCEPTED_MEDIA_TYPES[kind] as readonly string[]).includes(type);
}

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
