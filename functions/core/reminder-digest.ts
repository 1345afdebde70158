import type { IsoDate } from './calendar-date';
import { digestMail, type FgOverdue, inRegion, type Mail, type ReminderLine } from './mails';
import type { AuditEvent, PartyTask, RequestRecord } from './request-record';
import { type LifecycleContext, scopeOf, whyNot } from './request-lifecycle';
import type { ReminderStep } from './reminder-ladder';

/**
 * One mail per inbox per sweep: everything due for one address on one day
 * goes out as one digest, each step it covers recorded as sent in the same
 * transaction (the sweep's exactly-once claim), so a coordinator with three
 * late parties gets one mail with a line per party, not four.
 */

/** A due step, ready to be recorded and put in its address's digest. */
export interface DueReminder {
  reference: string;
  /** The request's region: the digest is signed in its name. */
  regionId?: string;
  stepId: string;
  /** Empty when the party has no mailbox and no active person: the step is recorded, and the trail says nothing went out. */
  to: string[];
  line: ReminderLine;
  audit: AuditEvent;
}

/** An FG's part of the digest: the overdue tasks of their party, recorded once per party and day. */
export interface FgPart {
  partyId: string;
  regionId?: string;
  to: string[];
  summary: FgOverdue;
}

export interface Digest {
  to: string[];
  reminders: DueReminder[];
  fgParts: FgPart[];
}

/**
 * A DynamoDB transaction holds at most 100 items; a reminder takes two (its
 * mark and its audit event), the mail one: an inbox with more steps than this
 * gets more than one digest that day.
 */
export const MAX_REMINDERS_PER_DIGEST = 45;

/**
 * Whether anyone can still act on a step. The coordinator's "decision needed"
 * reminder goes only while the coordinator can decide or extend; once neither
 * is possible (past the deadline, nothing answered), the escalations name the
 * late parties and this reminder would only add a mail.
 */
export function isActionable(
  step: ReminderStep,
  record: RequestRecord,
  tasks: readonly PartyTask[],
  context: Pick<LifecycleContext, 'directory' | 'today' | 'designatedHolidays'>,
): boolean {
  if (step.kind !== 'coordinator-termijn') return true;
  return scopeOf(record, tasks, context).kind !== 'none' || whyNot.extend(record, context.today) === null;
}

/** The digests of one sweep: per address, its steps (in request order) and its FG parts, split where a transaction would be too large. */
export function digestsByAddress(reminders: readonly DueReminder[], fgParts: readonly FgPart[]): Digest[] {
  // Keyed by the whole set of mailboxes: a party's people share one digest, as they share its work.
  const byAddress = new Map<string, { to: string[]; reminders: DueReminder[]; fgParts: FgPart[] }>();
  const entry = (to: string[]) => {
    const sorted = [...to].sort();
    const key = sorted.join(',');
    const found = byAddress.get(key) ?? { to: sorted, reminders: [], fgParts: [] };
    byAddress.set(key, found);
    return found;
  };
  for (const reminder of reminders) if (reminder.to.length > 0) entry(reminder.to).reminders.push(reminder);
  for (const part of fgParts) if (part.to.length > 0) entry(part.to).fgParts.push(part);
  const digests: Digest[] = [];
  for (const { to, reminders: due, fgParts: parts } of byAddress.values()) {
    for (let start = 0; start === 0 || start < due.length; start += MAX_REMINDERS_PER_DIGEST) {
      digests.push({ to, reminders: due.slice(start, start + MAX_REMINDERS_PER_DIGEST), fgParts: start === 0 ? parts : [] });
    }
  }
  return digests;
}

export function digestMailOf(digest: Digest, today: IsoDate, dashboardUrl: string): Mail {
  const mail = digestMail({
    to: digest.to,
    today,
    lines: digest.reminders.map((reminder) => reminder.line),
    fgOverdue: digest.fgParts.map((part) => part.summary),
    ...(digest.fgParts.length > 0 ? { dashboardUrl } : {}),
  });
  // One address set is one party's, so one region's.
  const regionId = digest.reminders.find((reminder) => reminder.regionId)?.regionId ?? digest.fgParts.find((part) => part.regionId)?.regionId;
  return regionId ? inRegion(regionId, mail) : mail;
}
