import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedMail } from '#core/mail-rendering';
import { deferredEffectsWriter } from '#adapters/deferred-effects';
import type { Mailer } from '#adapters/mailer';
import { OutboxDelivery } from '#adapters/outbox';
import { getRuntime } from '#adapters/runtime';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * The outbox's claim against DynamoDB Local. The sweep and the seed deliver
 * on a chosen day while the poller (or the table stream) delivers on the real
 * clock; a claim judged by the caller's day would be seen as long expired by
 * a caller whose day lies ahead, and the mail would go out twice.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

/** A mailer that records what it was given, and holds each send until `release` is called. */
function heldMailer(): Mailer & { sent: RenderedMail[]; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const sent: RenderedMail[] = [];
  return {
    sent,
    release: () => release(),
    async send(mail) {
      sent.push(mail);
      await held;
      return `held-${sent.length}`;
    },
  };
}

function recordingMailer(): Mailer & { sent: RenderedMail[] } {
  const sent: RenderedMail[] = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
      return `recorded-${sent.length}`;
    },
  };
}

describe('the outbox claim', () => {
  it('keeps a deliverer whose clock is twenty days ahead (the sweep on a chosen day) off a mail the poller is sending', async () => {
    const body = validRequest();
    await postJson(app, body);
    const { table } = getRuntime();
    const poller = heldMailer();
    const sweep = recordingMailer();
    // The poller claims the confirmation mail on the real clock and is still sending it ...
    const polling = new OutboxDelivery(table, poller, deferredEffectsWriter(table)).deliverPending(new Date());
    await expect.poll(() => poller.sent.filter((mail) => mail.to === body.requester.email).length).toBe(1);
    // ... when the sweep delivers as if it were twenty days later.
    const later = new Date(Date.now() + 20 * 86_400_000);
    const sweepReport = await new OutboxDelivery(table, sweep, deferredEffectsWriter(table)).deliverPending(later);
    poller.release();
    await polling;
    expect(sweep.sent.filter((mail) => mail.to === body.requester.email)).toHaveLength(0);
    expect(sweepReport.skipped).toBeGreaterThanOrEqual(1);
    // Once sent, nobody sends it again, whatever their clock says.
    const after = recordingMailer();
    await new OutboxDelivery(table, after, deferredEffectsWriter(table)).deliverPending(later);
    expect(after.sent.filter((mail) => mail.to === body.requester.email)).toHaveLength(0);
  });

  it('lets a later deliverer take over a claim whose real time has run out (a deliverer that crashed)', async () => {
    const body = validRequest();
    await postJson(app, body);
    const { table } = getRuntime();
    // A deliverer that claims and never finishes: its lease runs on a clock 61 seconds in the past.
    const crashed = heldMailer();
    void new OutboxDelivery(table, crashed, deferredEffectsWriter(table), { now: () => new Date(Date.now() - 61_000) }).deliverPending(new Date());
    await expect.poll(() => crashed.sent.filter((mail) => mail.to === body.requester.email).length).toBe(1);
    const next = recordingMailer();
    await new OutboxDelivery(table, next, deferredEffectsWriter(table)).deliverPending(new Date());
    expect(next.sent.filter((mail) => mail.to === body.requester.email)).toHaveLength(1);
    crashed.release();
  });
});
