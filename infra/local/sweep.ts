import { parseArgs } from 'node:util';
import { amsterdamDate, isIsoDate } from '#core/calendar-date';
import { failAndExplain, useRunningLocalSystem } from './cli';

/**
 * `npm run sweep -- --today YYYY-MM-DD`: the daily sweep against the running
 * local system (npm start), as if it were that day, printing what it sent.
 * For demonstrations, training and tests of the reminder ladder.
 */
const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ?? amsterdamDate(new Date());
if (!isIsoDate(today)) {
  console.error(`--today needs a date as YYYY-MM-DD, not "${today}"`);
  process.exit(2);
}

useRunningLocalSystem();

const { getRuntime, refreshConfiguration } = await import('#adapters/runtime');
const { sweep } = await import('#application/sweep');
const { sweepDeps } = await import('#handlers/daily-sweep');
const runtime = await refreshConfiguration(getRuntime());
// Midday in Amsterdam on that date: the sweep's "now".
const now = new Date(`${today}T11:00:00Z`);
runtime.clock = { now: () => now };
try {
  const report = await sweep(sweepDeps(runtime), now);
  console.log(`Dagelijkse ronde voor ${report.today}: ${report.visited} verzoek(en) bekeken, ${report.sent.length} herinnering(en) verstuurd.`);
  for (const sent of report.sent) console.log(`  ${sent.reference}  ${sent.step.padEnd(48)}  -> ${sent.to.join(', ')}`);
  for (const summary of report.fgSummaries) console.log(`  FG-overzicht ${summary.partyId}: ${summary.overdue} over de termijn  -> ${summary.to.join(', ')}`);
  if (report.purged > 0) console.log(`  ${report.purged} item(s) gewist: bewaartermijn voorbij.`);
  // The files' own daily job (purge-documents), on the same day: objects of requests past retention.
  const { handler: purgeDocuments } = await import('#handlers/purge-documents');
  const files = await purgeDocuments(undefined, undefined, now);
  if (files.objects > 0) console.log(`  ${files.objects} bestand(en) van ${files.requests} verzoek(en) gewist: bewaartermijn voorbij.`);
  if (report.skipped > 0) console.log(`  ${report.skipped} stap(pen) al verstuurd door een andere ronde.`);
  console.log(`Uitgaande mail: ${report.delivery.sent} verstuurd, ${report.delivery.retrying} later opnieuw, ${report.delivery.failed} mislukt.`);
} catch (error) {
  failAndExplain(error, 'Sweep');
}
