/**
 * The one route table. The CDK stack creates an API route and a Lambda
 * function per handler from it; the local server dispatches with it. A route
 * therefore exists in both or in neither.
 */
export type HttpMethod = 'GET' | 'POST';

/**
 * public: anyone. portal: a verified session (ID token from the identity
 * provider, checked on every request); without one, pages redirect to sign-in.
 */
export type RouteAuth = 'public' | 'portal';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: {name} is one path segment. */
  path: string;
  handler: HandlerName;
  auth: RouteAuth;
  /**
   * Counted against the per-client limit at the edge (a WAF rate rule in AWS,
   * the local server locally); over it, the client gets a Dutch page or JSON
   * 429 and the function never runs.
   */
  limited?: 'page' | 'json';
}

/**
 * The per-client limit on the limited routes: posts per client address per
 * minute, counted together over all of them. 10 is also the lowest limit a
 * WAF rate rule accepts. Override with `-c rateLimitPerMinute=` (CDK) or
 * RATE_LIMIT_PER_MINUTE (local).
 */
export const PER_CLIENT_LIMIT = { perMinute: 10, windowSeconds: 60 } as const;

/** Each handler is one Lambda function; its entry exports `handler`. */
export const handlers = {
  'request-form': { entry: 'functions/handlers/request-form.ts', description: 'Public Dutch form: show, validate, store' },
  'request-api': { entry: 'functions/handlers/request-api.ts', description: 'JSON API for new requests' },
  'confirm-request': { entry: 'functions/handlers/confirm-request.ts', description: 'E-mail confirmation and routing to the parties' },
  'portal-sign-in': { entry: 'functions/handlers/portal-sign-in.ts', description: 'Portal sign-in with password and TOTP (MFA), sign-out' },
  'portal-pages': {
    entry: 'functions/handlers/portal-pages.ts',
    description: 'Portal pages: my tasks and a request, for contact persons, coordinators and FGs',
  },
  'portal-actions': { entry: 'functions/handlers/portal-actions.ts', description: 'Portal actions on a request: answers, art. 19, extend, ask, decide, close' },
  'portal-register': { entry: 'functions/handlers/portal-register.ts', description: 'Registering a request received by letter, e-mail or phone' },
  'fg-oversight': { entry: 'functions/handlers/fg-oversight.ts', description: "The FG's dashboard, figures and export for their own party" },
  'request-status': { entry: 'functions/handlers/request-status.ts', description: 'Status page for the requester, reached with the status token' },
  'static-assets': { entry: 'functions/handlers/static-assets.ts', description: 'Stylesheet for the server-rendered pages' },
} as const;
export type HandlerName = keyof typeof handlers;

/**
 * Every route under a stable id. Links, redirects and handler dispatch use
 * the id (through `paths` and `routeIdOf`), never a copied URL.
 */
export const routeTable = {
  home: { method: 'GET', path: '/', handler: 'request-form', auth: 'public' },
  form: { method: 'GET', path: '/verzoek', handler: 'request-form', auth: 'public' },
  submitForm: { method: 'POST', path: '/verzoek', handler: 'request-form', auth: 'public', limited: 'page' },
  confirmPage: { method: 'GET', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public' },
  confirm: { method: 'POST', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public', limited: 'page' },
  api: { method: 'POST', path: '/api/verzoeken', handler: 'request-api', auth: 'public', limited: 'json' },
  asset: { method: 'GET', path: '/static/{file}', handler: 'static-assets', auth: 'public' },
  statusPage: { method: 'GET', path: '/verzoek/status/{token}', handler: 'request-status', auth: 'public' },
  statusAnswer: { method: 'POST', path: '/verzoek/status/{token}', handler: 'request-status', auth: 'public', limited: 'page' },
  // Sign-in is public: it is how a session starts.
  signInPage: { method: 'GET', path: '/portaal/inloggen', handler: 'portal-sign-in', auth: 'public' },
  signInStep: { method: 'POST', path: '/portaal/inloggen', handler: 'portal-sign-in', auth: 'public' },
  signOut: { method: 'POST', path: '/portaal/uitloggen', handler: 'portal-sign-in', auth: 'public' },
  myTasks: { method: 'GET', path: '/portaal', handler: 'portal-pages', auth: 'portal' },
  registerPage: { method: 'GET', path: '/portaal/registreren', handler: 'portal-register', auth: 'portal' },
  register: { method: 'POST', path: '/portaal/registreren', handler: 'portal-register', auth: 'portal' },
  casePage: { method: 'GET', path: '/portaal/verzoeken/{reference}', handler: 'portal-pages', auth: 'portal' },
  caseAction: { method: 'POST', path: '/portaal/verzoeken/{reference}/{action}', handler: 'portal-actions', auth: 'portal' },
  fgDashboard: { method: 'GET', path: '/portaal/fg', handler: 'fg-oversight', auth: 'portal' },
  fgFigures: { method: 'GET', path: '/portaal/fg/cijfers', handler: 'fg-oversight', auth: 'portal' },
  fgExport: { method: 'GET', path: '/portaal/fg/export', handler: 'fg-oversight', auth: 'portal' },
} as const satisfies Record<string, Route>;
export type RouteId = keyof typeof routeTable;

export const routes: ReadonlyArray<Route & { id: RouteId }> = (Object.entries(routeTable) as Array<[RouteId, Route]>).map(([id, route]) => ({ id, ...route }));

/** The `{name}` segments of a path template, as an object type: '/a/{x}/{y}' gives { x: string; y: string }. */
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? { [K in Name | keyof PathParams<Rest>]: string } : Record<never, never>;
type ParamsOf<Id extends RouteId> = PathParams<(typeof routeTable)[Id]['path']>;

/** The path of a route with its parameters filled in (each encoded as one segment), plus an optional query. */
export function pathTo<Id extends RouteId>(
  id: Id,
  ...args: keyof ParamsOf<Id> extends never ? [params?: Record<never, never>, query?: Query] : [params: ParamsOf<Id>, query?: Query]
): string {
  const [params, query] = args as [Record<string, string> | undefined, Query | undefined];
  const path = routeTable[id].path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
  const search = query
    ? new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')).toString()
    : '';
  return search ? `${path}?${search}` : path;
}
type Query = Record<string, string | undefined>;

/** The action words of `caseAction` (Dutch, they appear in the URL). */
export type CaseActionWord = 'antwoord' | 'art19' | 'verlengen' | 'vraag' | 'besluit' | 'sluiten';

/** Named builders for the paths the pages and mails link to. */
export const paths = {
  form: () => pathTo('form'),
  confirm: (token: string) => pathTo('confirm', { token }),
  status: (token: string, query?: Query) => pathTo('statusPage', { token }, query),
  asset: (file: string) => pathTo('asset', { file }),
  signIn: (query?: Query) => pathTo('signInPage', {}, query),
  signOut: () => pathTo('signOut'),
  myTasks: () => pathTo('myTasks'),
  register: () => pathTo('register'),
  request: (reference: string, query?: Query) => pathTo('casePage', { reference }, query),
  requestAction: (reference: string, action: CaseActionWord) => pathTo('caseAction', { reference, action }),
  fgDashboard: (query?: Query) => pathTo('fgDashboard', {}, query),
  fgFigures: (query?: Query) => pathTo('fgFigures', {}, query),
  fgExport: (query?: Query) => pathTo('fgExport', {}, query),
} as const;

/** The route an API Gateway (or local) event was matched to, from its route key ("GET /portaal"). */
export function routeIdOf(routeKey: string): RouteId | undefined {
  return routes.find((route) => `${route.method} ${route.path}` === routeKey)?.id;
}

/** Functions started by a schedule rather than a route. */
export const scheduledJobs = {
  'daily-sweep': {
    entry: 'functions/handlers/daily-sweep.ts',
    description: 'Reminder ladder and escalations for open requests, then the outbox',
    /** Every day at 07:00 in Amsterdam (the schedule carries the time zone, so DST needs nothing). */
    schedule: 'cron(0 7 * * ? *)',
  },
  'deliver-outbox': {
    entry: 'functions/handlers/deliver-outbox.ts',
    description: 'Retries mails whose first delivery failed',
    /** EventBridge Scheduler expression; locally a timer with the same intent. */
    schedule: 'rate(5 minutes)',
  },
} as const;

/**
 * Functions started by the table's stream in AWS. Locally the outbox poller
 * (a timer over the same delivery code) stands in for the stream.
 */
export const streamConsumers = {
  'outbox-stream': {
    entry: 'functions/handlers/outbox-stream.ts',
    description: 'Delivers each new outbox mail from the table stream (retries, dead-letter queue)',
  },
} as const;
