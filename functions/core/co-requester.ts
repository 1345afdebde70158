import { unconfirmedExpiry, type RequestRecord } from './request-record';
import type { Change } from './request-lifecycle';

/**
 * The parent, guardian or youth who asks together with the requester joins by
 * their own link (rules.md, "Asking together"). Joining changes nothing in the
 * handling: no party is told, no deadline moves; from then on they read the
 * status page by their own link and get every mail the requester gets.
 */
export function whyNotJoin(record: Pick<RequestRecord, 'coRequester' | 'status'>): 'none' | 'joined' | 'ended' | null {
  if (!record.coRequester) return 'none';
  if (record.coRequester.confirmedAt) return 'joined';
  if (record.status === 'withdrawn' || record.status === 'closed') return 'ended';
  return null;
}

export function joinAsCoRequester(record: RequestRecord, now: Date): Change {
  const co = record.coRequester;
  if (!co) throw new Error('no co-requester to join');
  const next: RequestRecord = { ...record, version: record.version + 1, coRequester: { ...co, confirmedAt: now.toISOString() } };
  return {
    record: { next, readVersion: record.version },
    tasks: [],
    mails: [],
    audit: [{ reference: record.reference, at: now.toISOString(), actor: { kind: 'aanvrager' }, action: 'medeaanvrager-bevestigd', facts: { role: co.role } }],
    // Still unconfirmed by the requester: the request, and now this event, lapse with it after the 7 days.
    ...(record.status === 'awaiting_confirmation' ? { expireAllAt: unconfirmedExpiry(new Date(record.receivedAt)) } : {}),
  };
}
