import busboy from 'busboy';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header, mediaType, PayloadTooLargeError, readBody } from './request';

/**
 * A posted form, urlencoded or multipart (a file input, the beheer page's
 * logo). Multipart is parsed by busboy, the parser most Node.js frameworks
 * use, over the body API Gateway already holds; a body over `maxBytes` is
 * refused before it is parsed, as readBody does for the other forms.
 */
export interface PostedForm {
  fields: URLSearchParams;
  files: Map<string, Uint8Array>;
}

export async function readPostedForm(event: APIGatewayProxyEventV2, maxBytes: number): Promise<PostedForm> {
  if (mediaType(event) !== 'multipart/form-data') return { fields: new URLSearchParams(readBody(event)), files: new Map() };
  const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  if (body.byteLength > maxBytes) throw new PayloadTooLargeError();
  const fields = new URLSearchParams();
  const files = new Map<string, Uint8Array>();
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: { 'content-type': header(event, 'content-type') ?? '' }, limits: { fileSize: maxBytes, files: 1, fields: 20 } });
    parser.on('field', (name, value) => fields.append(name, value));
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => files.set(name, new Uint8Array(Buffer.concat(chunks))));
    });
    parser.on('error', reject);
    parser.on('close', () => resolve());
    parser.end(body);
  });
  return { fields, files };
}
