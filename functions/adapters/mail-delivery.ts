import { senderOf } from '#core/mail-rendering';
import { systemClock } from './clock';
import { deferredEffectsWriter } from './deferred-effects';
import { createSesMailer } from './mailer';
import { OutboxDelivery } from './outbox';
import type { Runtime } from './runtime';

/**
 * The outbox's delivery side: the SES client and the claim-send-mark loop.
 * Only the functions that deliver (the stream consumer, the delivery job, the
 * daily sweep) import this, so the SES client is in their bundles only; the
 * functions that change requests just write outbox items. One per cold start,
 * so the SES client keeps its connection between invocations.
 */
let delivery: { runtime: Runtime; delivery: OutboxDelivery } | undefined;

export function getDelivery(runtime: Runtime): OutboxDelivery {
  if (delivery?.runtime !== runtime)
    delivery = {
      runtime,
      delivery: new OutboxDelivery(runtime.table, createSesMailer(runtime.env), deferredEffectsWriter(runtime.table), systemClock, (regionId) =>
        senderOf(runtime.config.directory.region(regionId)?.about),
      ),
    };
  return delivery.delivery;
}
