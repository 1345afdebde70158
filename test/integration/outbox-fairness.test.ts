import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferredEffectsWriter } from '#adapters/deferred-effects';
import { getDelivery } from '#adapters/mail-delivery';
import type { Mailer } from '#adapters/mailer';
import { FAILED_OUTBOX, failedMails, OutboxDelivery, retryFailedMail } from '#adapters/outbox';
import { getRuntime } from '#adapters/runtime';
import { PENDING_OUTBOX } from '#adapters/table-design';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * A backlog of mails waiting out their back-off (SES was down for a while)
 * must never stand in front of a new mail: the poller finds mails by when they
 * are due, not by when they were written.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => app?.stop());

/**
 * `count` outbox mails written an hour ago (as the stores write them), then
 * one delivery attempt while SES fails, through the real delivery code: each
 * now waits out its back-off.
 */
async function backlog(count: number) {
  const { table } = getRuntime();
  const createdAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const items = Array.from({ length: count }, (_, n) => {
    const id = `${createdAt}#${String(n).padStart(4, '0')}#backlog`;
    return {
      PK: `REQ#AVG-BACK-${String(n).padStart(4, '0')}`,
      SK: `OUTBOX#${id}`,
      type: 'outbox',
      reference: `AVG-BACK-${String(n).padStart(4, '0')}`,
      id,
      mail: { to: `wacht-${n}@voorbeeld.nl`, subject: 'Wacht', text: 'Wacht.' },
      status: 'pending',
      attempts: 0,
      createdAt,
      GSI3PK: PENDING_OUTBOX,
      GSI3SK: `${createdAt}#AVG-BACK-${String(n).padStart(4, '0')}#0backlog`,
    };
  });
  for (let i = 0; i < items.length; i += 25) {
    await table.db.send(new BatchWriteCommand({ RequestItems: { [table.name]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  const sesDown: Mailer = { send: () => Promise.reject(Object.assign(new Error('SES down'), { name: 'ServiceUnavailable' })) };
  const failed = await new OutboxDelivery(table, sesDown, deferredEffectsWriter(table)).deliverPending(new Date(), count);
  expect(failed.retrying).toBe(count);
}

describe('fair delivery', () => {
  it('delivers a new confirmation mail in the first poller cycle although 1,000 older mails wait out their back-off', async () => {
    await backlog(1000);
    const body = validRequest();
    await postJson(app, body);
    // One cycle of the poller (it reads up to 100 due items a cycle).
    const report = await getDelivery(getRuntime()).deliverPending(new Date());
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const store = (await (await fetch(`${app.system.sesUrl}/store`)).json()) as { emails: Array<{ destination: { to: string[] } }> };
    expect(store.emails.filter((mail) => mail.destination.to.includes(body.requester.email))).toHaveLength(1);
    // Nothing of the backlog was tried before its time.
    expect(store.emails.filter((mail) => mail.destination.to.some((to) => to.startsWith('wacht-')))).toHaveLength(0);
  });

  it('lists a mail that failed every attempt without its address, and puts it back so the next cycle sends it', async () => {
    const { table } = getRuntime();
    const to = `mislukt-${Date.now()}@voorbeeld.nl`;
    const id = `${new Date().toISOString()}#000#failed`;
    await table.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [table.name]: [
            {
              PutRequest: {
                Item: {
                  PK: 'REQ#AVG-FAIL-0001',
                  SK: `OUTBOX#${id}`,
                  type: 'outbox',
                  reference: 'AVG-FAIL-0001',
                  id,
                  mail: { to, subject: 'Nieuw privacyverzoek AVG-FAIL-0001', text: 'Tekst.' },
                  status: 'failed',
                  attempts: 12,
                  lastError: 'MessageRejected',
                  createdAt: new Date().toISOString(),
                  GSI3PK: FAILED_OUTBOX,
                  GSI3SK: `${new Date().toISOString()}#${id}`,
                },
              },
            },
          ],
        },
      }),
    );
    const failed = (await failedMails(table)).filter((mail) => mail.reference === 'AVG-FAIL-0001');
    expect(failed).toEqual([
      expect.objectContaining({ reference: 'AVG-FAIL-0001', subject: 'Nieuw privacyverzoek AVG-FAIL-0001', attempts: 12, lastError: 'MessageRejected' }),
    ]);
    expect(JSON.stringify(failed)).not.toContain(to);
    expect(await retryFailedMail(table, failed[0]!.key, new Date())).toBe('queued');
    expect(await retryFailedMail(table, failed[0]!.key, new Date())).toBe('not-failed');
    await getDelivery(getRuntime()).deliverPending(new Date());
    const store = (await (await fetch(`${app.system.sesUrl}/store`)).json()) as { emails: Array<{ destination: { to: string[] } }> };
    expect(store.emails.filter((mail) => mail.destination.to.includes(to))).toHaveLength(1);
    expect((await failedMails(table)).filter((mail) => mail.reference === 'AVG-FAIL-0001')).toHaveLength(0);
  });
});
