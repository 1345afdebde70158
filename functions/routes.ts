/**
 * The one route table. The CDK stack creates an API route and a Lambda
 * function per handler from it; the local server dispatches with it. A route
 * therefore exists in both or in neither.
 */
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';

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
  'portal-actions': { entry: 'functions/handlers/portal-actions.ts', description: "A party's answer for its own part, and art. 19 follow-ups" },
  'portal-coordination': {
    entry: 'functions/handlers/portal-coordination.ts',
    description: "The coordinator's steps on a request: extend, ask the requester, decide, close",
  },
  'portal-register': { entry: 'functions/handlers/portal-register.ts', description: 'Registering a request received by letter, e-mail or phone' },
  'fg-oversight': { entry: 'functions/handlers/fg-oversight.ts', description: "The FG's dashboard, figures and export for their own party" },
  'request-status': { entry: 'functions/handlers/request-status.ts', description: 'Status page for the requester, reached with the status token' },
  'static-assets': { entry: 'functions/handlers/static-assets.ts', description: 'Stylesheet for the server-rendered pages' },
  'portal-documents': {
    entry: 'functions/handlers/portal-documents.ts',
    description: "A party's files for its part: describe, the signed upload form, a signed download link",
  },
  'portal-beheer': {
    entry: 'functions/handlers/portal-beheer.ts',
    description: "A region's administration: parties, casusoverleggen, people, its public details and look, versions",
  },
  'portal-absence': { entry: 'functions/handlers/portal-absence.ts', description: "A contact person's absence: the colleague who stands in, and when" },
  'region-style': { entry: 'functions/handlers/region-style.ts', description: "A region's generated stylesheet and its logo" },
  'status-documents': {
    entry: 'functions/handlers/status-documents.ts',
    description: 'The released files on the status page: a code by mail, then signed download links',
  },
} as const;
export type HandlerName = keyof typeof handlers;

/**
 * Every route under a stable id, as its API Gateway route key ("METHOD /path",
 * `{name}` being one path segment). Links, redirects and handler dispatch use
 * the id (through `pathTo` and `routeIdOf`), never a copied URL. Kept apart from
 * `routeBindings` so a function's bundle carries only these keys.
 */
const VERZOEK = '/verzoek';
const PORTAL = '/portaal';
const CASE = `${PORTAL}/verzoeken/{reference}`;
const BEHEER = `${PORTAL}/beheer`;

export const routeKeys = {
  home: 'GET /',
  form: `GET ${VERZOEK}`,
  submitForm: `POST ${VERZOEK}`,
  confirmPage: `GET ${VERZOEK}/bevestigen/{token}`,
  confirm: `POST ${VERZOEK}/bevestigen/{token}`,
  api: 'POST /api/verzoeken',
  asset: 'GET /static/{file}',
  statusLinkPage: `GET ${VERZOEK}/status-opnieuw`,
  statusLinkAgain: `POST ${VERZOEK}/status-opnieuw`,
  statusPage: `GET ${VERZOEK}/status/{token}`,
  statusAnswer: `POST ${VERZOEK}/status/{token}`,
  withdrawPage: `GET ${VERZOEK}/status/{token}/intrekken`,
  withdraw: `POST ${VERZOEK}/status/{token}/intrekken`,
  signInPage: `GET ${PORTAL}/inloggen`,
  signInStep: `POST ${PORTAL}/inloggen`,
  signOut: `POST ${PORTAL}/uitloggen`,
  myTasks: `GET ${PORTAL}`,
  allRequests: `GET ${PORTAL}/verzoeken`,
  registerPage: `GET ${PORTAL}/registreren`,
  register: `POST ${PORTAL}/registreren`,
  casePage: `GET ${CASE}`,
  answer: `POST ${CASE}/antwoord`,
  takeTask: `POST ${CASE}/oppakken`,
  assignOverleg: `POST ${CASE}/overleg`,
  applyArt19: `POST ${CASE}/art19`,
  addNote: `POST ${CASE}/berichten`,
  extend: `POST ${CASE}/verlengen`,
  ask: `POST ${CASE}/vraag`,
  recordAnswer: `POST ${CASE}/vraag/antwoord`,
  decide: `POST ${CASE}/besluit`,
  previewDecision: `POST ${CASE}/besluit/voorbeeld`,
  recordSentByPost: `POST ${CASE}/per-post`,
  close: `POST ${CASE}/sluiten`,
  recordIdentity: `POST ${CASE}/identiteit`,
  addDocument: `POST ${CASE}/documenten`,
  uploadPage: `GET ${CASE}/documenten/{document}/uploaden`,
  openDocument: `GET ${CASE}/documenten/{document}`,
  inspectDocument: `POST ${CASE}/documenten/{document}/inzien`,
  statusFiles: `POST ${VERZOEK}/status/{token}/bestanden`,
  openReleasedDocument: `GET ${VERZOEK}/status/{token}/bestanden/{document}`,
  requesterUploadPage: `GET ${VERZOEK}/status/{token}/bestanden/{document}/uploaden`,
  fileRefused: `GET ${VERZOEK}/bestand-niet-gelukt`,
  absencePage: `GET ${PORTAL}/afwezigheid`,
  setAbsence: `POST ${PORTAL}/afwezigheid`,
  fgDashboard: `GET ${PORTAL}/fg`,
  fgFigures: `GET ${PORTAL}/fg/cijfers`,
  fgExport: `GET ${PORTAL}/fg/export`,
  beheerHome: `GET ${BEHEER}`,
  beheerParty: `GET ${BEHEER}/organisaties/{party}`,
  beheerOverleg: `GET ${BEHEER}/overleggen/{overleg}`,
  beheerRegion: `GET ${BEHEER}/regio`,
  beheerPreview: `POST ${BEHEER}/wijziging`,
  beheerSave: `POST ${BEHEER}/wijziging/opslaan`,
  beheerVersion: `GET ${BEHEER}/versies/{version}`,
  beheerRestore: `POST ${BEHEER}/versies/{version}/terugzetten`,
  beheerPeople: `GET ${BEHEER}/mensen`,
  beheerInvite: `POST ${BEHEER}/mensen`,
  beheerPersonStatus: `POST ${BEHEER}/mensen/{person}/status`,
  beheerLogo: `POST ${BEHEER}/logo`,
  regionStyle: 'GET /huisstijl/{file}',
  accessibilityStatement: 'GET /toegankelijkheidsverklaring',
  privacyStatement: 'GET /privacyverklaring',
  contactPage: 'GET /contact',
  /** Last: API Gateway prefers every more specific route to a greedy one; the local server tries routes in this order. */
  notFound: 'GET /{path+}',
} as const;
export type RouteId = keyof typeof routeKeys;

/** Which function serves each route and who may call it: read by the CDK stack and the local server. */
export const routeBindings: Record<RouteId, Omit<Route, 'method' | 'path'>> = {
  home: { handler: 'request-form', auth: 'public' },
  // The statements every public service has: small pages, served with the form.
  accessibilityStatement: { handler: 'request-form', auth: 'public' },
  privacyStatement: { handler: 'request-form', auth: 'public' },
  contactPage: { handler: 'request-form', auth: 'public' },
  form: { handler: 'request-form', auth: 'public' },
  submitForm: { handler: 'request-form', auth: 'public', limited: 'page' },
  confirmPage: { handler: 'confirm-request', auth: 'public' },
  confirm: { handler: 'confirm-request', auth: 'public', limited: 'page' },
  api: { handler: 'request-api', auth: 'public', limited: 'json' },
  asset: { handler: 'static-assets', auth: 'public' },
  statusLinkPage: { handler: 'request-status', auth: 'public' },
  // Limited: each post may send a mail.
  statusLinkAgain: { handler: 'request-status', auth: 'public', limited: 'page' },
  statusPage: { handler: 'request-status', auth: 'public' },
  statusAnswer: { handler: 'request-status', auth: 'public', limited: 'page' },
  withdrawPage: { handler: 'request-status', auth: 'public' },
  // Limited: a withdrawal mails every party.
  withdraw: { handler: 'request-status', auth: 'public', limited: 'page' },
  // Sign-in is public: it is how a session starts.
  signInPage: { handler: 'portal-sign-in', auth: 'public' },
  // Limited too: each password or code tried is a post.
  signInStep: { handler: 'portal-sign-in', auth: 'public', limited: 'page' },
  signOut: { handler: 'portal-sign-in', auth: 'public' },
  myTasks: { handler: 'portal-pages', auth: 'portal' },
  allRequests: { handler: 'portal-pages', auth: 'portal' },
  registerPage: { handler: 'portal-register', auth: 'portal' },
  register: { handler: 'portal-register', auth: 'portal' },
  casePage: { handler: 'portal-pages', auth: 'portal' },
  answer: { handler: 'portal-actions', auth: 'portal' },
  takeTask: { handler: 'portal-actions', auth: 'portal' },
  assignOverleg: { handler: 'portal-coordination', auth: 'portal' },
  applyArt19: { handler: 'portal-actions', auth: 'portal' },
  addNote: { handler: 'portal-actions', auth: 'portal' },
  extend: { handler: 'portal-coordination', auth: 'portal' },
  ask: { handler: 'portal-coordination', auth: 'portal' },
  recordAnswer: { handler: 'portal-coordination', auth: 'portal' },
  decide: { handler: 'portal-coordination', auth: 'portal' },
  previewDecision: { handler: 'portal-coordination', auth: 'portal' },
  recordSentByPost: { handler: 'portal-coordination', auth: 'portal' },
  close: { handler: 'portal-coordination', auth: 'portal' },
  recordIdentity: { handler: 'portal-coordination', auth: 'portal' },
  addDocument: { handler: 'portal-documents', auth: 'portal' },
  uploadPage: { handler: 'portal-documents', auth: 'portal' },
  openDocument: { handler: 'portal-documents', auth: 'portal' },
  inspectDocument: { handler: 'portal-documents', auth: 'portal' },
  // Limited: each code asked for is a mail, each code tried a guess.
  statusFiles: { handler: 'status-documents', auth: 'public', limited: 'page' },
  openReleasedDocument: { handler: 'status-documents', auth: 'public' },
  requesterUploadPage: { handler: 'status-documents', auth: 'public' },
  // The files distribution shows it in place of S3's own XML refusals (infra/aws/files-edge.ts).
  fileRefused: { handler: 'status-documents', auth: 'public' },
  absencePage: { handler: 'portal-absence', auth: 'portal' },
  setAbsence: { handler: 'portal-absence', auth: 'portal' },
  fgDashboard: { handler: 'fg-oversight', auth: 'portal' },
  fgFigures: { handler: 'fg-oversight', auth: 'portal' },
  fgExport: { handler: 'fg-oversight', auth: 'portal' },
  beheerHome: { handler: 'portal-beheer', auth: 'portal' },
  beheerParty: { handler: 'portal-beheer', auth: 'portal' },
  beheerOverleg: { handler: 'portal-beheer', auth: 'portal' },
  beheerRegion: { handler: 'portal-beheer', auth: 'portal' },
  beheerPreview: { handler: 'portal-beheer', auth: 'portal' },
  beheerSave: { handler: 'portal-beheer', auth: 'portal' },
  beheerVersion: { handler: 'portal-beheer', auth: 'portal' },
  beheerRestore: { handler: 'portal-beheer', auth: 'portal' },
  beheerPeople: { handler: 'portal-beheer', auth: 'portal' },
  beheerInvite: { handler: 'portal-beheer', auth: 'portal' },
  beheerPersonStatus: { handler: 'portal-beheer', auth: 'portal' },
  beheerLogo: { handler: 'portal-beheer', auth: 'portal' },
  regionStyle: { handler: 'region-style', auth: 'public' },
  // Every other GET: a real page with a title, the language and a way back, not the gateway's JSON.
  notFound: { handler: 'request-form', auth: 'public' },
};

const pathOf = (id: RouteId) => routeKeys[id].slice(routeKeys[id].indexOf(' ') + 1);

/**
 * The pages a requester reads, also in English: each has a twin under the
 * language's prefix with the same Dutch path after it (`/en/verzoek`), so a
 * link differs from its Dutch one only by the prefix and the language switch
 * is that prefix added or taken off. The portal has no twins: it stays Dutch.
 */
export const TRANSLATED_ROUTES = [
  'home',
  'form',
  'submitForm',
  'confirmPage',
  'confirm',
  'statusLinkPage',
  'statusLinkAgain',
  'statusPage',
  'statusAnswer',
  'withdrawPage',
  'withdraw',
  'statusFiles',
  'openReleasedDocument',
  'requesterUploadPage',
  'accessibilityStatement',
  'privacyStatement',
  'contactPage',
] as const satisfies readonly RouteId[];

/** The path prefix of each language's twins; Dutch, the default, has none. */
export const LANGUAGE_PREFIX: Record<Language, string> = { nl: '', en: '/en' };

const isTranslated = (id: RouteId) => (TRANSLATED_ROUTES as readonly RouteId[]).includes(id);
/** '/' under a prefix is the prefix itself ('/en'), not '/en/'. */
const prefixed = (language: Language, path: string) =>
  LANGUAGE_PREFIX[language] && path === '/' ? LANGUAGE_PREFIX[language] : `${LANGUAGE_PREFIX[language]}${path}`;

const routeOf = (id: RouteId, language: Language = DEFAULT_LANGUAGE): Route & { id: RouteId } => ({
  id,
  method: routeKeys[id].split(' ')[0] as HttpMethod,
  path: prefixed(language, pathOf(id)),
  ...routeBindings[id],
});

/**
 * The whole table, method, path, function and access together: the Dutch
 * routes, the English twins, and the catch-all last (the local server tries
 * them in this order).
 */
export const routes: ReadonlyArray<Route & { id: RouteId }> = /* @__PURE__ */ (() => {
  const ids = (Object.keys(routeKeys) as RouteId[]).filter((id) => id !== 'notFound');
  const twins = (Object.keys(LANGUAGE_PREFIX) as Language[])
    .filter((language) => LANGUAGE_PREFIX[language])
    .flatMap((language) => TRANSLATED_ROUTES.map((id) => routeOf(id, language)));
  return [...ids.map((id) => routeOf(id)), ...twins, routeOf('notFound')];
})();

/** The `{name}` segments of a path template, as an object type: '/a/{x}/{y}' gives { x: string; y: string }. */
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? { [K in Name | keyof PathParams<Rest>]: string } : Record<never, never>;
type ParamsOf<Id extends RouteId> = PathParams<(typeof routeKeys)[Id]>;
/** What `pathTo` takes after the id: the path's parameters (when it has any) and a query. */
export type PathArgs<Id extends RouteId> = keyof ParamsOf<Id> extends never
  ? [params?: Record<never, never>, query?: Query]
  : [params: ParamsOf<Id>, query?: Query];

/** The path of a route with its parameters filled in (each encoded as one segment), plus an optional query. */
export function pathTo<Id extends RouteId>(id: Id, ...args: PathArgs<Id>): string {
  const [params, query] = args as [Record<string, string> | undefined, Query | undefined];
  const path = pathOf(id).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
  const search = query
    ? new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')).toString()
    : '';
  return search ? `${path}?${search}` : path;
}
type Query = Record<string, string | undefined>;

/** `pathTo` in a language: a translated page's twin under the language's prefix, any other route as it is (the portal, the stylesheet). */
export function pathIn<Id extends RouteId>(language: Language, id: Id, ...args: PathArgs<Id>): string {
  const path = pathTo(id, ...args);
  return isTranslated(id) ? prefixed(language, path) : path;
}

/** The words of the case actions in their URLs (Dutch, as the routes above spell them). */
export type CaseActionWord =
  | 'antwoord'
  | 'toegewezen'
  | 'oppakken'
  | 'art19'
  | 'verlengen'
  | 'vraag'
  | 'vraag-beantwoord'
  | 'besluit'
  | 'per-post'
  | 'sluiten'
  | 'identiteit'
  | 'document'
  | 'bericht';

/** The route an API Gateway (or local) event was matched to, from its route key ("GET /portaal", "GET /en/verzoek"): a twin is its Dutch route. */
export function routeIdOf(routeKey: string): RouteId | undefined {
  const language = languageOfPath(routeKey.slice(routeKey.indexOf(' ') + 1));
  const prefix = LANGUAGE_PREFIX[language];
  const [method, path] = [routeKey.slice(0, routeKey.indexOf(' ')), routeKey.slice(routeKey.indexOf(' ') + 1 + prefix.length) || '/'];
  const id = (Object.keys(routeKeys) as RouteId[]).find((candidate) => routeKeys[candidate] === `${method} ${path}`);
  return id && (prefix === '' || isTranslated(id)) ? id : undefined;
}

/** The language a path is in: its prefix ('/en', '/en/...'), else Dutch. */
export function languageOfPath(path: string): Language {
  const found = (Object.keys(LANGUAGE_PREFIX) as Language[]).find(
    (language) => LANGUAGE_PREFIX[language] && (path === LANGUAGE_PREFIX[language] || path.startsWith(`${LANGUAGE_PREFIX[language]}/`)),
  );
  return found ?? DEFAULT_LANGUAGE;
}

/** Functions started by a schedule rather than a route. */
export const scheduledJobs = {
  'daily-sweep': {
    entry: 'functions/handlers/daily-sweep.ts',
    description: 'Reminder ladder and escalations for open requests, then the outbox',
    /** Every day at 07:00 in Amsterdam (the schedule carries the time zone, so DST needs nothing). */
    schedule: 'cron(0 7 * * ? *)',
  },
  'purge-documents': {
    entry: 'functions/handlers/purge-documents.ts',
    description: 'Deletes the files of closed requests whose retention has passed, objects before their list',
    /** Every day at 03:00 in Amsterdam, away from the sweep. */
    schedule: 'cron(0 3 * * ? *)',
  },
  'deliver-outbox': {
    entry: 'functions/handlers/deliver-outbox.ts',
    description: 'Retries mails whose first delivery failed',
    /** EventBridge Scheduler expression; locally a timer with the same intent. */
    schedule: 'rate(5 minutes)',
  },
  'render-letters': {
    entry: 'functions/handlers/render-letters.ts',
    description: 'Makes the PDF letter of every decision sent, into the document bucket',
    /** Within a minute of the decision; locally every second. */
    schedule: 'rate(1 minute)',
  },
} as const;

/**
 * Functions started by the document bucket's events: in AWS EventBridge
 * (S3 "Object Created", GuardDuty's scan result), locally the S3-compatible
 * server's event per created object.
 */
export const bucketEventConsumers = {
  'check-document': {
    entry: 'functions/handlers/check-document.ts',
    description: 'Checks every uploaded file (size, type by its bytes, malware scan) before anyone can open it',
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

/**
 * Functions CloudFormation runs during a deployment (a custom resource of our
 * own, so it has our role and log group like every other function).
 */
export const deploySteps = {
  'seed-configuration': {
    entry: 'functions/handlers/seed-configuration.ts',
    description: 'Writes each region of config/regions.json that the table does not have yet as its version 1',
  },
} as const;
