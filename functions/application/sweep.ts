import { amsterdamDate, type IsoDate } from '#core/calendar-date';
import { type Digest, digestMailOf, digestsByAddress, type DueReminder, type FgPart, isActionable } from '#core/reminder-digest';
import { dueSteps, nextReminderOn, reminderLine } from '#core/reminder-ladder';
import { logger } from '#logger';
import type { Clock, Configuration, Outbox, SiteLinks, SweepRepository } from './ports';

export interface SweepDeps {
  sweeps: SweepRepository;
  outbox: Outbox;
  clock: Clock;
  config: Pick<Configuration, 'directory' | 'designatedHolidays'>;
  links: SiteLinks;
  /** Locally only: DynamoDB Local never deletes by TTL, so the sweep deletes what TTL would have. */
  emulateTtl: boolean;
}

export interface SweepReport {
  today: IsoDate;
  /** Requests the sparse index said were due. */
  visited: number;
  sent: Array<{ reference: string; step: string; to: string[] }>;
  /** Mails written: one per address (more only for an address with very many steps). */
  digests: number;
  /** Steps another sweep recorded first (two sweeps at once). */
  skipped: number;
  consumedReadUnits: number;
  /** FG parts of today's digests: the overdue tasks of a party (once per party and day). */
  fgSummaries: Array<{ partyId: string; to: string[]; overdue: number }>;
  /** Locally: items deleted because their retention ran out (TTL in AWS). */
  purged: number;
  delivery: { sent: number; retrying: number; failed: number };
}

/**
 * The daily sweep: reads only the requests whose next reminder date has come
 * (a sparse index, never a Scan), collects every due step a person can still
 * act on, sends one digest per address (each step recorded once, with the
 * mail), then moves each request to its next date, and delivers the outbox
 * (so mail that failed yesterday goes out today).
 */
export async function sweep(deps: SweepDeps, now: Date = deps.clock.now()): Promise<SweepReport> {
  const today = amsterdamDate(now);
  const report: SweepReport = {
    today,
    visited: 0,
    sent: [],
    digests: 0,
    skipped: 0,
    consumedReadUnits: 0,
    fgSummaries: [],
    purged: 0,
    delivery: { sent: 0, retrying: 0, failed: 0 },
  };
  const due: DueReminder[] = [];
  const moves: Array<{ reference: string; next: IsoDate | null }> = [];
  const context = { directory: deps.config.directory, designatedHolidays: deps.config.designatedHolidays, today };
  for (let shard = 0; shard < deps.sweeps.shards; shard++) {
    const found = await deps.sweeps.dueForReminders(shard, today);
    report.consumedReadUnits += found.consumedReadUnits;
    for (const reference of found.references) {
      report.visited++;
      const state = await deps.sweeps.reminderState(reference, now);
      if (!state) continue;
      report.consumedReadUnits += state.consumedReadUnits;
      const portalUrl = deps.links.request(reference);
      for (const step of dueSteps(state.record, state.tasks, state.sent, today)) {
        if (!isActionable(step, state.record, state.tasks, context)) continue;
        const { to, line, audit } = reminderLine(state.record, step, { directory: deps.config.directory, portalUrl, now, today });
        due.push({ reference, regionId: state.record.regionId, stepId: step.id, to, line, audit });
      }
      moves.push({ reference, next: nextReminderOn(state.record, today) });
    }
  }
  // Without an address nothing goes out; the step is recorded so the trail says so, once.
  for (const reminder of due.filter((candidate) => candidate.to.length === 0)) {
    if ((await deps.sweeps.recordReminder(reminder.reference, reminder.stepId, [], [reminder.audit], now)) === 'conflict') report.skipped++;
  }
  const fgParts = await overdueFgParts(deps, today);
  const digests = digestsByAddress(due, fgParts);
  for (const digest of digests) await sendDigest(deps, digest, { today, now }, report);
  // Only after the digests: a sweep that stops halfway leaves the requests due, and the next one sends what is left.
  for (const move of moves) await deps.sweeps.setNextReminder(move.reference, move.next);
  if (deps.emulateTtl) report.purged = await deps.sweeps.purgeExpired(now);
  const delivery = await deps.outbox.deliverPending(now, 1000);
  report.delivery = { sent: delivery.sent, retrying: delivery.retrying, failed: delivery.failed };
  logger.info('sweep done', { today, visited: report.visited, sent: report.sent.length, digests: report.digests, skipped: report.skipped });
  return report;
}

/** A digest written with its marks; after a conflict, what another sweep recorded is dropped and the rest tried again. */
async function sendDigest(deps: SweepDeps, first: Digest, at: { today: IsoDate; now: Date }, report: SweepReport): Promise<void> {
  let digest = first;
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (digest.reminders.length === 0 && digest.fgParts.length === 0) return;
    const mail = digestMailOf(digest, at.today, deps.links.fgDashboard());
    if ((await deps.sweeps.recordDigest(digest, mail, at.today, at.now)) === 'saved') {
      report.digests++;
      report.sent.push(...digest.reminders.map((reminder) => ({ reference: reminder.reference, step: reminder.stepId, to: digest.to })));
      report.fgSummaries.push(...digest.fgParts.map((part) => ({ partyId: part.partyId, to: part.to, overdue: part.summary.overdue.length })));
      return;
    }
    const recorded = await deps.sweeps.recordedMarks(digest, at.today);
    report.skipped += recorded.size;
    digest = {
      ...digest,
      reminders: digest.reminders.filter((reminder) => !recorded.has(`${reminder.reference}#${reminder.stepId}`)),
      fgParts: digest.fgParts.filter((part) => !recorded.has(part.partyId)),
    };
  }
  logger.warn('digest not recorded after three tries', { today: at.today, steps: digest.reminders.length });
}

/** Per party with overdue tasks, its FG's part of the digest: counts and references, nothing more. */
async function overdueFgParts(deps: SweepDeps, today: IsoDate): Promise<FgPart[]> {
  const parts: FgPart[] = [];
  for (const party of deps.config.directory.config.regions.flatMap((region) => region.parties)) {
    const overdue = await deps.sweeps.overdueTasks(party.id, today);
    if (overdue.length === 0) continue;
    parts.push({
      partyId: party.id,
      regionId: deps.config.directory.regionOfParty(party.id)?.id,
      to: deps.config.directory.mailboxes(party.id, 'fg', today),
      summary: { partyName: party.name, overdue: overdue.map((task) => ({ reference: task.reference, deadline: task.deadline })) },
    });
  }
  return parts;
}
