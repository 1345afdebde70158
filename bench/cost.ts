/**
 * bench/cost (figure 3 of "Proof under load"): what 1,000 AVG requests cost in
 * eu-west-1, from AWS's list prices (bench/prices.ts) and quantities measured
 * on the local system in this run.
 *
 * One journey is what one request costs from arrival to decision, as the
 * people involved click through it (every HTTP call is one API Gateway request
 * and one Lambda invocation; redirects are followed like a browser does):
 *   requester: POST /api/verzoeken, opens the confirmation link, confirms;
 *   each of the overleg's four parties: a contact person signs in (page,
 *     password, TOTP code), opens the task list and the case, answers;
 *   the coordinator (swv-go) opens the case and sends the decision;
 *   the requester opens the status page.
 * Several journeys run one after another; the first warms the local server
 * (module loading), the others are measured. Per HTTP call the benchmark takes:
 *   - duration: the call's wall time against the local server (a stand-in for
 *     the Lambda duration of the same handler);
 *   - DynamoDB read and write request units: the system talks to DynamoDB
 *     Local through a metering proxy (bench/dynamo-meter.ts) that asks every
 *     call for ReturnConsumedCapacity INDEXES and sums table and index units;
 *   - mails: what the SES emulator received;
 *   - log bytes: what the handlers wrote to stdout (the Powertools logger).
 * Cold init per function comes from figure 1 (bench/bundles.ts).
 *
 * Run: npm run bench:cost   (BENCH_JOURNEYS, default 3)
 */
import { App } from 'aws-cdk-lib';
import type { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { EdgeProtectionStack } from '#infra/aws/edge-stack';
import { PER_CLIENT_LIMIT, pathTo } from '#routes';
import { readFileSync } from 'node:fs';
import type { Agent } from 'node:http';
import { generateSync } from 'otplib';
import { matchRoute } from '#infra/local/http-server';
import { startDynamoDbLocal } from '#infra/local/emulators';
import { freePort } from '#infra/local/ports';
import { SESSION_COOKIE } from '#handlers/http/session';
import { SIGN_IN_STATE_COOKIE } from '#handlers/http/sign-in-state';
import type { BundlesResult } from './bundles';
import { startMeteringProxy, type Meter, type MeteringProxy } from './dynamo-meter';
import { http, type HttpResult, isMain, keepAliveAgent, median, startBenchSystem, StdoutCapture, writeResult } from './local-system';
import { cost, PRICES, PRICES_AS_OF, type Price } from './prices';
import { table } from './support';
import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';

const JOURNEYS = Math.max(2, Number(process.env.BENCH_JOURNEYS ?? 3));
const MEMORY_GB = 512 / 1024;
/** Allocation base for the fixed monthly Cognito cost (assumption; scale the Cognito line by 1,000 / your monthly volume). */
const ASSUMED_REQUESTS_PER_MONTH = 1_000;
/** Response headers (CSP, cookies, no-store, ...) added to each body for CloudFront's data transfer. */
const HEADER_BYTES = 600;
/** The web ACL's rules, counted on the edge stack itself (a managed rule group is billed as one rule). */
const WAF_RULES = (new EdgeProtectionStack(new App(), 'CostEdge', { rateLimitPerMinute: PER_CLIENT_LIMIT.perMinute }).webAcl.rules as CfnWebACL.RuleProperty[])
  .length;
/** CloudWatch Logs meters each event's bytes plus 26 bytes of metadata. */
const LOG_EVENT_OVERHEAD = 26;
const GB = 1024 ** 3;

const PARTIES = ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'] as const;
const COORDINATOR = 'swv-go';

interface Call {
  step: string;
  fn: string;
  route: string;
  status: number;
  ms: number;
  meter: Meter;
  mails: number;
  logBytes: number;
  logEvents: number;
  accessLogBytes: number;
  responseBytes: number;
}

interface Journey {
  calls: Call[];
}

function cookieFrom(result: HttpResult, name: string): string | undefined {
  const lines = ([] as string[]).concat(result.headers['set-cookie'] ?? []);
  for (const line of lines) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (pair.slice(0, at).trim() === name) return `${name}=${pair.slice(at + 1)}`;
  }
  return undefined;
}

/** The API Gateway access log line of the stack's format (infra/aws/http-api.ts) for one call, in bytes. */
function accessLogBytes(route: string, result: HttpResult): number {
  const line = JSON.stringify({
    requestId: 'AbCdEfGhIjKlMnO=',
    requestTime: String(Date.now()),
    routeKey: route,
    status: String(result.status),
    responseLength: String(Buffer.byteLength(result.body)),
    responseLatency: String(Math.round(result.ms)),
    integrationStatus: '200',
    integrationLatency: String(Math.max(0, Math.round(result.ms) - 1)),
  });
  return Buffer.byteLength(line) + LOG_EVENT_OVERHEAD;
}

class Journeyer {
  private calls: Call[] = [];
  /** The last session cookie a response set (the sign-in's code step). */
  session: string | undefined;

  constructor(
    private readonly agent: Agent,
    private readonly baseUrl: string,
    private readonly sesUrl: string,
    private readonly meter: MeteringProxy,
    private readonly capture: StdoutCapture,
  ) {}

  private async mailCount(): Promise<number> {
    const store = (await (await fetch(`${this.sesUrl}/store`)).json()) as { emails: unknown[] };
    return store.emails.length;
  }

  async mails(): Promise<Array<{ to: string[]; text: string }>> {
    const store = (await (await fetch(`${this.sesUrl}/store`)).json()) as { emails: Array<{ destination: { to: string[] }; body: { text?: string } }> };
    return store.emails.map((mail) => ({ to: mail.destination.to, text: mail.body.text ?? '' }));
  }

  /** One HTTP call, measured; follows a 303/302 like a browser (each hop is its own call). */
  async call(
    step: string,
    method: 'GET' | 'POST',
    path: string,
    options: { cookies?: string[]; form?: Record<string, string>; json?: unknown } = {},
  ): Promise<HttpResult> {
    const url = new URL(path, this.baseUrl);
    const matched = matchRoute(method, url.pathname);
    if (!matched) throw new Error(`no route for ${method} ${url.pathname}`);
    const headers: Record<string, string> = {};
    if (options.cookies?.length) headers.cookie = options.cookies.join('; ');
    let body: string | undefined;
    if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    } else if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const mailsBefore = await this.mailCount();
    this.meter.take();
    this.capture.reset();
    const result = await http(this.agent, url.href, { method, headers, body });
    // The outbox is delivered by the table stream in AWS right after the change; here in-process,
    // inside the same measuring window, so each step carries the cost of its own mails.
    await getDelivery(await refreshConfiguration(getRuntime())).deliverPending(new Date());
    const logs = this.capture.reset();
    const meter = this.meter.take();
    const mails = (await this.mailCount()) - mailsBefore;
    const route = `${matched.route.method} ${matched.route.path}`;
    this.calls.push({
      step,
      fn: matched.route.handler,
      route,
      status: result.status,
      ms: result.ms,
      meter,
      mails,
      logBytes: logs.bytes + logs.lines * LOG_EVENT_OVERHEAD,
      logEvents: logs.lines,
      accessLogBytes: accessLogBytes(route, result),
      responseBytes: Buffer.byteLength(result.body) + HEADER_BYTES,
    });
    if (result.status >= 400) throw new Error(`${step}: ${method} ${path} answered ${result.status}: ${result.body.slice(0, 300)}`);
    const location = result.headers.location;
    if ((result.status === 303 || result.status === 302) && typeof location === 'string') {
      const cookies = [...(options.cookies ?? [])];
      const session = cookieFrom(result, SESSION_COOKIE);
      if (session) {
        this.session = session;
        cookies.splice(0, cookies.length, session);
      }
      return this.call(step, 'GET', location, { cookies });
    }
    return result;
  }

  take(): Journey {
    const journey = { calls: this.calls };
    this.calls = [];
    return journey;
  }
}

const decodeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const hidden = (html: string, name: string, afterAction?: string): string => {
  const from = afterAction ? html.indexOf(afterAction) : 0;
  if (from < 0) throw new Error(`no form ${afterAction} on the page`);
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html.slice(from));
  if (!match) throw new Error(`no hidden field ${name}${afterAction ? ` after ${afterAction}` : ''}`);
  return match[1]!;
};

async function journey(j: Journeyer, users: { password: string; totp: (email: string) => string }, n: number): Promise<void> {
  const email = `bench-${Date.now()}-${n}@voorbeeld.nl`;
  const submitted = await j.call('1 submit (API)', 'POST', '/api/verzoeken', {
    json: {
      regionId: 'goeree-overflakkee',
      casusoverlegId: 'go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: ['inzage', 'rectificatie'],
      requester: { role: 'ouder', name: 'Marieke de Vries', email },
      child: { name: 'Sem de Vries', dateOfBirth: '2013-05-17' },
      details: 'Ik wil alle verslagen zien. Bij rectificatie: de diagnose ADHD klopt niet.',
    },
  });
  const reference = (JSON.parse(submitted.body) as { reference: string }).reference;
  const mail = (await j.mails()).find((candidate) => candidate.to.includes(email));
  if (!mail) throw new Error('no confirmation mail');
  const confirmPath = new URL(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail.text)![0]).pathname;
  const statusPath = new URL(/https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail.text)![0]).pathname;
  await j.call('2 confirm (page, button)', 'GET', confirmPath);
  await j.call('2 confirm (page, button)', 'POST', confirmPath);

  const sessions: Record<string, string> = {};
  for (const party of PARTIES) {
    const user = `${party}.contact@portaal.example`;
    await j.call('3 sign in (4 contacts)', 'GET', pathTo('signInPage'));
    const password = await j.call('3 sign in (4 contacts)', 'POST', pathTo('signInStep'), {
      form: { step: 'password', email: user, password: users.password },
    });
    const state = cookieFrom(password, SIGN_IN_STATE_COOKIE);
    if (!state) throw new Error(`no sign-in state for ${user}`);
    // The code step answers 303 to /portaal with the session cookie; the redirect is followed (the task list).
    j.session = undefined;
    await j.call('3 sign in (4 contacts)', 'POST', pathTo('signInStep'), { form: { step: 'totp', code: users.totp(user) }, cookies: [state] });
    if (!j.session) throw new Error(`the code step set no session cookie for ${user}`);
    sessions[party] = j.session;
    const casePage = await j.call('4 answer (4 parties)', 'GET', pathTo('casePage', { reference }), { cookies: [sessions[party]] });
    const action = pathTo('answer', { reference });
    const answered = await j.call('4 answer (4 parties)', 'POST', action, {
      cookies: [sessions[party]],
      form: {
        csrf: hidden(casePage.body, 'csrf', `action="${action}"`),
        version: hidden(casePage.body, 'version', `action="${action}"`),
        'inzage.outcome': 'verstrekt',
        'inzage.categories': 'NAW-gegevens',
        'inzage.summary': `Gegevens bij ${party}.`,
        'inzage.purposes': 'Ondersteuning.',
        'inzage.recipients': 'Het overleg.',
        'inzage.retention': 'Een jaar.',
        'inzage.source': 'De school.',
        'inzage.copy': `Kopie bij ${party}.`,
        'rectificatie.outcome': 'geen gegevens',
      },
    });
    // A refused answer would make every later figure a journey that never happened.
    if (!answered.body.includes('Het antwoord van uw organisatie is opgeslagen.'))
      throw new Error(`the answer of ${party} was refused (${answered.status}): ${answered.body.replace(/.*<main/s, '').slice(0, 600)}`);
  }

  // An inzage is decided only after the coordinator recorded how they checked who asks (documents.md).
  const beforeIdentity = await j.call('5 decision (coordinator)', 'GET', pathTo('casePage', { reference }), { cookies: [sessions[COORDINATOR]!] });
  const identityAction = pathTo('recordIdentity', { reference });
  const today = new Date();
  await j.call('5 decision (coordinator)', 'POST', identityAction, {
    cookies: [sessions[COORDINATOR]!],
    form: {
      csrf: hidden(beforeIdentity.body, 'csrf', `action="${identityAction}"`),
      version: hidden(beforeIdentity.body, 'version', `action="${identityAction}"`),
      method: 'balie',
      checkedDay: String(today.getDate()),
      checkedMonth: String(today.getMonth() + 1),
      checkedYear: String(today.getFullYear()),
    },
  });
  // The decision is written, checked on its preview (the letter's text), then sent from there with what the preview carries.
  const casePage = await j.call('5 decision (coordinator)', 'GET', pathTo('casePage', { reference }), { cookies: [sessions[COORDINATOR]!] });
  const previewAction = pathTo('previewDecision', { reference });
  const preview = await j.call('5 decision (coordinator)', 'POST', previewAction, {
    cookies: [sessions[COORDINATOR]!],
    form: {
      csrf: hidden(casePage.body, 'csrf', `action="${previewAction}"`),
      version: hidden(casePage.body, 'version', `action="${previewAction}"`),
      'inzage.outcome': 'toegewezen',
      'inzage.motivation': 'Alles gegeven.',
      'rectificatie.outcome': 'afgewezen',
      'rectificatie.ground': 'avg-16',
      'rectificatie.motivation': 'De verslagen geven de waarneming van de school weer.',
    },
  });
  const action = pathTo('decide', { reference });
  const sendForm = preview.body.slice(preview.body.indexOf(`action="${action}"`));
  if (!sendForm.startsWith('action=')) throw new Error('no send form on the decision preview');
  const fields = [...sendForm.slice(0, sendForm.indexOf('</form>')).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
  const decided = await j.call('5 decision (coordinator)', 'POST', action, {
    cookies: [sessions[COORDINATOR]!],
    form: Object.fromEntries(fields.map((field) => [field[1]!, decodeHtml(field[2]!)])),
  });
  if (!decided.body.includes('Het besluit is verstuurd.')) throw new Error(`the decision was not sent (${decided.status})`);
  await j.call('6 status page (requester)', 'GET', statusPath);
}

interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  price: Price;
  arithmetic: string;
  perJourney: number;
}

export interface CostResult {
  journeys: number;
  callsPerJourney: number;
  perThousandRequests: number;
  perThousandHttpCalls: number;
  lines: Array<{ item: string; quantity: number; unit: string; perThousand: number; arithmetic: string }>;
  measured: { readUnits: number; writeUnits: number; indexWriteUnits: number; mails: number; logBytes: number; invokeMs: number; initMs: number };
  pricesAsOf: string;
}

export async function runCost(options: { bundles?: BundlesResult } = {}): Promise<CostResult> {
  const capture = new StdoutCapture();
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  const meter = await startMeteringProxy(dynamo.url);
  console.log('Starting the local system behind the DynamoDB metering proxy ...');
  const bench = await startBenchSystem({ tableName: 'bench-cost', dynamoUrl: meter.url });
  const agent = keepAliveAgent(4);
  try {
    const users = bench.system.portalUsers;
    const secrets = new Map(users.users.map((user) => [user.email, user.totpSecret]));
    const j = new Journeyer(agent, bench.system.baseUrl.replace('localhost', '127.0.0.1'), bench.system.sesUrl, meter, capture);
    const totp = (email: string) => generateSync({ secret: secrets.get(email)! });
    const journeys: Journey[] = [];
    capture.start();
    for (let n = 0; n < JOURNEYS; n++) {
      await journey(j, { password: users.password, totp }, n);
      journeys.push(j.take());
    }
    capture.stop();
    return report(journeys.slice(1), options.bundles);
  } finally {
    capture.stop();
    agent.destroy();
    await bench.stop();
    await meter.stop();
    await dynamo.stop();
  }
}

function report(journeys: Journey[], bundles: BundlesResult | undefined): CostResult {
  const shape = journeys[0]!.calls.map((call) => `${call.step}|${call.route}`).join(',');
  if (journeys.some((journey) => journey.calls.map((call) => `${call.step}|${call.route}`).join(',') !== shape))
    throw new Error('the journeys made different calls');
  // Per call position: durations are the median over the measured journeys; counts are the mean (they should be equal).
  const calls = journeys[0]!.calls.map((call, i) => {
    const same = journeys.map((journey) => journey.calls[i]!);
    const mean = (f: (c: Call) => number) => same.reduce((sum, c) => sum + f(c), 0) / same.length;
    const ops: Record<string, number> = {};
    for (const [op, count] of Object.entries(call.meter.calls)) ops[op] = count;
    return {
      step: call.step,
      fn: call.fn,
      route: call.route,
      ms: median(same.map((c) => c.ms)),
      readUnits: mean((c) => c.meter.readUnits),
      writeUnits: mean((c) => c.meter.writeUnits),
      indexWriteUnits: mean((c) => c.meter.indexWriteUnits),
      dynamoCalls: mean((c) => Object.values(c.meter.calls).reduce((a, b) => a + b, 0)),
      unreported: mean((c) => c.meter.unreported),
      ops,
      mails: mean((c) => c.mails),
      logBytes: mean((c) => c.logBytes),
      logEvents: mean((c) => c.logEvents),
      accessLogBytes: mean((c) => c.accessLogBytes),
      responseBytes: mean((c) => c.responseBytes),
    };
  });

  const initOf = new Map((bundles?.rows ?? []).map((row) => [row.name, row.initMs]));
  const steps = [...new Set(calls.map((call) => call.step))];
  const sum = (list: typeof calls, f: (c: (typeof calls)[number]) => number) => list.reduce((total, c) => total + f(c), 0);
  console.log(`\nFigure 3 - one journey (median of ${journeys.length} measured journeys after a warm-up), per step:\n`);
  console.log(
    table(
      steps
        .map((step) => {
          const mine = calls.filter((call) => call.step === step);
          const ops: Record<string, number> = {};
          for (const call of mine) for (const [op, count] of Object.entries(call.ops)) ops[op] = (ops[op] ?? 0) + count;
          return {
            step,
            'HTTP calls': mine.length,
            functions: [...new Set(mine.map((call) => call.fn))].join(', '),
            'Lambda ms': sum(mine, (c) => Math.ceil(c.ms)).toFixed(0),
            RRU: sum(mine, (c) => c.readUnits).toFixed(1),
            WRU: sum(mine, (c) => c.writeUnits).toFixed(1),
            'DynamoDB calls': Object.entries(ops)
              .map(([op, count]) => `${op} ${count}`)
              .join(', '),
            mails: sum(mine, (c) => c.mails),
            'log bytes': sum(mine, (c) => c.logBytes).toFixed(0),
          };
        })
        .concat([
          {
            step: 'journey',
            'HTTP calls': calls.length,
            functions: `${new Set(calls.map((c) => c.fn)).size} functions`,
            'Lambda ms': sum(calls, (c) => Math.ceil(c.ms)).toFixed(0),
            RRU: sum(calls, (c) => c.readUnits).toFixed(1),
            WRU: sum(calls, (c) => c.writeUnits).toFixed(1),
            'DynamoDB calls': String(sum(calls, (c) => c.dynamoCalls)),
            mails: sum(calls, (c) => c.mails),
            'log bytes': sum(calls, (c) => c.logBytes).toFixed(0),
          },
        ]),
    ),
  );

  const invocations = calls.length;
  const invokeMs = sum(calls, (c) => Math.ceil(c.ms));
  const initMs = sum(calls, (c) => Math.ceil(initOf.get(c.fn) ?? 0));
  const readUnits = sum(calls, (c) => c.readUnits);
  const writeUnits = sum(calls, (c) => c.writeUnits);
  const indexWriteUnits = sum(calls, (c) => c.indexWriteUnits);
  const mails = sum(calls, (c) => c.mails);
  const appLogBytes = sum(calls, (c) => c.logBytes);
  const accessBytes = sum(calls, (c) => c.accessLogBytes);
  const responseBytes = sum(calls, (c) => c.responseBytes);
  const dynamoInvocations = calls.filter((c) => c.dynamoCalls > 0).length;
  const unreported = sum(calls, (c) => c.unreported);
  // A contact and an FG per party and a beheerder per region: the seeded installation's accounts.
  const seed = JSON.parse(readFileSync(new URL('../config/regions.json', import.meta.url), 'utf8')) as { regions: Array<{ parties: Array<{ id: string }> }> };
  const mau = 2 * new Set(seed.regions.flatMap((r) => r.parties.map((p) => p.id))).size + seed.regions.length;

  const gbs = (ms: number) => (ms / 1000) * MEMORY_GB;
  const lines: CostLine[] = [
    { item: 'Lambda requests', quantity: invocations, unit: 'invocations', price: PRICES.lambdaRequests, arithmetic: `${invocations} invocations x $0.20/1M` },
    {
      item: 'Lambda duration (invoke)',
      quantity: gbs(invokeMs),
      unit: 'GB-s',
      price: PRICES.lambdaArmGbSecond,
      arithmetic: `${invokeMs} ms (each call rounded up to 1 ms) x 0.5 GB = ${gbs(invokeMs).toFixed(3)} GB-s x $0.0000133334`,
    },
    {
      item: 'Lambda duration (INIT, every call cold)',
      quantity: gbs(initMs),
      unit: 'GB-s',
      price: PRICES.lambdaArmGbSecond,
      arithmetic: bundles
        ? `${initMs} ms (figure 1 cold init of each call's function) x 0.5 GB = ${gbs(initMs).toFixed(3)} GB-s x $0.0000133334`
        : 'no figure 1 in this run: 0',
    },
    {
      item: 'CloudFront requests',
      quantity: invocations,
      unit: 'requests',
      price: PRICES.cloudFrontHttpsRequests,
      arithmetic: `${invocations} HTTPS requests x $0.012/10,000`,
    },
    {
      item: 'CloudFront data out',
      quantity: responseBytes / GB,
      unit: 'GB',
      price: PRICES.cloudFrontDataTransferOut,
      arithmetic: `${responseBytes.toFixed(0)} B (bodies + ${HEADER_BYTES} B headers each) / 2^30 x $0.085`,
    },
    { item: 'WAF requests', quantity: invocations, unit: 'requests', price: PRICES.wafRequests, arithmetic: `${invocations} requests x $0.60/1M` },
    {
      item: 'WAF web ACL and rules (allocated)',
      quantity: 1 / ASSUMED_REQUESTS_PER_MONTH,
      unit: 'months',
      price: { ...PRICES.wafWebAclMonth, usd: PRICES.wafWebAclMonth.usd + WAF_RULES * PRICES.wafRuleMonth.usd, unit: 'web ACL with its rules per month' },
      arithmetic: `($5.00 web ACL + ${WAF_RULES} rules x $1.00) per month / ${ASSUMED_REQUESTS_PER_MONTH.toLocaleString('en')} requests per month`,
    },
    {
      item: 'API Gateway HTTP API',
      quantity: invocations,
      unit: 'requests',
      price: PRICES.httpApiRequests,
      arithmetic: `${invocations} requests (< 512 KB each) x $1.11/1M`,
    },
    {
      item: 'DynamoDB writes',
      quantity: writeUnits,
      unit: 'WRU',
      price: PRICES.dynamoWriteRequestUnits,
      arithmetic: `${writeUnits.toFixed(1)} WRU (of which GSI ${indexWriteUnits.toFixed(1)}) x $0.7063/1M`,
    },
    { item: 'DynamoDB reads', quantity: readUnits, unit: 'RRU', price: PRICES.dynamoReadRequestUnits, arithmetic: `${readUnits.toFixed(1)} RRU x $0.1413/1M` },
    { item: 'SES mails', quantity: mails, unit: 'mails', price: PRICES.sesOutboundMail, arithmetic: `${mails} mails x $0.10/1,000` },
    {
      item: 'KMS (table key, upper bound)',
      quantity: dynamoInvocations,
      unit: 'requests',
      price: PRICES.kmsRequests,
      arithmetic: `${dynamoInvocations} invocations that use the table x 1 Decrypt x $0.03/10,000`,
    },
    {
      item: 'CloudWatch Logs ingestion',
      quantity: (appLogBytes + accessBytes) / GB,
      unit: 'GB',
      price: PRICES.cloudWatchLogsIngestion,
      arithmetic: `(${appLogBytes.toFixed(0)} B function logs + ${accessBytes.toFixed(0)} B API access logs, 26 B/event included) / 2^30 x $0.57`,
    },
    {
      item: 'X-Ray traces (upper bound)',
      quantity: invocations,
      unit: 'traces',
      price: PRICES.xrayTracesRecorded,
      arithmetic: `${invocations} traced invocations x $5.00/1M`,
    },
    {
      item: 'Cognito Plus MAU (allocated)',
      quantity: (mau * 1) / ASSUMED_REQUESTS_PER_MONTH,
      unit: 'MAU',
      price: PRICES.cognitoPlusMau,
      arithmetic: `${mau} portal accounts (contact + FG of every party, a beheerder per region) x $0.020 per month / ${ASSUMED_REQUESTS_PER_MONTH.toLocaleString('en')} requests per month`,
    },
  ].map((line) => ({ ...line, perJourney: cost(line.price, line.quantity) }));

  const total = lines.reduce((s, line) => s + line.perJourney, 0) * 1000;
  const money = (usd: number) => (usd >= 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(6)}`);
  console.log(`\nCost per 1,000 AVG requests (one journey each) in eu-west-1, prices of ${PRICES_AS_OF}:\n`);
  console.log(
    table(
      lines
        .map((line) => ({
          item: line.item,
          'per journey': `${+line.quantity.toPrecision(4)} ${line.unit}`,
          arithmetic: line.arithmetic,
          'per 1,000': money(line.perJourney * 1000),
        }))
        .concat([{ item: 'total', 'per journey': '', arithmetic: '', 'per 1,000': money(total) }]),
    ),
  );
  console.log(`\n= ${money(total)} per 1,000 AVG requests; ${invocations} HTTP calls per request, so ${money(total / invocations)} per 1,000 HTTP calls.`);
  console.log('\nPrices (one table, bench/prices.ts):');
  for (const [name, price] of Object.entries(PRICES))
    console.log(`  ${name.padEnd(26)} $${price.usd} per ${price.per.toLocaleString('en')} ${price.unit}; ${price.page} (${price.status})`);
  console.log(`
Assumptions:
  - Every HTTP call is one CloudFront request, one WAF inspection, one API Gateway request and one Lambda invocation; each answering contact signs in once per request (upper bound: in practice one sign-in serves several requests); the stylesheet and fonts (/static/, cached for a year under hashed names) are not counted.
  - Lambda duration is the call's wall time on this machine (x86, all cores shared); Lambda at 512 MB has about 0.29 vCPU, so CPU-bound parts run slower there.
  - INIT is billed since 1 Aug 2025; upper bound: every invocation starts cold, with the cold init measured in figure 1 (the Lambda runtime's own start is not in it).
  - DynamoDB units are what DynamoDB Local reports with ReturnConsumedCapacity INDEXES (transactions count double, GSI writes included)${unreported > 0 ? `; ${unreported} calls reported none (conditional failures), not counted` : ''}.
  - KMS: DynamoDB caches the table key per caller and asks KMS again after 5 minutes without use; at AVG-request volumes the calls are minutes apart, so one request per invocation that uses the table (upper bound).
  - Logs: system logs are off (systemLogLevel WARN: no START/REPORT lines); application logs as measured at INFO; one access-log line per HTTP call in the stack's format.
  - X-Ray: active tracing samples the first request each second and 5% of the rest; at this volume that is every invocation (upper bound, free tier ignored).
  - Cognito Plus has no free tier and bills monthly active users, not requests: ${mau} accounts at $0.02 = $${(mau * 0.02).toFixed(2)} per month, spread over an assumed ${ASSUMED_REQUESTS_PER_MONTH.toLocaleString('en')} requests per month.
  - Mail delivery (claim and mark per mail) is counted with the step that wrote the mail; the stream consumer's invocations are not.\n  - Not included: storage and point-in-time recovery (per GB-month), the KMS key ($1 per month), the scheduled jobs (deliver-outbox every 5 minutes, the daily sweep), the stream consumer, free tiers.`);

  return {
    journeys: journeys.length,
    callsPerJourney: invocations,
    perThousandRequests: total,
    perThousandHttpCalls: total / invocations,
    lines: lines.map((line) => ({
      item: line.item,
      quantity: line.quantity,
      unit: line.unit,
      perThousand: line.perJourney * 1000,
      arithmetic: line.arithmetic,
    })),
    measured: { readUnits, writeUnits, indexWriteUnits, mails, logBytes: appLogBytes + accessBytes, invokeMs, initMs },
    pricesAsOf: PRICES_AS_OF,
  };
}

if (isMain(import.meta.url)) {
  const file = process.env.BENCH_BUNDLES_RESULT;
  let bundles: BundlesResult | undefined;
  if (file) bundles = JSON.parse(readFileSync(file, 'utf8')) as BundlesResult;
  else {
    console.log('No figure 1 result given (BENCH_BUNDLES_RESULT): measuring cold init with 3 runs per function first ...');
    const { runBundles } = await import('./bundles');
    bundles = await runBundles({ runs: 3, quiet: true });
  }
  const result = await runCost({ bundles });
  await writeResult(result);
}
