import type { Person } from './people';
import type { PartyTask, RequestRecord } from './request-record';

/**
 * Who may do what in the portal (covenant art. 7.3 of 003: only the delegates
 * of the parties of that casusoverleg see the case). Every portal use case asks
 * these questions before it reads or writes anything it shows.
 */
export type PortalRole = 'contact' | 'fg';

export interface PortalActor {
  userId: string;
  partyId: string;
  role: PortalRole;
  /** Set when a deputy acts on a task their absent colleague had taken: the audit says on whose behalf. */
  onBehalfOf?: string;
}

export function canView(actor: PortalActor, record: Pick<RequestRecord, 'partyIds'>): boolean {
  return record.partyIds.includes(actor.partyId);
}

export function canAnswer(actor: PortalActor, task: Pick<PartyTask, 'partyId'>): boolean {
  return actor.role === 'contact' && task.partyId === actor.partyId;
}

export function canCoordinate(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>): boolean {
  return actor.role === 'contact' && record.coordinatorPartyId === actor.partyId && canView(actor, record);
}

/** Only contact persons register requests that arrive by letter, e-mail or phone, and only for an overleg their party is in. */
export function canRegister(actor: PortalActor, partyIds: readonly string[]): boolean {
  return actor.role === 'contact' && partyIds.includes(actor.partyId);
}

/** The FG's oversight pages (dashboard, figures, export) are for FGs, and only about their own party. */
export function canOversee(actor: PortalActor): boolean {
  return actor.role === 'fg';
}

/** The coordinator assembles the one decision, so it reads every party's answer; everyone else only their own party's. */
export function canReadAnswerOf(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>, partyId: string): boolean {
  return canCoordinate(actor, record) || (canView(actor, record) && actor.partyId === partyId);
}

/** Who did what and when: for the coordinator, and for the FGs who oversee the request. */
export function canReadAuditTrail(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>): boolean {
  return canCoordinate(actor, record) || (actor.role === 'fg' && canView(actor, record));
}

/**
 * The requester's e-mail address and phone number: only the coordinator
 * contacts the requester (questions, the decision), so only they see them.
 * Every party sees the requester's name and role, which it needs to check
 * who asks about the child.
 */
export function canReadRequesterContact(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>): boolean {
  return canCoordinate(actor, record);
}

/** Who the identity provider says signed in: a party's contact or FG, or a region's beheerder. */
export type SignedIn = { userId: string; role: PortalRole; partyId: string } | { userId: string; role: 'beheer'; regionId: string };

/**
 * Whether our person record lets this session act: it must exist, be active,
 * and say the same party (in its region) or region and role as the identity
 * provider's group. A group added by hand in the identity provider, or an
 * account a beheerder disabled, gets no access, whatever its token says.
 * A beheerder's account is made by the installation's operator in the user
 * pool (docs/operations.md) and may have no record of ours: the group admits
 * them; one with a record must match it.
 */
export function admission(
  signedIn: SignedIn,
  person: Person | undefined,
  regionOfParty: (partyId: string) => string | undefined,
): 'admitted' | 'unknown' | 'disabled' {
  if (!person && signedIn.role === 'beheer') return 'admitted';
  if (!person || person.personId !== signedIn.userId || person.role !== signedIn.role) return 'unknown';
  const sameScope =
    signedIn.role === 'beheer'
      ? person.regionId === signedIn.regionId
      : person.partyId === signedIn.partyId && person.regionId === regionOfParty(signedIn.partyId);
  if (!sameScope) return 'unknown';
  return person.status === 'active' ? 'admitted' : 'disabled';
}
