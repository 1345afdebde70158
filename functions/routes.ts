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

export const routes: readonly Route[] = [
  { method: 'GET', path: '/', handler: 'request-form', auth: 'public' },
  { method: 'GET', path: '/verzoek', handler: 'request-form', auth: 'public' },
  { method: 'POST', path: '/verzoek', handler: 'request-form', auth: 'public', limited: 'page' },
  { method: 'GET', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public' },
  { method: 'POST', path: '/verzoek/bevestigen/{token}', handler: 'confirm-request', auth: 'public', limited: 'page' },
  { method: 'POST', path: '/api/verzoeken', handler: 'request-api', auth: 'public', limited: 'json' },
  { method: 'GET', path: '/static/{file}', handler: 'static-assets', auth: 'public' },
  { method: 'GET', path: '/verzoek/status/{token}', handler: 'request-status', auth: 'public' },
  { method: 'POST', path: '/verzoek/status/{token}', handler: 'request-status', auth: 'public', limited: 'page' },
  // Sign-in is public: it is how a session starts.
  { method: 'GET', path: '/portaal/inloggen', handler: 'portal-sign-in', auth: 'public' },
  { method: 'POST', path: '/portaal/inloggen', handler: 'portal-sign-in', auth: 'public' },
  { method: 'POST', path: '/portaal/uitloggen', handler: 'portal-sign-in', auth: 'public' },
  { method: 'GET', path: '/portaal', handler: 'portal-pages', auth: 'portal' },
  { method: 'GET', path: '/portaal/registreren', handler: 'portal-register', auth: 'portal' },
  { method: 'POST', path: '/portaal/registreren', handler: 'portal-register', auth: 'portal' },
  { method: 'GET', path: '/portaal/verzoeken/{reference}', handler: 'portal-pages', auth: 'portal' },
  { method: 'POST', path: '/portaal/verzoeken/{reference}/{action}', handler: 'portal-actions', auth: 'portal' },
  { method: 'GET', path: '/portaal/fg', handler: 'fg-oversight', auth: 'portal' },
  { method: 'GET', path: '/portaal/fg/cijfers', handler: 'fg-oversight', auth: 'portal' },
  { method: 'GET', path: '/portaal/fg/export', handler: 'fg-oversight', auth: 'portal' },
];

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
