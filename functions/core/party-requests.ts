import type { IsoDate } from './calendar-date';
import type { FieldError } from './field-errors';
import { REFERENCE_PATTERN } from './reference';
import type { PartyTask, RequestRecord } from './request-record';

/**
 * Alle verzoeken: every request a party is involved in, open or closed,
 * sorted by deadline or by date received (each from an index of its own,
 * never a scan), filtered on the party's own part, paged with a cursor, and
 * found by reference.
 */
export const REQUEST_ORDERS = ['termijn', 'ontvangen'] as const;
export type RequestOrder = (typeof REQUEST_ORDERS)[number];
export const PART_FILTERS = ['alle', 'open', 'beantwoord'] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

export const PAGE_SIZE = 25;

export interface PartyRequestQuery {
  order: RequestOrder;
  show: PartFilter;
  /** Where the previous page ended (opaque, from the store). */
  after?: string;
}

export interface PartyRequestRow {
  task: Pick<PartyTask, 'reference' | 'status' | 'deadline' | 'answerBy' | 'receivedOn' | 'coordinator'>;
  request: Pick<RequestRecord, 'status' | 'types'> | null;
}

export interface PartyRequestPage {
  rows: PartyRequestRow[];
  /** The cursor of the next page; null on the last. */
  next: string | null;
}

const pick = <T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** The list's query string, read leniently: an unknown order or filter falls back to the default, never an error page. */
export function readPartyRequestQuery(params: Record<string, string | undefined>): PartyRequestQuery {
  return {
    order: pick(REQUEST_ORDERS, params.volgorde, 'termijn'),
    show: pick(PART_FILTERS, params.toon, 'open'),
    ...(params.na ? { after: params.na } : {}),
  };
}

/** A reference as someone types it: spaces and case do not matter; anything else is a field error. */
export function readReferenceSearch(
  typed: string,
  messages: { missing: string; invalid: string },
): { ok: true; reference: string } | { ok: false; error: FieldError } {
  const reference = typed.replace(/\s+/g, '').toUpperCase();
  if (!reference) return { ok: false, error: { path: 'kenmerk', message: messages.missing } };
  return REFERENCE_PATTERN.test(reference) ? { ok: true, reference } : { ok: false, error: { path: 'kenmerk', message: messages.invalid } };
}

/** The date a row counts to for its party: the answer-by date while the part is open, else the deadline. */
export function rowDue(row: PartyRequestRow): IsoDate {
  return row.task.status === 'open' ? (row.task.answerBy ?? row.task.deadline) : row.task.deadline;
}
