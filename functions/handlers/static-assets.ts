import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answers } from '#texts/nl/answers';
import { STATIC_FILES } from '#views/generated/static-files';

/**
 * The stylesheet and its fonts (built by `npm run build:styles`), served from
 * our own origin so the CSP needs no 'unsafe-inline' and no other host. Each
 * name carries a hash of its content, so a file may be cached for a year: a
 * new build is a new name. Deliberately without the middy chain: it touches no
 * data, so it carries no SDK and starts in a few milliseconds.
 */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const name = event.pathParameters?.file ?? '';
  const file = Object.hasOwn(STATIC_FILES, name) ? STATIC_FILES[name] : undefined;
  if (!file) {
    return { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: answers.notFound.title };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': file.contentType, 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' },
    body: file.body,
    isBase64Encoded: file.base64,
  };
};
