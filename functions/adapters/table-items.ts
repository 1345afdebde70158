import type { DeferredEffects } from '#application/ports';
import type { RenderedMail } from '#core/mail-rendering';
import type { Mail } from '#core/mails';
import type { DocumentRecord } from '#core/documents';
import { type AuditEvent, type PartyTask, type RequestRecord, taskId } from '#core/request-record';
import { amsterdamDate, epochSeconds } from '#core/calendar-date';
import { nextReminderOn } from '#core/reminder-ladder';
import { COORDINATED_STATUSES } from '#core/my-work';
import { sameChildKey } from '#core/related-requests';
import {
  deadlineKey,
  DOCUMENT_LIST_GRACE_SECONDS,
  involvementKey,
  keys,
  PENDING_LETTERS,
  PENDING_OUTBOX,
  partyIndexKey,
  reminderShard,
  sameChildIndexKey,
} from './table-design';
import type { TransactItem } from './table';

/**
 * Records and items: how the core's records are laid out in the table (see
 * table-design.ts), as pure functions from one to the other.
 */

export interface OutboxItem {
  /** Where the item lives: a request's partition, or a party's for the FG summary. */
  key: { PK: string; SK: string };
  reference: string;
  id: string;
  /** What to say; an item queued before mails were rendered at delivery holds its words instead. */
  mail: Mail | RenderedMail;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
}

export function outboxPuts(
  tableName: string,
  reference: string,
  mails: Mail[],
  now: Date,
  discriminator = '',
  partition = keys.request(reference).PK,
): TransactItem[] {
  const createdAt = now.toISOString();
  return mails.map((mail, n) => {
    const id = `${createdAt}#${String(n).padStart(3, '0')}${discriminator ? `#${discriminator}` : ''}`;
    return {
      Put: {
        TableName: tableName,
        Item: {
          PK: partition,
          SK: `OUTBOX#${id}`,
          type: 'outbox',
          reference,
          id,
          mail,
          status: 'pending',
          attempts: 0,
          createdAt,
          GSI3PK: PENDING_OUTBOX,
          GSI3SK: `${createdAt}#${reference}#${n}${discriminator}`,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  });
}

export function tokenPuts(tableName: string, reference: string, tokens: DeferredEffects['tokens'], expiresAt?: number): TransactItem[] {
  return tokens.map((token) => ({
    Put: {
      TableName: tableName,
      Item: { ...keys.token(token.hash), type: 'token', purpose: token.purpose, reference, expiresAt },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
}

export function auditPuts(tableName: string, events: AuditEvent[], tag = ''): TransactItem[] {
  return events.map((event, n) => ({
    Put: {
      TableName: tableName,
      Item: { ...keys.audit(event.reference, event.at, n, tag), type: 'audit', ...event },
      // Append-only: an audit event is never overwritten.
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
}

/**
 * The request with its place in the reminder index (sparse: only while
 * reminders can fall due), and in its coordinator's Mijn taken while it waits
 * for the coordinator (core/my-work.ts), sorted with the tasks by deadline.
 */
export function requestItem(record: RequestRecord, now: Date): Record<string, unknown> {
  const next = record.status === 'awaiting_confirmation' ? null : nextReminderOn(record, amsterdamDate(now));
  const coordinated = COORDINATED_STATUSES.includes(record.status);
  const child = sameChildKey(record);
  return {
    ...keys.request(record.reference),
    type: 'request',
    ...record,
    ...(next ? { GSI2PK: reminderShard(record.reference), GSI2SK: `${next}#${record.reference}` } : {}),
    ...(coordinated ? { GSI1PK: partyIndexKey(record.coordinatorPartyId), GSI1SK: `${record.deadline}#${record.reference}#~coordination` } : {}),
    ...(child ? { GSI5PK: sameChildIndexKey(child), GSI5SK: `${record.receivedAt}#${record.reference}` } : {}),
  };
}

/** Open tasks carry the GSI1 keys; answered ones drop them, so the party index holds only work to do. */
/** `expiresAt`: the closed request's expiry; the object list outlives it, as at closing (expiryUpdates). */
export function documentItem(document: DocumentRecord, expiresAt?: number): Record<string, unknown> {
  // A letter still to be made sits in the pending index, where the render-letters job finds it.
  const pending = document.owner.kind === 'letter' && document.status === 'checking';
  return {
    ...keys.document(document.reference, document.id),
    type: 'document',
    ...document,
    ...(pending ? { GSI3PK: PENDING_LETTERS, GSI3SK: `${document.createdAt}#${document.reference}#${document.id}` } : {}),
    ...(expiresAt === undefined ? {} : { expiresAt: expiresAt + DOCUMENT_LIST_GRACE_SECONDS }),
  };
}

export function toDocument(item: Record<string, unknown>): DocumentRecord {
  const { PK, SK, type, expiresAt, GSI3PK, GSI3SK, ...document } = item;
  return document as unknown as DocumentRecord;
}

export function taskItem(task: PartyTask): Record<string, unknown> {
  return {
    ...keys.task(task.reference, taskId(task)),
    type: 'task',
    ...task,
    ...(task.status === 'open' ? { GSI1PK: partyIndexKey(task.partyId), GSI1SK: `${task.deadline}#${task.reference}#${taskId(task)}` } : {}),
    // The party's involvement, open or closed, for its FG and Alle verzoeken (answer tasks only: one per party and request).
    ...(task.kind === 'answer' && task.receivedOn ? { GSI4PK: involvementKey(task.partyId), GSI4SK: `${task.receivedOn}#${task.reference}` } : {}),
    ...(task.kind === 'answer' ? { GSI2PK: deadlineKey(task.partyId), GSI2SK: `${task.deadline}#${task.reference}` } : {}),
  };
}

/** The request item without its keys, index keys, TTL and deferred effects: the record the core works with. */
export function toRecord(item: Record<string, unknown>): RequestRecord {
  const { PK, SK, type, expiresAt, GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI3PK, GSI3SK, GSI5PK, GSI5SK, deferredEffects, ...record } = item;
  return record as unknown as RequestRecord;
}

export function toTask(item: Record<string, unknown>): PartyTask {
  const { PK, SK, type, GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI4PK, GSI4SK, expiresAt, ...task } = item;
  return task as unknown as PartyTask;
}

export function isExpired(item: Record<string, unknown>, now: Date): boolean {
  return typeof item.expiresAt === 'number' && item.expiresAt <= epochSeconds(now);
}

export function toOutboxItem(item: Record<string, unknown>): OutboxItem {
  return {
    key: { PK: item.PK as string, SK: item.SK as string },
    reference: item.reference as string,
    id: item.id as string,
    mail: item.mail as Mail | RenderedMail,
    status: item.status as OutboxItem['status'],
    attempts: item.attempts as number,
    createdAt: item.createdAt as string,
  };
}
