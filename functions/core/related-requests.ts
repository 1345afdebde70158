import { canView, type PortalActor } from './portal-access';
import type { RequestRecord } from './request-record';

/**
 * Two parents, one child: requests about the same child in the same overleg
 * are linked in the portal ("gerelateerd verzoek"), never merged or refused;
 * each keeps its own requester and deadline (docs/rules.md, "Related requests").
 */

/**
 * The same child in the same overleg: the name compared without case, accents,
 * apostrophes or extra spaces ("Sanne  de Vries-Öztürk" and "sanne de vries
 * ozturk" are one child), with the date of birth. Null while the overleg is
 * still to be chosen: the link follows the overleg, and is made once it is.
 */
export function sameChildKey(record: Pick<RequestRecord, 'regionId' | 'casusoverlegId' | 'toAssign' | 'child'>): string | null {
  if (record.toAssign) return null;
  return [record.regionId, record.casusoverlegId, normalisedName(record.child.name), record.child.dateOfBirth].join('|');
}

export function normalisedName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "Ma'ryam" and "Maryam" are one name; a hyphen or a dot separates two.
      .replace(/['’]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

export interface RelatedRequest {
  reference: string;
  status: RequestRecord['status'];
  receivedOn: RequestRecord['receivedOn'];
}

type Related = Pick<RequestRecord, 'reference' | 'status' | 'receivedOn' | 'receivedAt' | 'closedAt' | 'partyIds'>;

/**
 * The requests this actor sees linked to `record`: about the same child
 * (the candidates share its sameChildKey), open at the same time as it (one
 * arrived before the other was closed), and routed to the actor's party too:
 * a party never learns of a request that was not routed to it.
 */
export function relatedRequestsFor(actor: PortalActor, record: Related, candidates: readonly Related[]): RelatedRequest[] {
  return candidates
    .filter((other) => other.reference !== record.reference && other.status !== 'awaiting_confirmation')
    .filter((other) => overlapped(record, other) && canView(actor, other))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map(({ reference, status, receivedOn }) => ({ reference, status, receivedOn }));
}

function overlapped(a: Related, b: Related): boolean {
  return (a.closedAt === null || a.closedAt >= b.receivedAt) && (b.closedAt === null || b.closedAt >= a.receivedAt);
}
