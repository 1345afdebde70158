/**
 * The local system for the benchmarks: startLocalSystem on free ports with its
 * own SES emulator and cognito-local (and its own DynamoDB Local unless one is
 * given), in memory, in a temporary directory removed at the end. Plus what
 * the benchmarks share: a keep-alive HTTP client, percentiles and a capture
 * of the handlers' log output (the Powertools logger writes to process.stdout).
 */
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalSystem, startLocalSystem } from '#infra/local/system';
import { freePort } from '#infra/local/ports';

/**
 * A rate limit on the public API may appear (issue "Proof under load"); the
 * benchmark must measure the system, not the limiter. Unknown variables are
 * ignored by the environment schema, so setting them is harmless.
 */
const RATE_LIMIT_VARIABLES = ['RATE_LIMIT_PER_MINUTE', 'RATE_LIMIT_PER_HOUR', 'API_RATE_LIMIT_PER_MINUTE', 'SUBMIT_RATE_LIMIT_PER_MINUTE', 'RATE_LIMIT'];

export interface BenchSystem {
  system: LocalSystem;
  tableName: string;
  stop(): Promise<void>;
}

export async function startBenchSystem(options: { tableName: string; dynamoUrl?: string }): Promise<BenchSystem> {
  for (const name of RATE_LIMIT_VARIABLES) process.env[name] ??= '100000000';
  // The handlers log at INFO, as the stack configures them (applicationLogLevelV2 INFO).
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  const dir = mkdtempSync(join(tmpdir(), 'avg-bench-'));
  const system = await startLocalSystem({
    port: await freePort(),
    dynamoPort: await freePort(),
    sesPort: await freePort(),
    cognitoPort: await freePort(),
    s3Port: 0,
    tableName: options.tableName,
    dynamoUrl: options.dynamoUrl,
    cognitoDataDir: join(dir, 'cognito'),
    portalUsersFile: join(dir, 'portal-users.json'),
    // In AWS the outbox job runs every 5 minutes; here it would only add noise.
    outboxPollMs: 60 * 60 * 1000,
  });
  return {
    system,
    tableName: options.tableName,
    async stop() {
      await system.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

/** One HTTP request over a keep-alive agent (cheaper per request than fetch, so the client takes little CPU from the server). */
export function http(agent: Agent, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = httpRequest(
      url,
      { agent, method: options.method ?? 'GET', headers: { ...(options.headers ?? {}), ...(body ? { 'content-length': String(body.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A keep-alive agent; with `localAddress`, its connections come from that address (any 127.x.y.z works on loopback). */
export function keepAliveAgent(maxSockets: number, localAddress?: string): Agent {
  return new Agent({ keepAlive: true, maxSockets, ...(localAddress ? { localAddress } : {}) });
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Captures what is written to stdout (the handlers' structured logs) instead
 * of printing it: counts bytes and lines, so a benchmark can both keep its
 * own output readable and measure log volume.
 */
export class StdoutCapture {
  bytes = 0;
  lines = 0;
  private original: typeof process.stdout.write | undefined;

  start(): void {
    if (this.original) return;
    // Kept unbound on purpose: stop() puts the very same function back.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    this.original = process.stdout.write;
    process.stdout.write = (chunk: unknown, ...rest: unknown[]): boolean => {
      const text =
        typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
      this.bytes += Buffer.byteLength(text);
      this.lines += text.split('\n').length - 1;
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  }

  reset(): { bytes: number; lines: number } {
    const seen = { bytes: this.bytes, lines: this.lines };
    this.bytes = 0;
    this.lines = 0;
    return seen;
  }

  stop(): void {
    if (this.original) process.stdout.write = this.original;
    this.original = undefined;
  }
}

/** Writes `result` as JSON to the file named by BENCH_RESULT_FILE (bench/index.ts collects the three figures that way). */
export async function writeResult(result: unknown): Promise<void> {
  const file = process.env.BENCH_RESULT_FILE;
  if (!file) return;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

/** True when the module with this import.meta.url is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(moduleUrl);
}
