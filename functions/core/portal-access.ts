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
