import { createSesMailer } from './mailer';
import { OutboxDelivery } from './outbox';
import { DeferredEffectsWriter } from './deferred-effects';
import type { Runtime } from './runtime';

/**
 * The outbox's delivery side: the SES client and the claim-send-mark loop.
 * Only the functions that deliver (the stream consumer, the delivery job, the
 * daily sweep) import this, so the SES client is in their bundles only; the
 * functions that change requests just write outbox items.
 */
const deliveries = new WeakMap<Runtime, OutboxDelivery>();

export function getDelivery(runtime: Runtime): OutboxDelivery {
  let delivery = deliveries.get(runtime);
  if (!delivery) {
    delivery = new OutboxDelivery(
      runtime.db,
      runtime.env.TABLE_NAME,
      createSesMailer(runtime.env),
      new DeferredEffectsWriter(runtime.db, runtime.env.TABLE_NAME),
    );
    deliveries.set(runtime, delivery);
  }
  return delivery;
}
