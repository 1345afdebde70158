import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { once } from '#adapters/once';
import { regionStore } from '#adapters/region-store';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { parseRegionFile } from '#core/region-files';
import { themeStylesheet } from '#core/theme';
import { answers } from '#texts/nl/answers';

/**
 * A region's own look: the stylesheet generated from its theme tokens
 * (core/theme.ts) and its uploaded logo, from our own origin so the CSP stays
 * `style-src 'self'; img-src 'self'` without 'unsafe-inline'. The names carry
 * the version or the content hash: cached for a year, and a change is a new name.
 */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, regions: regionStore(runtime.table) };
});

const notFound: APIGatewayProxyStructuredResultV2 = {
  statusCode: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  body: answers.notFound.title,
};
const cached = (contentType: string) => ({
  'content-type': contentType,
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
});

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const wanted = parseRegionFile(event.pathParameters?.file ?? '');
  if (!wanted) return notFound;
  const runtime = await refreshConfiguration(deps());
  const region = runtime.config.directory.region(wanted.regionId);
  if (!region) return notFound;
  if ('stylesheetVersion' in wanted) {
    if (!region.theme) return notFound;
    // A page from a function whose copy of the configuration is older or newer (within the cache's TTL)
    // still gets the region's look, but only the version in use may be cached for a year under its name.
    const current = wanted.stylesheetVersion === runtime.config.directory.regionVersion(region.id);
    const headers = current ? cached('text/css; charset=utf-8') : { ...cached('text/css; charset=utf-8'), 'cache-control': 'no-cache' };
    return { statusCode: 200, headers, body: themeStylesheet(region.theme) };
  }
  if (region.theme?.logo?.file !== wanted.logo) return notFound;
  const logo = await runtime.regions.logo(region.id, wanted.logo);
  if (!logo) return notFound;
  return { statusCode: 200, headers: cached(logo.contentType), body: Buffer.from(logo.bytes).toString('base64'), isBase64Encoded: true };
};
