/**
 * bench/throughput (figure 2 of "Proof under load"): submit throughput and
 * latency at 50 concurrent clients against the local system, compared with
 * raw PutItem throughput on the SAME DynamoDB Local in the same run.
 *
 *  - the system: startLocalSystem on free ports, with its own DynamoDB Local,
 *    SES emulator and cognito-local (bench/local-system.ts);
 *  - submit: POST /api/verzoeken with a valid body and a unique e-mail address
 *    per request, no Idempotency-Key; every answer must be 201; each of the 50
 *    clients has its own source address (127.0.0.x), as distinct clients have
 *    behind API Gateway, and RATE_LIMIT_PER_MINUTE is set out of reach;
 *  - PutItem: 50 concurrent PutItem calls of a copy of a request item the
 *    system stored (same size, same attributes), through the application's own
 *    DynamoDB client factory (functions/adapters/dynamo-client.ts), so the
 *    client configuration is the one submit uses;
 *  - warm-up for both, then alternating rounds (PutItem, submit, PutItem,
 *    submit, ...) so that drift (JIT, table growth, other load) hits both alike.
 *
 * Bound: submit requests/s / PutItem requests/s >= 0.5.
 * Run: npm run bench:throughput   (BENCH_REQUESTS, BENCH_CONCURRENCY to change the size)
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#adapters/dynamo-client';
import { keys } from '#adapters/table-design';
import { http, isMain, keepAliveAgent, percentile, startBenchSystem, StdoutCapture, writeResult } from './local-system';
import { table } from './support';

export const THROUGHPUT_BOUND = 0.5;

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 300);
const ROUNDS = 4;

/** The same valid body as test/support/local-app.ts validRequest, with a unique requester address. */
function validRequest() {
  return {
    regionId: 'goeree-overflakkee',
    casusoverlegId: 'go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: ['inzage', 'rectificatie'],
    requester: { role: 'ouder', name: 'Marieke de Vries', email: `ouder-${randomUUID()}@voorbeeld.nl` },
    child: { name: 'Sem de Vries', dateOfBirth: '2013-05-17' },
    details: 'Ik wil alle verslagen zien. Bij rectificatie: de diagnose ADHD klopt niet.',
  };
}

interface LoadResult {
  count: number;
  errors: number;
  seconds: number;
  latencies: number[];
  firstError?: string;
}

/** `count` calls of `call`, `concurrency` at a time (closed loop: each client sends its next request when the last is answered). */
async function load(count: number, concurrency: number, call: (n: number) => Promise<{ ok: boolean; ms: number; error?: string }>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < count) {
      const n = next++;
      try {
        const result = await call(n);
        latencies.push(result.ms);
        if (!result.ok) {
          errors++;
          firstError ??= result.error;
        }
      } catch (error) {
        errors++;
        firstError ??= `${(error as Error).name}: ${(error as Error).message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { count, errors, seconds: (performance.now() - started) / 1000, latencies, firstError };
}

function combine(results: LoadResult[]): LoadResult {
  return {
    count: results.reduce((sum, r) => sum + r.count, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    seconds: results.reduce((sum, r) => sum + r.seconds, 0),
    latencies: results.flatMap((r) => r.latencies),
    firstError: results.find((r) => r.firstError)?.firstError,
  };
}

export interface ThroughputResult {
  concurrency: number;
  requests: number;
  submit: { rps: number; p50: number; p99: number; errors: number; rounds: number[] };
  putItem: { rps: number; p50: number; p99: number; errors: number; rounds: number[]; itemBytes: number };
  ratio: number;
  bound: number;
  holds: boolean;
  logBytesPerSubmit: number;
}

export async function runThroughput(): Promise<ThroughputResult> {
  const capture = new StdoutCapture();
  const say = (line: string) => {
    capture.stop();
    console.log(line);
  };
  console.log(`Starting the local system (DynamoDB Local, SES emulator, cognito-local on free ports) ...`);
  const bench = await startBenchSystem({ tableName: 'bench-throughput' });
  // 50 clients are 50 addresses (127.0.0.10, .11, ...): the server sees them as different clients, as
  // API Gateway would (sourceIp), so a per-client rate limit counts each client on its own key.
  const clientAgents = Array.from({ length: CONCURRENCY }, (_, i) => keepAliveAgent(1, `127.0.${Math.floor((10 + i) / 250)}.${10 + ((10 + i) % 250)}`));
  const db = createDocumentClient({ AWS_REGION: 'eu-west-1', DYNAMODB_ENDPOINT: bench.system.dynamoUrl });
  try {
    const url = `${bench.system.baseUrl.replace('localhost', '127.0.0.1')}/api/verzoeken`;
    const submit = async (n: number) => {
      const response = await http(clientAgents[n % CONCURRENCY]!, url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(validRequest()),
      });
      return { ok: response.status === 201, ms: response.ms, error: `HTTP ${response.status}: ${response.body.slice(0, 200)}`, body: response.body };
    };

    // A real request item, as the system stored it, is the "comparable single item".
    capture.start();
    const first = await submit(0);
    if (!first.ok) throw new Error(`the first submit failed: ${first.error}`);
    const reference = (JSON.parse(first.body) as { reference: string }).reference;
    const stored = (await db.send(new GetCommand({ TableName: bench.tableName, Key: keys.request(reference) }))).Item!;
    const itemBytes = Buffer.byteLength(JSON.stringify(stored));
    let puts = 0;
    const putItem = async () => {
      const started = performance.now();
      const id = `BENCH-${String(puts++).padStart(7, '0')}`;
      await db.send(new PutCommand({ TableName: bench.tableName, Item: { ...stored, ...keys.request(id), reference: id } }));
      return { ok: true, ms: performance.now() - started };
    };

    say(`Warm-up: ${WARM_UP} submits and ${WARM_UP} PutItem calls at ${CONCURRENCY} concurrent clients ...`);
    capture.start();
    const warmSubmit = await load(WARM_UP, CONCURRENCY, submit);
    const warmPut = await load(WARM_UP, CONCURRENCY, putItem);
    if (warmSubmit.errors > 0) throw new Error(`warm-up submits failed (${warmSubmit.errors}): ${warmSubmit.firstError}`);
    if (warmPut.errors > 0) throw new Error(`warm-up PutItem failed (${warmPut.errors}): ${warmPut.firstError}`);

    const perRound = Math.ceil(REQUESTS / ROUNDS);
    const submitRounds: LoadResult[] = [];
    const putRounds: LoadResult[] = [];
    capture.reset();
    for (let round = 0; round < ROUNDS; round++) {
      putRounds.push(await load(perRound, CONCURRENCY, putItem));
      submitRounds.push(await load(perRound, CONCURRENCY, submit));
    }
    const logBytes = capture.reset().bytes;
    capture.stop();

    const s = combine(submitRounds);
    const p = combine(putRounds);
    const submitRps = s.count / s.seconds;
    const putRps = p.count / p.seconds;
    const ratio = submitRps / putRps;
    const result: ThroughputResult = {
      concurrency: CONCURRENCY,
      requests: s.count,
      submit: {
        rps: submitRps,
        p50: percentile(s.latencies, 50),
        p99: percentile(s.latencies, 99),
        errors: s.errors,
        rounds: submitRounds.map((r) => r.count / r.seconds),
      },
      putItem: {
        rps: putRps,
        p50: percentile(p.latencies, 50),
        p99: percentile(p.latencies, 99),
        errors: p.errors,
        rounds: putRounds.map((r) => r.count / r.seconds),
        itemBytes,
      },
      ratio,
      bound: THROUGHPUT_BOUND,
      holds: ratio >= THROUGHPUT_BOUND && s.errors === 0 && p.errors === 0,
      logBytesPerSubmit: logBytes / s.count,
    };

    console.log(
      `\nFigure 2 - throughput at ${CONCURRENCY} concurrent clients, ${s.count.toLocaleString('en')} requests each after a warm-up of ${WARM_UP}, ${ROUNDS} alternating rounds:\n`,
    );
    console.log(
      table([
        {
          what: 'POST /api/verzoeken (submit)',
          'requests/s': submitRps.toFixed(1),
          'p50 (ms)': result.submit.p50.toFixed(1),
          'p99 (ms)': result.submit.p99.toFixed(1),
          errors: s.errors,
          'rounds (req/s)': result.submit.rounds.map((r) => r.toFixed(0)).join(' / '),
        },
        {
          what: `PutItem, one ${itemBytes}-byte request item`,
          'requests/s': putRps.toFixed(1),
          'p50 (ms)': result.putItem.p50.toFixed(1),
          'p99 (ms)': result.putItem.p99.toFixed(1),
          errors: p.errors,
          'rounds (req/s)': result.putItem.rounds.map((r) => r.toFixed(0)).join(' / '),
        },
      ]),
    );
    console.log(
      `\nsubmit / PutItem throughput: ${submitRps.toFixed(1)} / ${putRps.toFixed(1)} = ${ratio.toFixed(3)} (bound >= ${THROUGHPUT_BOUND}): ${result.holds ? 'holds' : 'MISSED'}`,
    );
    if (s.errors > 0) console.log(`submit errors: ${s.errors}, first: ${s.firstError}`);
    if (p.errors > 0) console.log(`PutItem errors: ${p.errors}, first: ${p.firstError}`);
    console.log(`(handler log output during the measured submits: ${result.logBytesPerSubmit.toFixed(0)} bytes per submit, not printed)`);
    return result;
  } finally {
    capture.stop();
    for (const agent of clientAgents) agent.destroy();
    db.destroy();
    await bench.stop();
  }
}

if (isMain(import.meta.url)) {
  const result = await runThroughput();
  await writeResult(result);
  if (!result.holds) process.exitCode = 1;
}
