import { addDays, type IsoDate } from './calendar-date';
import type { Pause } from './deadline';
import type { AcceptedRequest } from './intake';
import { confirmationMail, type Mail, partyTaskMail } from './mails';
import type { Directory } from './region-config';
import type { RequestInput, RequestType } from './request-schema';
import { type RequestStatus, transition } from './request-state';

/** Unconfirmed requests disappear after this many days (their TTL). */
export const UNCONFIRMED_RETENTION_DAYS = 7;

export type Channel = 'formulier' | 'api';

export interface RequestRecord {
  reference: string;
  status: RequestStatus;
  /** Optimistic locking: every update names the version it read. */
  version: number;
  channel: Channel;
  /** The instant it arrived, and the Amsterdam date that counts legally. */
  receivedAt: string;
  receivedOn: IsoDate;
  deadline: IsoDate;
  extended: boolean;
  pauses: Pause[];
  regionId: string;
  casusoverlegId: string;
  variablePartyId: string | null;
  coordinatorPartyId: string;
  partyIds: string[];
  types: RequestType[];
  requester: RequestInput['requester'];
  child: RequestInput['child'];
  details: string;
  confirmedAt: string | null;
}

export type TaskStatus = 'open' | 'answered';

export interface PartyTask {
  reference: string;
  partyId: string;
  coordinator: boolean;
  status: TaskStatus;
  deadline: IsoDate;
  version: number;
  createdAt: string;
}

/** What happened, by whom: never the content of free text. */
export interface AuditEvent {
  reference: string;
  at: string;
  actor: { kind: 'aanvrager' | 'systeem' | 'medewerker'; partyId?: string; userId?: string };
  action: string;
  /** Short, non-personal facts: statuses, party ids, dates. */
  facts?: Record<string, string | number | boolean | string[]>;
}

export function newRequestRecord(accepted: AcceptedRequest, meta: { reference: string; receivedAt: Date; channel: Channel }): RequestRecord {
  const { input, routing } = accepted;
  return {
    reference: meta.reference,
    status: 'awaiting_confirmation',
    version: 1,
    channel: meta.channel,
    receivedAt: meta.receivedAt.toISOString(),
    receivedOn: accepted.receivedOn,
    deadline: accepted.deadline,
    extended: false,
    pauses: [],
    regionId: routing.regionId,
    casusoverlegId: routing.casusoverlegId,
    variablePartyId: routing.variablePartyId,
    coordinatorPartyId: routing.coordinatorPartyId,
    partyIds: routing.parties.map((party) => party.partyId),
    types: input.types,
    requester: input.requester,
    child: input.child,
    details: input.details,
    confirmedAt: null,
  };
}

/** Epoch seconds after which an unconfirmed request is removed. */
export function unconfirmedExpiry(receivedAt: Date): number {
  return Math.floor(receivedAt.getTime() / 1000) + UNCONFIRMED_RETENTION_DAYS * 86_400;
}

export function submissionEffects(record: RequestRecord, links: { confirmUrl: string }, at: Date) {
  return {
    mails: [
      confirmationMail({
        to: record.requester.email,
        reference: record.reference,
        receivedOn: record.receivedOn,
        deadline: record.deadline,
        confirmUrl: links.confirmUrl,
      }),
    ],
    audit: [
      {
        reference: record.reference,
        at: at.toISOString(),
        actor: { kind: 'aanvrager' as const },
        action: 'verzoek-ontvangen',
        facts: { channel: record.channel, receivedOn: record.receivedOn, deadline: record.deadline, types: record.types },
      },
    ],
  };
}

export interface Routed {
  record: RequestRecord;
  tasks: PartyTask[];
  mails: Mail[];
  audit: AuditEvent[];
}

/**
 * Confirmation routes the request: a task and a mail for every party. The
 * deadline stays the one fixed at receipt.
 */
export function confirmAndRoute(
  record: RequestRecord,
  context: { directory: Directory; portalUrl: string; now: Date },
): { ok: true; routed: Routed } | { ok: false; reason: string } {
  const next = transition(record.status, 'confirm');
  if (!next.ok) return next;
  const overleg = context.directory.casusoverleg(record.regionId, record.casusoverlegId);
  if (!overleg) return { ok: false, reason: `casusoverleg ${record.casusoverlegId} is no longer configured` };
  const at = context.now.toISOString();
  const tasks: PartyTask[] = record.partyIds.map((partyId) => ({
    reference: record.reference,
    partyId,
    coordinator: partyId === record.coordinatorPartyId,
    status: 'open',
    deadline: record.deadline,
    version: 1,
    createdAt: at,
  }));
  const mails = tasks.map((task) => {
    const party = context.directory.party(task.partyId);
    if (!party) throw new Error(`party ${task.partyId} is no longer configured`);
    return partyTaskMail({
      to: party.contact,
      reference: record.reference,
      casusoverlegName: overleg.name,
      deadline: record.deadline,
      portalUrl: context.portalUrl,
      coordinator: task.coordinator,
    });
  });
  return {
    ok: true,
    routed: {
      record: { ...record, status: next.status, version: record.version + 1, confirmedAt: at },
      tasks,
      mails,
      audit: [
        { reference: record.reference, at, actor: { kind: 'aanvrager' }, action: 'e-mailadres-bevestigd' },
        {
          reference: record.reference,
          at,
          actor: { kind: 'systeem' },
          action: 'doorgestuurd-naar-partijen',
          facts: { parties: record.partyIds, coordinator: record.coordinatorPartyId },
        },
      ],
    },
  };
}

/** The last day an unconfirmed request can still be confirmed (for the page text). */
export function confirmableUntil(receivedOn: IsoDate): IsoDate {
  return addDays(receivedOn, UNCONFIRMED_RETENTION_DAYS);
}
