import { addDays, amsterdamDate, epochSeconds, type IsoDate } from './calendar-date';
import type { Directory } from './directory';
import type { DocumentOwner } from './documents';

/**
 * Per-party retention. The covenant keeps a closed request one year; a party
 * whose Archiefwet selection list asks for longer (`retentionDays` in the
 * configuration) keeps its own part that long: its task with its answer, its
 * files, and the decision as sent (the letter). Everything else of the request
 * goes after the covenant's year (docs/documents.md, Retention).
 */
export interface RetainedPart {
  partyId: string;
  /** The last day it is kept (Amsterdam). */
  until: IsoDate;
  /** The instant its items expire (DynamoDB TTL, epoch seconds). */
  expiresAt: number;
}

/** The parties of the request that keep their part longer than the covenant's `retentionDays`, from the closing instant. */
export function retainedParts(partyIds: readonly string[], directory: Directory, closedAt: Date, retentionDays: number): RetainedPart[] {
  return partyIds.flatMap((partyId) => {
    const days = directory.party(partyId)?.retentionDays;
    if (!days || days <= retentionDays) return [];
    return [{ partyId, until: addDays(amsterdamDate(closedAt), days), expiresAt: epochSeconds(closedAt) + days * 86_400 }];
  });
}

/** What of the request a longer-kept part holds on to: its own task and files, and the letters (the decision as sent). */
export function keptBy(item: { task: { partyId: string } } | { document: { owner: DocumentOwner } }, parts: readonly RetainedPart[]): RetainedPart | null {
  if ('task' in item) return parts.find((part) => part.partyId === item.task.partyId) ?? null;
  const owner = item.document.owner;
  if (owner.kind === 'party') return parts.find((part) => part.partyId === owner.partyId) ?? null;
  if (owner.kind === 'letter')
    return parts.reduce<RetainedPart | null>((longest, part) => (!longest || part.expiresAt > longest.expiresAt ? part : longest), null);
  return null;
}

/** On a purge day: the files whose retention has passed (a file kept longer waits for its own day), and the next such day, if any. */
export function filesDue(documents: ReadonlyArray<{ id: string; retainUntil?: IsoDate }>, today: IsoDate): { due: string[]; nextDue: IsoDate | null } {
  const kept = (document: { retainUntil?: IsoDate }) => Boolean(document.retainUntil && document.retainUntil > today);
  const later = documents.flatMap((document) => (kept(document) ? [document.retainUntil!] : [])).sort();
  return { due: documents.filter((document) => !kept(document)).map((document) => document.id), nextDue: later[0] ?? null };
}
