import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, type TransactWriteCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Mail } from '../core/mails';
import type { AuditEvent, PartyTask, RequestRecord, Routed } from '../core/request-record';
import { type CreateResult, isExpired, type OutboxItem, RequestStore, requestItem, type StoredAnswer, taskItem, toOutboxItem, type TokenPurpose } from './request-store';
import type { Runtime } from './runtime';
import { keys } from './table-design';
import { hashSecret } from './tokens';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const IDEMPOTENCY_SECONDS = 24 * 3600;
const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * Creating and routing requests: the form, the API, confirmation and
 * registration. Only those functions carry these writes.
 */
export class IntakeStore extends RequestStore {
  async createRequest(args: {
    record: RequestRecord;
    /** Unconfirmed requests expire; a registered (already routed) request does not. */
    expiresAt?: number;
    /** A registered request is routed in the same transaction. */
    tasks?: PartyTask[];
    /** Confirmation and status tokens; they expire with the unconfirmed request. */
    tokens: Array<{ hash: string; purpose: TokenPurpose }>;
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
          Item: { ...requestItem(record, now), expiresAt: args.expiresAt },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...args.tokens.map((token) => ({
        Put: {
          TableName: this.tableName,
          Item: { ...keys.token(token.hash), type: 'token', purpose: token.purpose, reference: record.reference, expiresAt: args.expiresAt },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      })),
      ...(args.tasks ?? []).map((task) => ({
        Put: { TableName: this.tableName, Item: taskItem(task), ConditionExpression: 'attribute_not_exists(PK)' },
      })),
      ...this.outboxPuts(record.reference, args.mails, now),
      ...this.auditPuts(args.audit),
    ];
    // An unconfirmed request disappears whole: its first mail (with the address) and audit event too.
    if (args.expiresAt) for (const item of items) if (item.Put?.Item && !item.Put.Item.expiresAt) item.Put.Item.expiresAt = args.expiresAt;
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

  /**
   * Confirms and routes in one transaction, guarded by the version read: a
   * second confirmation (a double click, a retried Lambda) changes nothing.
   */
  async saveRouting(routed: Routed, readVersion: number, now: Date): Promise<'saved' | 'conflict'> {
    const { record } = routed;
    // What the unconfirmed request wrote (first mail, audit event) now stays with the confirmed request.
    const unconfirmedItems = (await this.queryPartition(record.reference, '')).filter((item) => item.SK !== 'REQUEST' && typeof item.expiresAt === 'number');
    const items: TransactItem[] = [
      ...unconfirmedItems.map((item) => ({
        Update: { TableName: this.tableName, Key: { PK: item.PK, SK: item.SK }, UpdateExpression: 'REMOVE expiresAt' },
      })),
      {
        Put: {
          TableName: this.tableName,
          // Confirmed requests no longer expire: no expiresAt.
          Item: requestItem(record, now),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': readVersion },
        },
      },
      {
        // The status link outlives confirmation: it no longer expires with the unconfirmed request.
        Update: {
          TableName: this.tableName,
          Key: keys.token(hashSecret(record.statusToken)),
          UpdateExpression: 'REMOVE expiresAt',
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
      ...routed.tasks.map((task) => ({
        Put: {
          TableName: this.tableName,
          Item: taskItem(task),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      })),
      ...this.outboxPuts(record.reference, routed.mails, now),
      ...this.auditPuts(routed.audit),
    ];
    return this.transact(items);
  }

  /** A request's mails, delivered or not (the seed script reads its confirmation link from here). */
  async getOutbox(reference: string): Promise<OutboxItem[]> {
    return (await this.queryPartition(reference, 'OUTBOX#')).map(toOutboxItem);
  }

}

const stores = new WeakMap<Runtime, IntakeStore>();
export function getIntakeStore(runtime: Runtime): IntakeStore {
  let store = stores.get(runtime);
  if (!store) stores.set(runtime, (store = new IntakeStore(runtime.db, runtime.env.TABLE_NAME)));
  return store;
}
