import { parseArgs } from 'node:util';
import { failAndExplain, useRunningLocalSystem } from './cli';

/**
 * `npm run outbox`: the mails that failed every attempt (reference, subject,
 * attempts, last error; no address or text), and `--retry all` or
 * `--retry <reference>` to put them back, due at once. Against the running
 * local system, or with `--aws` against the table named by TABLE_NAME in the
 * region AWS_REGION, with the caller's AWS credentials (docs/operations.md).
 */
const { values } = parseArgs({ options: { retry: { type: 'string' }, aws: { type: 'boolean', default: false } } });
if (values.aws) {
  if (!process.env.TABLE_NAME) {
    console.error('Met --aws: zet TABLE_NAME op de tabel van de stack (output TableName) en AWS_REGION op haar regio.');
    process.exit(2);
  }
  Object.assign(process.env, {
    MAIL_FROM: process.env.MAIL_FROM ?? 'noreply@example.invalid',
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? 'https://example.invalid',
  });
} else {
  useRunningLocalSystem();
}

const { readEnvironment } = await import('#adapters/environment');
const { createDocumentClient } = await import('#adapters/dynamo-client');
const { failedMails, retryFailedMail } = await import('#adapters/outbox');
const env = readEnvironment();
const table = { db: createDocumentClient(env), name: env.TABLE_NAME };
try {
  const failed = await failedMails(table);
  if (failed.length === 0) {
    console.log('Geen mislukte mails.');
    process.exit(0);
  }
  const chosen = values.retry === undefined ? [] : failed.filter((mail) => values.retry === 'all' || mail.reference === values.retry);
  if (values.retry === undefined) {
    console.log(`${failed.length} mislukte mail(s):`);
    for (const mail of failed) console.log(`  ${mail.reference}  ${mail.createdAt}  ${mail.attempts} pogingen  ${mail.lastError.padEnd(24)}  ${mail.subject}`);
    console.log('Opnieuw versturen: npm run outbox -- --retry all   (of --retry <kenmerk>)');
  } else {
    let queued = 0;
    for (const mail of chosen) if ((await retryFailedMail(table, mail.key, new Date())) === 'queued') queued++;
    console.log(`${queued} mail(s) staan weer klaar; de bezorger verstuurt ze bij zijn volgende ronde.`);
  }
} catch (error) {
  failAndExplain(error, 'Outbox');
}
