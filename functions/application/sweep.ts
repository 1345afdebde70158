import { amsterdamDate, type IsoDate } from '#core/calendar-date';
import { fgOverdueSummaryMail } from '#core/mails';
import { dueSteps, nextReminderOn, reminderEffects } from '#core/reminder-ladder';
import { logger } from '#adapters/logger';
import { getDelivery } from '#adapters/mail-delivery';
import { getSweepStore } from '#adapters/sweep-store';
import type { Runtime } from '#adapters/runtime';
import { REMINDER_SHARDS } from '#adapters/table-design';

export interface SweepReport {
  today: IsoDate;
  /** Requests the sparse index said were due. */
  visited: number;
  sent: Array<{ reference: string; step: string; to: string }>;
  /** Steps another sweep recorded first (two sweeps at once). */
  skipped: number;
  consumedReadUnits: number;
  /** FGs who got today's summary of overdue tasks (once per party and day). */
  fgSummaries: Array<{ partyId: string; to: string; overdue: number }>;
  /** Locally: items deleted because their retention ran out (TTL in AWS). */
  purged: number;
  delivery: { sent: number; retrying: number; failed: number };
}

/**
 * The daily sweep: reads only the requests whose next reminder date has come
 * (a sparse index, never a Scan), sends each due step once, moves each request
 * to its next date, and delivers the outbox (so mail that failed yesterday goes
 * out today).
 */
export async function sweep(runtime: Runtime, now: Date = runtime.clock.now()): Promise<SweepReport> {
  const today = amsterdamDate(now);
  const report: SweepReport = {
    today,
    visited: 0,
    sent: [],
    skipped: 0,
    consumedReadUnits: 0,
    fgSummaries: [],
    purged: 0,
    delivery: { sent: 0, retrying: 0, failed: 0 },
  };
  for (let shard = 0; shard < REMINDER_SHARDS; shard++) {
    const due = await getSweepStore(runtime).dueForReminders(shard, today);
    report.consumedReadUnits += due.consumedReadUnits;
    for (const reference of due.references) {
      report.visited++;
      const state = await getSweepStore(runtime).reminderState(reference, now);
      if (!state) continue;
      report.consumedReadUnits += state.consumedReadUnits;
      const portalUrl = `${runtime.env.PUBLIC_BASE_URL}/portaal/verzoeken/${reference}`;
      for (const step of dueSteps(state.record, state.tasks, state.sent, today)) {
        const effects = reminderEffects(state.record, step, { directory: runtime.directory, portalUrl, now });
        const saved = await getSweepStore(runtime).recordReminder(reference, step.id, effects.mail ? [effects.mail] : [], [effects.audit], now);
        if (saved === 'conflict') report.skipped++;
        else if (effects.mail) report.sent.push({ reference, step: step.id, to: effects.mail.to });
      }
      await getSweepStore(runtime).setNextReminder(reference, nextReminderOn(state.record, today));
    }
  }
  report.fgSummaries = await sendFgSummaries(runtime, today, now);
  if (runtime.env.EMULATE_TTL === 'true') report.purged = await getSweepStore(runtime).purgeExpired(now);
  const delivery = await getDelivery(runtime).deliverPending(now, 1000);
  report.delivery = { sent: delivery.sent, retrying: delivery.retrying, failed: delivery.failed };
  logger.info('sweep done', { today, visited: report.visited, sent: report.sent.length, skipped: report.skipped });
  return report;
}

/** One mail per party with overdue tasks, to its FG: counts and references, nothing more. */
async function sendFgSummaries(runtime: Runtime, today: IsoDate, now: Date): Promise<SweepReport['fgSummaries']> {
  const sent: SweepReport['fgSummaries'] = [];
  for (const party of runtime.directory.config.regions.flatMap((region) => region.parties)) {
    const overdue = await getSweepStore(runtime).overdueTasks(party.id, today);
    if (overdue.length === 0) continue;
    const mail = fgOverdueSummaryMail({
      to: party.fg,
      partyName: party.name,
      today,
      overdue: overdue.map((task) => ({ reference: task.reference, deadline: task.deadline })),
      dashboardUrl: `${runtime.env.PUBLIC_BASE_URL}/portaal/fg`,
    });
    if ((await getSweepStore(runtime).recordFgSummary(party.id, today, mail, now)) === 'saved')
      sent.push({ partyId: party.id, to: party.fg, overdue: overdue.length });
  }
  return sent;
}
