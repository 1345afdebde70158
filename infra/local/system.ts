import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadDesignatedHolidaysFile, loadRegionConfigFile } from '#adapters/region-config-file';
import { amsterdamDate } from '#core/calendar-date';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { PER_CLIENT_LIMIT, scheduledJobs } from '#routes';
import { ClientRateLimit } from './client-rate-limit';
import { type RunningService, startDynamoDbLocal, startSesEmulator } from './emulators';
import { createLocalServer, preloadHandlers } from './http-server';
import { LOCAL_BUCKET, startS3Local } from './s3';
import { startCognitoLocal } from './identity';
import { assertPortFree } from './ports';
import { type PortalUsersFile, seedPortalUsers } from './seed-users';
import { ensureTable } from './table';
import { seedLocalConfiguration } from './seed-configuration';
import { regionStore } from '#adapters/region-store';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface LocalSystemOptions {
  port: number;
  dynamoPort: number;
  sesPort: number;
  cognitoPort: number;
  /** The S3-compatible server with the document bucket; 0 for any free port. */
  s3Port: number;
  tableName: string;
  /** Keep DynamoDB data between runs; in memory when absent. */
  dataDir?: string;
  /** Keep the bucket's objects between runs; a fresh temporary folder when absent. */
  s3DataDir?: string;
  /** Reuse emulators someone else started (the test setup) instead of starting them. */
  dynamoUrl?: string;
  sesUrl?: string;
  cognitoUrl?: string;
  /** cognito-local's working directory (its database); a fresh temporary one when absent. */
  cognitoDataDir?: string;
  /** Where the seeded portal users (pool, client, TOTP secrets) are kept; see seed-users.ts. */
  portalUsersFile: string;
  /** How often the outbox and the decision letters are worked off (default every second; tests run them themselves). */
  outboxPollMs?: number;
  /** Run the daily sweep on a timer (npm start); tests run it themselves. */
  sweepDaily?: boolean;
}

export interface LocalSystem {
  baseUrl: string;
  dynamoUrl: string;
  sesUrl: string;
  cognitoUrl: string;
  s3Url: string;
  /** Waits until every uploaded object has been through the checking step. */
  documentsChecked(): Promise<void>;
  portalUsers: PortalUsersFile;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The whole system on one machine: DynamoDB Local, the SES emulator,
 * the S3-compatible server with the document bucket, cognito-local with the
 * seeded portal users, the table, the checked
 * configuration, the HTTP server over the route table and the outbox poller.
 */
export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  // A broken configuration stops start-up before anything is started.
  const seed = await loadRegionConfigFile(resolve(ROOT, 'config/regions.json'));
  await loadDesignatedHolidaysFile(resolve(ROOT, 'config/designated-holidays.json'));
  await assertPortFree(options.port, 'web server', 'PORT');
  if (!options.dynamoUrl) await assertPortFree(options.dynamoPort, 'DynamoDB Local', 'DYNAMODB_PORT');
  if (!options.sesUrl) await assertPortFree(options.sesPort, 'SES emulator', 'SES_PORT');
  if (!options.cognitoUrl) await assertPortFree(options.cognitoPort, 'cognito-local', 'COGNITO_PORT');
  if (options.s3Port) await assertPortFree(options.s3Port, 'S3-compatible server', 'S3_PORT');

  const started: RunningService[] = [];
  const stopStarted = () => Promise.all(started.map((service) => service.stop()));
  try {
    const dynamoUrl = options.dynamoUrl ?? (await track(started, startDynamoDbLocal({ port: options.dynamoPort, dataDir: options.dataDir }))).url;
    const sesUrl = options.sesUrl ?? (await track(started, startSesEmulator({ port: options.sesPort }))).url;
    const cognitoUrl =
      options.cognitoUrl ??
      (await track(started, startCognitoLocal({ port: options.cognitoPort, dataDir: options.cognitoDataDir ?? mkdtempSync(join(tmpdir(), 'cognito-local-')) })))
        .url;
    const s3 = await track(started, startS3Local({ port: options.s3Port, root: ROOT, dataDir: options.s3DataDir }));
    // Idempotent: reuses the pool and users of an earlier start (or of the test setup).
    const portalUsers = await seedPortalUsers({ endpoint: cognitoUrl, usersFile: options.portalUsersFile, regionsFile: resolve(ROOT, 'config/regions.json') });
    const baseUrl = `http://localhost:${options.port}`;
    Object.assign(process.env, {
      TABLE_NAME: options.tableName,
      MAIL_FROM: 'noreply@avg-verzoeken.example',
      PUBLIC_BASE_URL: baseUrl,
      DYNAMODB_ENDPOINT: dynamoUrl,
      SES_ENDPOINT: sesUrl,
      COGNITO_USER_POOL_ID: portalUsers.userPoolId,
      COGNITO_CLIENT_ID: portalUsers.clientId,
      // cognito-local names itself http://<HOST>:<PORT> in the tokens it signs.
      COGNITO_ISSUER: `${cognitoUrl}/${portalUsers.userPoolId}`,
      COGNITO_ENDPOINT: cognitoUrl,
      AWS_REGION: 'eu-west-1',
      POWERTOOLS_SERVICE_NAME: 'avg-verzoeken',
      POWERTOOLS_DEV: process.env.POWERTOOLS_DEV ?? 'false',
      // DynamoDB Local has no TTL: the sweep deletes what TTL would.
      EMULATE_TTL: 'true',
      // One process serves every function locally, so a beheerder's save is live at once here; the TTL covers the rest.
      CONFIG_CACHE_SECONDS: process.env.CONFIG_CACHE_SECONDS ?? '60',
      DOCUMENTS_BUCKET: LOCAL_BUCKET,
      S3_ENDPOINT: s3.url,
      // No GuardDuty locally: the checking step runs the EICAR stand-in itself (docs/documents.md).
      MALWARE_SCAN: 'eicar-stand-in',
    });
    const client = new DynamoDBClient({ endpoint: dynamoUrl, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ensureTable(client, options.tableName);
    client.destroy();
    // The configuration lives in the table: a new table gets the seed file's regions and the seeded accounts' person records.
    await seedLocalConfiguration(regionStore(getRuntime().table), seed, portalUsers, new Date());
    // Scripts and tests that call use cases directly find the configuration loaded.
    await refreshConfiguration(getRuntime());

    // The whole local system keeps one time, the runtime's clock, which tests and `--today` move.
    const perMinute = Number(process.env.RATE_LIMIT_PER_MINUTE ?? PER_CLIENT_LIMIT.perMinute);
    if (!Number.isInteger(perMinute) || perMinute < 1)
      throw new Error(`RATE_LIMIT_PER_MINUTE must be a whole number of 1 or more, not "${process.env.RATE_LIMIT_PER_MINUTE}"`);
    await preloadHandlers(ROOT);
    const server = createLocalServer({ root: ROOT, rateLimit: new ClientRateLimit(perMinute, () => getRuntime().clock.now()) });
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolveListen());
    });
    const timers = [startJobTimer('deliver-outbox', options.outboxPollMs ?? 1000), startJobTimer('render-letters', options.outboxPollMs ?? 1000)];
    if (options.sweepDaily) timers.push(startJobTimer('daily-sweep', 60_000, dailyAtSeven()), startJobTimer('purge-documents', 60_000, dailyAtSeven()));
    return {
      baseUrl,
      dynamoUrl,
      sesUrl,
      cognitoUrl,
      s3Url: s3.url,
      documentsChecked: s3.checked,
      portalUsers,
      server,
      async stop() {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        await new Promise((done) => server.close(done));
        await stopStarted();
      },
    };
  } catch (error) {
    await stopStarted();
    throw error;
  }
}

async function track<S extends RunningService>(started: RunningService[], service: Promise<S>): Promise<S> {
  const running = await service;
  started.push(running);
  return running;
}

/** Locally the outbox is polled; in AWS the same handler runs on a schedule. */
/** Runs a scheduled job's handler on a timer, one run at a time, as the schedule would in AWS. */
function startJobTimer(job: keyof typeof scheduledJobs, intervalMs: number, when: () => boolean = () => true): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(async () => {
    if (running || !when()) return;
    running = true;
    try {
      const { handler } = (await import(resolve(ROOT, scheduledJobs[job].entry))) as { handler: () => Promise<unknown> };
      const result = await handler();
      if (job === 'daily-sweep') console.log(`[local] daily sweep: ${JSON.stringify(result)}`);
    } catch (error) {
      console.error(`[local] ${job}:`, (error as Error).name);
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return timer;
}

/**
 * The daily sweep as EventBridge runs it: once per Amsterdam day, from 07:00.
 * A restarted `npm start` sweeps again that day, which sends nothing twice.
 */
function dailyAtSeven(): () => boolean {
  let lastRun = '';
  return () => {
    const now = new Date();
    const today = amsterdamDate(now);
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(now));
    if (today === lastRun || hour < 7) return false;
    lastRun = today;
    return true;
  };
}
