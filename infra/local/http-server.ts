import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { rateLimitedResponse } from '#handlers/http/rate-limit';
import { handlers, type HandlerName, languageOfPath, type Route, routes } from '#routes';
import type { ClientRateLimit } from './client-rate-limit';

/**
 * The local stand-in for the edge (the WAF rate rule) and API Gateway's HTTP
 * API: it limits the limited routes per client, matches the same route table,
 * builds the same payload-2.0 event and calls the same handler.
 */

/** API Gateway refuses payloads above 10 MB; the handlers enforce their own, smaller limit. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)(\\\+)?\}/g, (_, name: string, greedy?: string) => {
    names.push(name);
    // `{name+}` is API Gateway's greedy parameter: the rest of the path, slashes included.
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const compiledRoutes = routes.map(compile);

export function matchRoute(method: string, path: string, table: readonly Route[] = routes) {
  for (const compiled of table === routes ? compiledRoutes : table.map(compile)) {
    if (compiled.route.method !== method) continue;
    const match = compiled.pattern.exec(path);
    if (!match) continue;
    const pathParameters = Object.fromEntries(compiled.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
    return { route: compiled.route, pathParameters };
  }
  return null;
}

const loaded = new Map<HandlerName, Promise<LambdaHandler>>();
/**
 * Imports every handler, one after the other, before the server takes
 * requests: the first page then does not wait for a handler's import, and
 * no two handlers are imported at the same moment (under vitest's module
 * runner, concurrent first imports of modules they share could stall a
 * request for the length of a navigation timeout).
 */
export async function preloadHandlers(root: string): Promise<void> {
  for (const name of Object.keys(handlers) as HandlerName[]) await loadHandler(name, root);
}

function loadHandler(name: HandlerName, root: string): Promise<LambdaHandler> {
  let handler = loaded.get(name);
  if (!handler) {
    handler = import(resolve(root, handlers[name].entry)).then((module: { handler: LambdaHandler }) => module.handler);
    loaded.set(name, handler);
  }
  return handler;
}

export function toEvent(req: IncomingMessage, body: Buffer, route: Route, pathParameters: Record<string, string>): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined && key !== 'cookie') headers[key] = Array.isArray(value) ? value.join(',') : value;
  const cookies = req.headers.cookie
    ?.split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  const now = new Date();
  const textual = /^(text\/|application\/(json|x-www-form-urlencoded))/.test(req.headers['content-type'] ?? 'text/');
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    cookies,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : undefined,
    body: body.length > 0 ? (textual ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !textual,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: req.headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${route.method} ${route.path}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
  };
}

function localContext(name: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function readRequestBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > GATEWAY_MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function write(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  res.statusCode = result.statusCode ?? 200;
  for (const [key, value] of Object.entries(result.headers ?? {})) res.setHeader(key, String(value));
  if (result.cookies?.length) res.setHeader('set-cookie', result.cookies);
  res.end(result.body ? (result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body) : undefined);
}

export function createLocalServer(options: { root: string; rateLimit: ClientRateLimit }): Server {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const matched = matchRoute(req.method ?? 'GET', url.pathname);
    if (!matched) {
      write(res, { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Niet gevonden' });
      return;
    }
    if (matched.route.limited) {
      const verdict = options.rateLimit.hit(req.socket.remoteAddress ?? '');
      if (!verdict.allowed) {
        req.resume();
        write(res, rateLimitedResponse(matched.route.limited, verdict.retryAfterSeconds, languageOfPath(url.pathname)));
        return;
      }
    }
    const body = await readRequestBody(req);
    if (body === null) {
      write(res, { statusCode: 413, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Te groot' });
      return;
    }
    try {
      const handler = await loadHandler(matched.route.handler, options.root);
      const result = await handler(toEvent(req, body, matched.route, matched.pathParameters), localContext(matched.route.handler));
      write(res, result);
    } catch (error) {
      // Lambda would answer 500 for an unhandled error; the handlers' own middleware normally catches first.
      console.error(`[local] ${matched.route.handler} failed:`, (error as Error).name);
      write(res, { statusCode: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Interne fout' });
    }
  });
}
