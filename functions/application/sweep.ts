import { amsterdamDate, type IsoDate } from '#core/calendar-date';
import { fgOverdueSummaryMail } from '#core/mails';
import { dueSteps, nextReminderOn, reminderEffects } from '#core/reminder-ladder';
import { logger } from '#logger';
import type { Clock, Configuration, Outbox, SiteLinks, SweepRepository } from './ports';

export interface SweepDeps {
  sweeps: SweepRepository;
  outbox: Outbox;
  clock: Clock;
  config: Pick<Configuration, 'directory'>;
  links: SiteLinks;
  /** Locally only: DynamoDB Local never deletes by TTL, so the sweep deletes what TTL would have. */
  emulateTtl: boolean;
}

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
export async function sweep(deps: SweepDeps, now: Date = deps.clock.now()): Promise<SweepReport> {
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
  for (let shard = 0; shard < deps.sweeps.shards; shard++) {
    const due = await deps.sweeps.dueForReminders(shard, today);
    report.consumedReadUnits += due.consumedReadUnits;
    for (const reference of due.references) {
      report.visited++;
      const state = await deps.sweeps.reminderState(reference, now);
      if (!state) continue;
      report.consumedReadUnits += state.consumedReadUnits;
      const portalUrl = deps.links.request(reference);
      for (const step of dueSteps(state.record, state.tasks, state.sent, today)) {
        const effects = reminderEffects(state.record, step, { directory: deps.config.directory, portalUrl, now });
        const saved = await deps.sweeps.recordReminder(reference, step.id, effects.mail ? [effects.mail] : [], [effects.audit], now);
        if (saved === 'conflict') report.skipped++;
        else if (effects.mail) report.sent.push({ reference, step: step.id, to: effects.mail.to });
      }
      await deps.sweeps.setNextReminder(reference, nextReminderOn(state.record, today));
    }
  }
  report.fgSummaries = await sendFgSummaries(deps, today, now);
  if (deps.emulateTtl) report.purged = await deps.sweeps.purgeExpired(now);
  const delivery = await deps.outbox.deliverPending(now, 1000);
  report.delivery = { sent: delivery.sent, retrying: delivery.retrying, failed: delivery.failed };
  logger.info('sweep done', { today, visited: report.visited, sent: report.sent.length, skipped: report.skipped });
  return report;
}

/** One mail per party with overdue tasks, to its FG: counts and references, nothing more. */
async function sendFgSummaries(deps: SweepDeps, today: IsoDate, now: Date): Promise<SweepReport['fgSummaries']> {
  const sent: SweepReport['fgSummaries'] = [];
  for (const party of deps.config.directory.config.regions.flatMap((region) => region.parties)) {
    const overdue = await deps.sweeps.overdueTasks(party.id, today);
    if (overdue.length === 0) continue;
    const mail = fgOverdueSummaryMail({
      to: party.fg,
      partyName: party.name,
      today,
      overdue: overdue.map((task) => ({ reference: task.reference, deadline: task.deadline })),
      dashboardUrl: deps.links.fgDashboard(),
    });
    if ((await deps.sweeps.recordFgSummary(party.id, today, mail, now)) === 'saved') sent.push({ partyId: party.id, to: party.fg, overdue: overdue.length });
  }
  return sent;
}
