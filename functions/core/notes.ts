import { checkText } from './free-text';
import type { PortalActor } from './portal-access';
import type { RequestRecord } from './request-record';

/**
 * Notes between the coordinator and one party inside the portal, instead of
 * e-mail, where personal data must not go (DOMAIN.md, security rules). A note
 * belongs to the conversation of the coordinator with one party: both sides
 * (their contact persons and FGs) read it, no other party does. A mail says
 * only that there is a new note, with the link.
 */
export interface Note {
  reference: string;
  at: string;
  /** The party that wrote it, and the party the conversation is with (the non-coordinating side). */
  fromPartyId: string;
  withPartyId: string;
  byUserId: string;
  text: string;
}

export const MAX_NOTE_LENGTH = 2000;
/** Keeps a request's notes far below what its partition can comfortably hold and a page can show. */
export const MAX_NOTES = 200;

/** Who reads a note: the coordinating party and the party the conversation is with. */
export function canReadNote(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId'>, note: Pick<Note, 'withPartyId'>): boolean {
  return actor.partyId === record.coordinatorPartyId || actor.partyId === note.withPartyId;
}

/** The parties a contact person may write to: the coordinator to any other routed party, a party only to the coordinator (its own conversation). */
export function noteRecipients(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds' | 'status'>): string[] {
  if (actor.role !== 'contact' || !record.partyIds.includes(actor.partyId) || record.status === 'closed') return [];
  if (actor.partyId === record.coordinatorPartyId) return record.partyIds.filter((partyId) => partyId !== actor.partyId);
  return [actor.partyId];
}

export type NoteInput = { text: string; withPartyId: string };

/** A new note, checked: the text, and a conversation this actor may write in. */
export function readNote(
  actor: PortalActor,
  record: Pick<RequestRecord, 'reference' | 'coordinatorPartyId' | 'partyIds' | 'status'>,
  input: NoteInput,
  context: { now: Date; count: number; messages: { missing: string; tooLong: string; noParty: string; tooMany: string } },
): { ok: true; note: Note } | { ok: false; path: 'text' | 'withPartyId'; message: string } {
  const recipients = noteRecipients(actor, record);
  // A party writes in its own conversation whatever the form says.
  const withPartyId = recipients.length === 1 && actor.partyId !== record.coordinatorPartyId ? actor.partyId : input.withPartyId;
  if (!recipients.includes(withPartyId)) return { ok: false, path: 'withPartyId', message: context.messages.noParty };
  if (context.count >= MAX_NOTES) return { ok: false, path: 'text', message: context.messages.tooMany };
  const checked = checkText(input.text, { max: MAX_NOTE_LENGTH, shape: 'lines', missing: context.messages.missing, tooLong: context.messages.tooLong });
  if (!checked.ok) return { ok: false, path: 'text', message: checked.message };
  return {
    ok: true,
    note: { reference: record.reference, at: context.now.toISOString(), fromPartyId: actor.partyId, withPartyId, byUserId: actor.userId, text: checked.text },
  };
}
