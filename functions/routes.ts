/**
 * The one route table. The CDK stack creates an API route and a Lambda
 * function per handler from it; the local server dispatches with it. A route
 * therefore exists in both or in neither.
 */
export type HttpMethod = 'GET' | 'POST';

/** public: anyone; portal routes (next issues) will require a verified session. */
export type RouteAuth = 'public';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: {name} is one path segment. */
  path: string;
  handler: HandlerName;
  auth: RouteAuth;
}

/** Each handler is one Lambda function; its entry exports `handler`. */
export const handlers = {
  'request-form': { entry: 'functions/handlers/request-form.ts', description: 'Public Dutch form: show, validate, store' },
  'request-api': { entry: 'functions/handlers/request-api.ts', description: 'JSON API for new requests' },
  'confirm-request': { entry: 'functions/handlers/confirm-request.ts', description: 'E-mail confirmation and routing to the parties' },
  'static-assets': { entry: 'functions/handlers/static-assets.ts', description: 'Stylesheet for the server-rendered pages' },
} as const;
export type HandlerName = keyof typeof handlers;

export const routes: readonly Route[] = [
  { method: 'GET', path: '/', handler: 'request-form', auth: 'public' },
  { method: 'GET', path: '/verzoek', handler: 'request-form', auth: 'public' },
  { method: 'POST', path: '/verzoek', handler: 'request-form', auth: 'public' },
  { method: 'GET', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public' },
  { method: 'POST', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public' },
  { method: 'POST', path: '/api/verzoeken', handler: 'request-api', auth: 'public' },
  { method: 'GET', path: '/static/{file}', handler: 'static-assets', auth: 'public' },
];

/** Functions started by a schedule rather than a route. */
export const scheduledJobs = {
  'deliver-outbox': {
    entry: 'functions/handlers/deliver-outbox.ts',
    description: 'Retries mails whose first delivery failed',
    /** EventBridge Scheduler expression; locally a timer with the same intent. */
    schedule: 'rate(5 minutes)',
  },
} as const;
