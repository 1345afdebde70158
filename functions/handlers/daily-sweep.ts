import { getRuntime } from '#adapters/runtime';
import { sweep } from '#application/sweep';

/** Scheduled every day at 07:00 Europe/Amsterdam. */
export const handler = async () => {
  const report = await sweep(getRuntime());
  return { today: report.today, visited: report.visited, sent: report.sent.length, skipped: report.skipped };
};
