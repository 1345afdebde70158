import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { logger } from '#logger';

/** Scheduled: sends every outbox mail whose earlier delivery failed. */
export const handler = async () => {
  const runtime = await refreshConfiguration(getRuntime());
  const report = await getDelivery(runtime).deliverPending(runtime.clock.now());
  if (report.sent + report.retrying + report.failed > 0) logger.info('outbox delivered', { ...report });
  return report;
};
