import type { APIGatewayProxyEventV2 } from 'aws-lambda';

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

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
