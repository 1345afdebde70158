import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Mail } from '#core/mails';
import type { Change } from '#core/request-lifecycle';
import { type AuditEvent, type PartyTask, type RequestRecord, taskId } from '#core/request-record';
import { amsterdamDate } from '#core/calendar-date';
import { nextReminderOn } from '#core/reminder-ladder';
import { involvementKey, keys, PENDING_OUTBOX, partyIndexKey, reminderShard } from './table-design';
import { hashSecret } from './tokens';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The first answer given to an Idempotency-Key, replayed for 24 hours. */
export interface StoredAnswer {
  statusCode: number;
  body: string;
}

export interface OutboxItem {
  /** Where the item lives: a request's partition, or a party's for the FG summary. */
  key: { PK: string; SK: string };
  reference: string;
  id: string;
  mail: Mail;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
}

export type CreateResult = { outcome: 'created' } | { outcome: 'idempotent-replay'; answer: StoredAnswer } | { outcome: 'reference-taken' };

export type TokenPurpose = 'confirm' | 'status';

/**
 * What a submission causes besides the request itself: its tokens, the
 * confirmation mail and the audit event. Submit stores them inside the request
 * item (one write, so a submit is as cheap as DynamoDB allows and can never be
 * half-stored); a deliverer then writes them as items of their own
 * (writeDeferredEffects) before the mail goes out, so the mailed links work.
 */
export interface DeferredEffects {
  /** When they happened: ids and audit keys derive from it, so writing them twice writes the same items. */
  at: string;
  tokens: Array<{ hash: string; purpose: TokenPurpose }>;
  mails: Mail[];
  audit: AuditEvent[];
}
const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * The DynamoDB side of requests. Every write that must land together with
 * another (a request and its first mail, a confirmation and its tasks) is one
 * transaction, so a crash leaves either everything or nothing.
 */
export class RequestStore {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  /** The request a token belongs to, or null for an unknown or expired token. */
  async findReferenceByToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.token(tokenHash), ConsistentRead: true }));
    if (!Item || Item.purpose !== purpose || isExpired(Item, now)) return null;
    return Item.reference as string;
  }

  async getRequest(reference: string, now: Date): Promise<RequestRecord | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.request(reference), ConsistentRead: true }));
    // DynamoDB Local never expires items, and AWS may take days to: an expired item is gone.
    if (!Item || isExpired(Item, now)) return null;
    return toRecord(Item);
  }

  async getTasks(reference: string): Promise<PartyTask[]> {
    const items = await this.queryPartition(reference, 'TASK#');
    return items.map(toTask);
  }

  async getAuditTrail(reference: string): Promise<AuditEvent[]> {
    const items = await this.queryPartition(reference, 'AUDIT#');
    return items.map(({ PK, SK, type, ...event }) => event as unknown as AuditEvent);
  }

  /**
   * Writes a Change from the lifecycle in one transaction. The request and every
   * task are guarded by the version that was read: two people acting at once
   * never overwrite each other; the second gets 'conflict' and sees the new state.
   */
  async saveChange(change: Change, now: Date, options: { expireAllAt?: number } = {}): Promise<'saved' | 'conflict'> {
    const items: TransactItem[] = [];
    if (change.record) {
      const { next, readVersion } = change.record;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: requestItem(next, now),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': readVersion },
        },
      });
    } else if (change.requireStatus) {
      items.push({
        ConditionCheck: {
          TableName: this.tableName,
          Key: keys.request(change.requireStatus.reference),
          ConditionExpression: `#status IN (${change.requireStatus.statuses.map((_, n) => `:s${n}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: Object.fromEntries(change.requireStatus.statuses.map((status, n) => [`:s${n}`, status])),
        },
      });
    }
    for (const { task, readVersion } of change.tasks) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: taskItem(task),
          ...(readVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } }),
        },
      });
    }
    const reference = change.record?.next.reference ?? change.requireStatus?.reference ?? change.tasks[0]?.task.reference;
    if (reference) items.push(...this.outboxPuts(reference, change.mails, now));
    // A step a change sends itself (the last answer tells the coordinator): the sweep will not send it again.
    if (reference)
      for (const stepId of change.reminderSteps ?? [])
        items.push({ Put: { TableName: this.tableName, Item: { ...keys.reminder(reference, stepId), type: 'reminder', stepId, sentAt: now.toISOString() } } });
    items.push(...this.auditPuts(change.audit));
    if (options.expireAllAt && change.record) {
      // What this change writes expires with the rest.
      for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = options.expireAllAt;
      items.push(...(await this.expiryUpdates(change.record.next, options.expireAllAt, items)));
    }
    return this.transact(items);
  }

  /** Open tasks of one party across all requests, most urgent first (GSI1, sparse: answered tasks leave it). */
  async openTasksForParty(partyId: string): Promise<PartyTask[]> {
    const { items } = await this.queryAll({
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :party',
      ExpressionAttributeValues: { ':party': partyIndexKey(partyId) },
    });
    return items.map(toTask);
  }

  /** Every page of a query, with the read units it consumed. */
  protected async queryAll(
    input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  ): Promise<{ items: Array<Record<string, unknown>>; consumedReadUnits: number }> {
    const items: Array<Record<string, unknown>> = [];
    let consumedReadUnits = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: startKey }));
      consumedReadUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { items, consumedReadUnits };
  }

  /** Retention: every item of a closed request, and its tokens, expire together. */
  private async expiryUpdates(record: RequestRecord, expiresAt: number, alreadyWritten: TransactItem[]): Promise<TransactItem[]> {
    const written = new Set(
      alreadyWritten.map((item) => JSON.stringify(item.Put?.Item ? { PK: item.Put.Item.PK as string, SK: item.Put.Item.SK as string } : null)),
    );
    const partition = await this.queryPartition(record.reference, '');
    const keysToExpire = [
      ...partition.filter((item) => item.SK !== 'REQUEST').map((item) => ({ PK: item.PK as string, SK: item.SK as string })),
      keys.token(hashSecret(record.statusToken)),
    ].filter((key) => !written.has(JSON.stringify(key)));
    return keysToExpire.map((key) => ({
      Update: {
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'SET expiresAt = :at',
        ExpressionAttributeValues: { ':at': expiresAt },
      },
    }));
  }

  /** One transaction; a failed version or existence condition is a conflict, anything else an error. */
  protected async transact(items: TransactItem[]): Promise<'saved' | 'conflict'> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return 'saved';
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')) {
        return 'conflict';
      }
      throw error;
    }
  }

  protected async queryPartitionMeasured(reference: string): Promise<{ items: Array<Record<string, unknown>>; consumedReadUnits: number }> {
    return this.queryAll({
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.request(reference).PK },
      ConsistentRead: true,
      ReturnConsumedCapacity: 'TOTAL',
    });
  }

  protected async queryPartition(reference: string, prefix: string): Promise<Array<Record<string, unknown>>> {
    const pk = keys.request(reference).PK;
    const { items } = await this.queryAll({
      ...(prefix
        ? { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix } }
        : { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }),
      ConsistentRead: true,
    });
    return items;
  }

  protected outboxPuts(reference: string, mails: Mail[], now: Date, discriminator = '', partition = keys.request(reference).PK): TransactItem[] {
    const createdAt = now.toISOString();
    return mails.map((mail, n) => {
      const id = `${createdAt}#${String(n).padStart(3, '0')}${discriminator ? `#${discriminator}` : ''}`;
      return {
        Put: {
          TableName: this.tableName,
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

  protected tokenPuts(reference: string, tokens: DeferredEffects['tokens'], expiresAt?: number): TransactItem[] {
    return tokens.map((token) => ({
      Put: {
        TableName: this.tableName,
        Item: { ...keys.token(token.hash), type: 'token', purpose: token.purpose, reference, expiresAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    }));
  }

  protected auditPuts(events: AuditEvent[], tag = ''): TransactItem[] {
    return events.map((event, n) => ({
      Put: {
        TableName: this.tableName,
        Item: { ...keys.audit(event.reference, event.at, n, tag), type: 'audit', ...event },
        // Append-only: an audit event is never overwritten.
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    }));
  }
}

/** The request with its place in the reminder index (sparse: only while reminders can fall due). */
export function requestItem(record: RequestRecord, now: Date): Record<string, unknown> {
  const next = record.status === 'awaiting_confirmation' ? null : nextReminderOn(record, amsterdamDate(now));
  return {
    ...keys.request(record.reference),
    type: 'request',
    ...record,
    ...(next ? { GSI2PK: reminderShard(record.reference), GSI2SK: `${next}#${record.reference}` } : {}),
  };
}

/** Open tasks carry the GSI1 keys; answered ones drop them, so the party index holds only work to do. */
export function taskItem(task: PartyTask): Record<string, unknown> {
  return {
    ...keys.task(task.reference, taskId(task)),
    type: 'task',
    ...task,
    ...(task.status === 'open' ? { GSI1PK: partyIndexKey(task.partyId), GSI1SK: `${task.deadline}#${task.reference}#${taskId(task)}` } : {}),
    // The party's involvement, open or closed, for its FG (answer tasks only: one per party and request).
    ...(task.kind === 'answer' && task.receivedOn ? { GSI4PK: involvementKey(task.partyId), GSI4SK: `${task.receivedOn}#${task.reference}` } : {}),
  };
}

/** The request item without its keys, index keys, TTL and deferred effects: the record the core works with. */
export function toRecord(item: Record<string, unknown>): RequestRecord {
  const { PK, SK, type, expiresAt, GSI2PK, GSI2SK, GSI3PK, GSI3SK, deferredEffects, ...record } = item;
  return record as unknown as RequestRecord;
}

export function toTask(item: Record<string, unknown>): PartyTask {
  const { PK, SK, type, GSI1PK, GSI1SK, GSI4PK, GSI4SK, expiresAt, ...task } = item;
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
    mail: item.mail as Mail,
    status: item.status as OutboxItem['status'],
    attempts: item.attempts as number,
    createdAt: item.createdAt as string,
  };
}
