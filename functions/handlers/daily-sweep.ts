import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime, refreshConfiguration, type Runtime } from '#adapters/runtime';
import { sweepStore } from '#adapters/sweep-store';
import { sweep, type SweepDeps } from '#application/sweep';

/** Scheduled every day at 07:00 Europe/Amsterdam. */
export const handler = async () => {
  const report = await sweep(sweepDeps(await refreshConfiguration(getRuntime())));
  return { today: report.today, visited: report.visited, sent: report.sent.length, skipped: report.skipped };
};

/** The sweep's ports: its own store, the outbox that delivers, and the rest from the runtime. */
export function sweepDeps(runtime: Runtime): SweepDeps {
  return { ...runtime, sweeps: sweepStore(runtime.table), outbox: getDelivery(runtime), emulateTtl: runtime.env.EMULATE_TTL === 'true' };
}
