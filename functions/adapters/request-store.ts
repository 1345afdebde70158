import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Mail } from '../core/mails';
import type { AuditEvent, PartyTask, RequestRecord, Routed } from '../core/request-record';
import { keys, PENDING_OUTBOX, partyIndexKey } from './table-design';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The first answer given to an Idempotency-Key, replayed for 24 hours. */
export interface StoredAnswer {
  statusCode: number;
  body: string;
}

export interface OutboxItem {
  reference: string;
  id: string;
  mail: Mail;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
}

export type CreateResult =
  | { outcome: 'created' }
  | { outcome: 'idempotent-replay'; answer: StoredAnswer }
  | { outcome: 'reference-taken' };

const IDEMPOTENCY_SECONDS = 24 * 3600;
const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * The DynamoDB side of requests. Every write that must land together with
 * another (a request and its first mail, a confirmation and its tasks) is one
 * transaction, so a crash leaves either everything or nothing.
 */
export class RequestStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createRequest(args: {
    record: RequestRecord;
    expiresAt: number;
    confirmTokenHash: string;
    mails: Mail[];
    audit: AuditEvent[];
    idempotency?: { keyHash: string; answer: StoredAnswer };
    now: Date;
  }): Promise<CreateResult> {
    const { record, now } = args;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.request(record.reference), type: 'request', ...record, expiresAt: args.expiresAt },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.token(args.confirmTokenHash), type: 'token', purpose: 'confirm', reference: record.reference, expiresAt: args.expiresAt },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...this.outboxPuts(record.reference, args.mails, now),
      ...this.auditPuts(args.audit),
    ];
    if (args.idempotency) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.idempotency(args.idempotency.keyHash),
            type: 'idempotency',
            reference: record.reference,
            answer: args.idempotency.answer,
            expiresAt: epochSeconds(now) + IDEMPOTENCY_SECONDS,
          },
          // An expired key may be reused: DynamoDB deletes by TTL only eventually.
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': epochSeconds(now) },
        },
      });
    }
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return { outcome: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const idempotencyIndex = args.idempotency ? items.length - 1 : -1;
      if (idempotencyIndex >= 0 && reasons[idempotencyIndex]?.Code === 'ConditionalCheckFailed') {
        const answer = await this.findIdempotentAnswer(args.idempotency!.keyHash, now);
        if (answer) return { outcome: 'idempotent-replay', answer };
      }
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return { outcome: 'reference-taken' };
      throw error;
    }
  }

  async findIdempotentAnswer(keyHash: string, now: Date): Promise<StoredAnswer | null> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.idempotency(keyHash), ConsistentRead: true }),
    );
    if (!Item || isExpired(Item, now)) return null;
    return Item.answer as StoredAnswer;
  }

  /** The request a token belongs to, or null for an unknown or expired token. */
  async findReferenceByToken(tokenHash: string, purpose: 'confirm', now: Date): Promise<string | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.token(tokenHash), ConsistentRead: true }));
    if (!Item || Item.purpose !== purpose || isExpired(Item, now)) return null;
    return Item.reference as string;
  }

  async getRequest(reference: string, now: Date): Promise<RequestRecord | null> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.request(reference), ConsistentRead: true }),
    );
    // DynamoDB Local never expires items, and AWS may take days to: an expired item is gone.
    if (!Item || isExpired(Item, now)) return null;
    const { PK, SK, type, expiresAt, ...record } = Item;
    return record as RequestRecord;
  }

  async getTasks(reference: string): Promise<PartyTask[]> {
    const items = await this.queryPartition(reference, 'TASK#');
    return items.map(({ PK, SK, type, GSI1PK, GSI1SK, ...task }) => task as unknown as PartyTask);
  }

  async getAuditTrail(reference: string): Promise<AuditEvent[]> {
    const items = await this.queryPartition(reference, 'AUDIT#');
    return items.map(({ PK, SK, type, ...event }) => event as unknown as AuditEvent);
  }

  /**
   * Confirms and routes in one transaction, guarded by the version read: a
   * second confirmation (a double click, a retried Lambda) changes nothing.
   */
  async saveRouting(routed: Routed, readVersion: number, now: Date): Promise<'saved' | 'conflict'> {
    const { record } = routed;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          // Confirmed requests no longer expire: no expiresAt.
          Item: { ...keys.request(record.reference), type: 'request', ...record },
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': readVersion },
        },
      },
      ...routed.tasks.map((task) => ({
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.task(task.reference, task.partyId),
            type: 'task',
            ...task,
            GSI1PK: partyIndexKey(task.partyId),
            GSI1SK: `${task.deadline}#${task.reference}`,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      })),
      ...this.outboxPuts(record.reference, routed.mails, now),
      ...this.auditPuts(routed.audit),
    ];
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

  async getOutbox(reference: string): Promise<OutboxItem[]> {
    const items = await this.queryPartition(reference, 'OUTBOX#');
    return items.map(toOutboxItem);
  }

  /** Undelivered mails across all requests, oldest first (sparse index: costs what is pending). */
  async pendingOutbox(limit: number): Promise<OutboxItem[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pending',
        ExpressionAttributeValues: { ':pending': PENDING_OUTBOX },
        Limit: limit,
      }),
    );
    return Items.map(toOutboxItem);
  }

  private async queryPartition(reference: string, prefix: string): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.request(reference).PK, ':prefix': prefix },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  private outboxPuts(reference: string, mails: Mail[], now: Date): TransactItem[] {
    const createdAt = now.toISOString();
    return mails.map((mail, n) => {
      const id = `${createdAt}#${String(n).padStart(3, '0')}`;
      return {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.outbox(reference, id),
            type: 'outbox',
            reference,
            id,
            mail,
            status: 'pending',
            attempts: 0,
            createdAt,
            GSI3PK: PENDING_OUTBOX,
            GSI3SK: `${createdAt}#${reference}#${n}`,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      };
    });
  }

  private auditPuts(events: AuditEvent[]): TransactItem[] {
    return events.map((event, n) => ({
      Put: {
        TableName: this.tableName,
        Item: { ...keys.audit(event.reference, event.at, n), type: 'audit', ...event },
        // Append-only: an audit event is never overwritten.
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    }));
  }
}

function isExpired(item: Record<string, unknown>, now: Date): boolean {
  return typeof item.expiresAt === 'number' && item.expiresAt <= epochSeconds(now);
}

function toOutboxItem(item: Record<string, unknown>): OutboxItem {
  return {
    reference: item.reference as string,
    id: item.id as string,
    mail: item.mail as Mail,
    status: item.status as OutboxItem['status'],
    attempts: item.attempts as number,
    createdAt: item.createdAt as string,
  };
}
