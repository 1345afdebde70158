import { randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { inject } from 'vitest';
import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { type LocalSystem, startLocalSystem } from '#infra/local/system';
import { freePort } from '#infra/local/ports';

export interface SentMail {
  to: string[];
  subject: string;
  text: string;
  from: string;
  replyTo: string[];
}

export interface TestApp {
  system: LocalSystem;
  baseUrl: string;
  tableName: string;
  /** Delivers the outbox (as the stream would), then the mails the SES emulator received that match, oldest first. */
  mails(filter: { to?: string; subjectIncludes?: string }): Promise<SentMail[]>;
  /** Makes the pending decision letters, as the render-letters job does every minute in AWS. */
  letters(): Promise<{ made: number; refused: number; ignored: number; failed: number }>;
  /** Every item in this test file's own table (a Scan is fine for a test table). */
  items(): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

/** The real local system (same server, handlers, DynamoDB Local, SES emulator, cognito-local) on a table of its own. */
export async function startTestApp(options: { sesUrl?: string; dynamoUrl?: string } = {}): Promise<TestApp> {
  const tableName = `test-${randomUUID()}`;
  // A configuration change is live within a second in the tests (docs/configuration.md).
  process.env.CONFIG_CACHE_SECONDS ??= '1';
  const sesUrl = options.sesUrl ?? inject('sesUrl');
  const system = await startLocalSystem({
    port: await freePort(),
    dynamoPort: 0,
    sesPort: 0,
    cognitoPort: 0,
    s3Port: 0,
    tableName,
    dynamoUrl: options.dynamoUrl ?? inject('dynamoUrl'),
    sesUrl,
    cognitoUrl: inject('cognitoUrl'),
    portalUsersFile: inject('portalUsersFile'),
    outboxPollMs: 60 * 60 * 1000,
  });
  const db = new DynamoDBClient({ endpoint: system.dynamoUrl, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return {
    system,
    baseUrl: system.baseUrl,
    tableName,
    async mails(filter) {
      // What the table stream does in AWS within a second: deliver what the outbox holds now.
      await getDelivery(await refreshConfiguration(getRuntime())).deliverPending(new Date());
      const store = (await (await fetch(`${sesUrl}/store`)).json()) as {
        emails: Array<{ destination: { to: string[] }; subject: string; body: { text?: string }; from: string; replyTo?: string[] }>;
      };
      return store.emails
        .map((mail) => ({ to: mail.destination.to, subject: mail.subject, text: mail.body.text ?? '', from: mail.from, replyTo: mail.replyTo ?? [] }))
        .filter((mail) => (!filter.to || mail.to.includes(filter.to)) && (!filter.subjectIncludes || mail.subject.includes(filter.subjectIncludes)));
    },
    async letters() {
      const { handler } = await import('#handlers/render-letters');
      return handler();
    },
    async items() {
      const items: Array<Record<string, unknown>> = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
        items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
      return items;
    },
    async stop() {
      db.destroy();
      await system.stop();
    },
  };
}

/** A valid request body, with a unique requester address so parallel test files never read each other's mail. */
export function validRequest(overrides: Record<string, unknown> = {}) {
  return {
    regionId: 'goeree-overflakkee',
    casusoverlegId: 'go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: ['inzage', 'rectificatie'],
    requester: { role: 'ouder', name: 'Marieke de Vries', email: `ouder-${randomUUID().slice(0, 8)}@voorbeeld.nl` },
    child: { name: 'Sem de Vries', dateOfBirth: '2013-05-17' },
    details: 'Ik wil alle verslagen zien. Bij rectificatie: de diagnose ADHD klopt niet.',
    ...overrides,
  };
}

export async function postJson(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}/api/verzoeken`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A request submitted through the API and confirmed from its mail: routed to every party, with its status link. */
export async function routedRequest(app: TestApp, overrides: Record<string, unknown> = {}) {
  const body = validRequest(overrides);
  const { body: answer } = await postJson(app, body);
  const [mail] = await app.mails({ to: body.requester.email });
  await fetch(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
  return {
    body,
    reference: answer.reference as string,
    statusLink: /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0],
    email: body.requester.email,
    deadline: answer.deadline as string,
    receivedOn: answer.receivedOn as string,
  };
}

/** The configuration the functions read now (the cache's copy, refreshed when older than its TTL). */
export async function currentDirectory() {
  return (await refreshConfiguration(getRuntime())).config.directory;
}
