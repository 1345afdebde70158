import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { STYLESHEET } from '#views/stylesheet';

/**
 * The one stylesheet, served from our own origin so the CSP needs no
 * 'unsafe-inline'. Deliberately without the middy chain: it touches no data,
 * so it carries no SDK and starts in a few milliseconds.
 */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  if (event.pathParameters?.file !== 'app.css') {
    return { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: 'Niet gevonden' };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
    body: STYLESHEET,
  };
};
