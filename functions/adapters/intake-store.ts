import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type TransactWriteCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Mail } from '#core/mails';
import type { AuditEvent, PartyTask, RequestRecord, Routed } from '#core/request-record';
import {
  type CreateResult,
  type DeferredEffects,
  isExpired,
  type OutboxItem,
  RequestStore,
  requestItem,
  type StoredAnswer,
  taskItem,
  toOutboxItem,
} from './request-store';
import type { Runtime } from './runtime';
import { keys, PENDING_OUTBOX } from './table-design';
import { hashSecret } from './tokens';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const IDEMPOTENCY_SECONDS = 24 * 3600;
const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * Creating and routing requests: the form, the API, confirmation and
 * registration. Only those functions carry these writes.
 */
export class IntakeStore extends RequestStore {
  /**
   * A request from the form or the API: one conditional write of the request
   * item, which carries its tokens, confirmation mail and audit event
   * (DeferredEffects) and sits in the pending index until a deliverer writes
   * them out. With an Idempotency-Key, the key is written in the same
   * transaction. Either way a crash leaves the whole request or nothing.
   */
  async createSubmittedRequest(args: {
    record: RequestRecord;
    expiresAt: number;
    effects: DeferredEffects;
    idempotency?: { keyHash: string; answer: StoredAnswer };
    now: Date;
  }): Promise<CreateResult> {
    const { record, effects, now } = args;
    const request = {
      TableName: this.tableName,
      Item: {
        ...requestItem(record, now),
        expiresAt: args.expiresAt,
        deferredEffects: effects,
        GSI3PK: PENDING_OUTBOX,
        GSI3SK: `${effects.at}#${record.reference}#submitted`,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    };
    if (!args.idempotency) {
      try {
        await this.db.send(new PutCommand(request));
        return { outcome: 'created' };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return { outcome: 'reference-taken' };
        throw error;
      }
    }
    const idempotency: TransactItem = {
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
    };
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: [{ Put: request }, idempotency] }));
      return { outcome: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [requestReason, idempotencyReason] = error.CancellationReasons ?? [];
      if (idempotencyReason?.Code === 'ConditionalCheckFailed') {
        const answer = await this.findIdempotentAnswer(args.idempotency.keyHash, now);
        if (answer) return { outcome: 'idempotent-replay', answer };
      }
      if (requestReason?.Code === 'ConditionalCheckFailed') return { outcome: 'reference-taken' };
      throw error;
    }
  }

  /** A request registered by a party (letter, e-mail, phone): routed at once, in one transaction with its tasks, token, mails and audit. */
  async createRegisteredRequest(args: {
    record: RequestRecord;
    tasks: PartyTask[];
    tokens: DeferredEffects['tokens'];
    mails: Mail[];
    audit: AuditEvent[];
    now: Date;
  }): Promise<CreateResult> {
    const { record, now } = args;
    const items: TransactItem[] = [
      { Put: { TableName: this.tableName, Item: requestItem(record, now), ConditionExpression: 'attribute_not_exists(PK)' } },
      ...this.tokenPuts(record.reference, args.tokens),
      ...args.tasks.map((task) => ({
        Put: { TableName: this.tableName, Item: taskItem(task), ConditionExpression: 'attribute_not_exists(PK)' },
      })),
      ...this.outboxPuts(record.reference, args.mails, now),
      ...this.auditPuts(args.audit),
    ];
    return (await this.transact(items)) === 'saved' ? { outcome: 'created' } : { outcome: 'reference-taken' };
  }

  async findIdempotentAnswer(keyHash: string, now: Date): Promise<StoredAnswer | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.idempotency(keyHash), ConsistentRead: true }));
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
