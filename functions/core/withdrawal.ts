import { addDays, daysBetween, type IsoDate } from './calendar-date';
import type { Directory } from './directory';
import { inRegion, type Mail, requesterNewsMails, withdrawalMail } from './mails';
import { isRequestType, type RequestType } from './request-kinds';
import { type Change, ending } from './request-lifecycle';
import { type AuditEvent, type PartyTask, type RequestRecord, type StatusLinkHolder, UNCONFIRMED_RETENTION_DAYS } from './request-record';
import { transition } from './request-state';

/**
 * The requester withdraws the request, or some of its types, on the status
 * page (AVG art. 12: a request is theirs to stop). The parties stop work on
 * what was withdrawn and hear so by mail; a whole withdrawal closes every
 * open task, stops the reminders (a withdrawn request is not tracked) and
 * starts the retention like closing. _Decision:_ only before the first
 * decision: after it, what was decided stands and the way on is bezwaar.
 */
export type WithdrawalProblem = 'not-now' | 'none-chosen' | 'not-yours';

/** `holder`: whose status link it is. _Decision:_ only the requester withdraws; a co-requester joined their request, and cannot end it for them. */
export function whyNotWithdraw(record: Pick<RequestRecord, 'status' | 'decision'>, holder: StatusLinkHolder['role'] = 'requester'): WithdrawalProblem | null {
  if (holder !== 'requester') return 'not-yours';
  return transition(record.status, 'withdraw').ok && !record.decision ? null : 'not-now';
}

/** The types the requester ticked, kept to the request's own; all of them, or the request's only one, withdraw the whole request. */
export function readWithdrawal(
  record: Pick<RequestRecord, 'status' | 'decision' | 'types'>,
  chosen: readonly string[],
  holder: StatusLinkHolder['role'] = 'requester',
): { ok: true; types: RequestType[]; whole: boolean } | { ok: false; problem: WithdrawalProblem } {
  const refused = whyNotWithdraw(record, holder);
  if (refused) return { ok: false, problem: refused };
  const types = record.types.filter((type) => chosen.some((value) => isRequestType(value) && value === type));
  if (types.length === 0) return { ok: false, problem: 'none-chosen' };
  return { ok: true, types, whole: types.length === record.types.length };
}

export interface WithdrawalContext {
  now: Date;
  today: IsoDate;
  directory: Directory;
  links: { portalUrl: string; statusUrl: string; coStatusUrl?: string };
  retentionDays: number;
}

export function withdraw(
  record: RequestRecord,
  tasks: readonly PartyTask[],
  withdrawal: { types: RequestType[]; whole: boolean },
  context: WithdrawalContext,
): Change {
  const withdrawals = [...(record.withdrawals ?? []), { types: withdrawal.types, on: context.today }];
  const overleg = context.directory.casusoverleg(record.regionId, record.casusoverlegId);
  const mails: Mail[] = [
    ...requesterNewsMails(record, { reference: record.reference, statusUrl: context.links.statusUrl, news: 'ingetrokken' }, context.links.coStatusUrl),
    // Only parties it was routed to: before confirmation nobody knows of it.
    ...(record.status === 'awaiting_confirmation' ? [] : record.partyIds).flatMap((partyId) => {
      const to = context.directory.mailboxes(partyId, 'contact', context.today);
      const values = {
        to,
        reference: record.reference,
        casusoverlegName: overleg?.name ?? record.casusoverlegId,
        portalUrl: context.links.portalUrl,
        ...(withdrawal.whole ? {} : { types: withdrawal.types }),
      };
      return to.length > 0 ? [inRegion(record.regionId, withdrawalMail(values))] : [];
    }),
  ];
  const audit = (action: string, facts: AuditEvent['facts']): AuditEvent[] => [
    { reference: record.reference, at: context.now.toISOString(), actor: { kind: 'aanvrager' }, action, facts },
  ];
  if (!withdrawal.whole) {
    const types = record.types.filter((type) => !withdrawal.types.includes(type));
    return {
      record: { next: { ...record, types, withdrawals, version: record.version + 1 }, readVersion: record.version },
      tasks: [],
      mails,
      audit: audit('deels-ingetrokken', { types: withdrawal.types, remaining: types }),
    };
  }
  // An unconfirmed request was never routed: it goes when it would have gone unconfirmed, not after a closed request's retention.
  const retentionDays =
    record.status === 'awaiting_confirmation'
      ? Math.max(0, daysBetween(context.today, addDays(record.receivedOn, UNCONFIRMED_RETENTION_DAYS)))
      : context.retentionDays;
  const { ended, retainUntil, expireAllAt } = ending({ ...record, withdrawals }, 'withdrawn', { ...context, retentionDays });
  return {
    record: { next: ended, readVersion: record.version },
    tasks: tasks
      .filter((task) => task.status === 'open')
      .map((task) => ({ task: { ...task, status: 'withdrawn' as const, version: task.version + 1 }, readVersion: task.version })),
    mails,
    audit: audit('ingetrokken', { types: withdrawal.types, retainUntil }),
    expireAllAt,
  };
}
