import { epochSeconds } from '#core/calendar-date';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Routed, statusTokensOf } from '#core/request-record';
import { keys, PENDING_OUTBOX } from './table-design';
import { hashSecret } from './tokens';
import { queryPartition, sendTransaction, type Table, transact, type TransactItem } from './table';
import { auditPuts, isExpired, type OutboxItem, outboxPuts, requestItem, taskItem, tokenPuts, toOutboxItem } from './table-items';
import type { CreateResult, IntakeRepository, StoredAnswer } from '#application/ports';

const IDEMPOTENCY_SECONDS = 24 * 3600;

/**
 * Creating and routing requests: the form, the API, confirmation and
 * registration. Only those functions carry these writes.
 */
/**
 * A request from the form or the API: one conditional write of the request
 * item, which carries its tokens, confirmation mail and audit event
 * (DeferredEffects) and sits in the pending index until a deliverer writes
 * them out. With an Idempotency-Key, the key is written in the same
 * transaction. Either way a crash leaves the whole request or nothing.
 */
export async function createSubmittedRequest(table: Table, args: Parameters<IntakeRepository['createSubmittedRequest']>[0]): Promise<CreateResult> {
  const { record, effects, now } = args;
  const request = {
    TableName: table.name,
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
      await table.db.send(new PutCommand(request));
      return { outcome: 'created' };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { outcome: 'reference-taken' };
      throw error;
    }
  }
  const idempotency = idempotencyPut(table, args.idempotency, record.reference, now);
  try {
    await sendTransaction(table, [{ Put: request }, idempotency]);
    return { outcome: 'created' };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const [requestReason, idempotencyReason] = error.CancellationReasons ?? [];
    if (idempotencyReason?.Code === 'ConditionalCheckFailed') {
      const answer = await findIdempotentAnswer(table, args.idempotency.keyHash, now);
      if (answer) return { outcome: 'idempotent-replay', answer };
    }
    if (requestReason?.Code === 'ConditionalCheckFailed') return { outcome: 'reference-taken' };
    throw error;
  }
}

/**
 * A request registered by a party (letter, e-mail, phone): routed at once,
 * in one transaction with its tasks, token, mails, audit and, with the
 * form's submission id, the idempotency key.
 */
async function createRegisteredRequest(table: Table, args: Parameters<IntakeRepository['createRegisteredRequest']>[0]): Promise<CreateResult> {
  const { record, now } = args;
  const items: TransactItem[] = [
    ...(args.idempotency ? [idempotencyPut(table, args.idempotency, record.reference, now)] : []),
    { Put: { TableName: table.name, Item: requestItem(record, now), ConditionExpression: 'attribute_not_exists(PK)' } },
    ...tokenPuts(table.name, record.reference, args.tokens),
    ...args.tasks.map((task) => ({
      Put: { TableName: table.name, Item: taskItem(task), ConditionExpression: 'attribute_not_exists(PK)' },
    })),
    ...outboxPuts(table.name, record.reference, args.mails, now),
    ...auditPuts(table.name, args.audit),
  ];
  try {
    await sendTransaction(table, items);
    return { outcome: 'created' };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (args.idempotency && reasons[0]?.Code === 'ConditionalCheckFailed') {
      // The same form posted twice: the first post's transaction holds the key.
      const answer = await findIdempotentAnswer(table, args.idempotency.keyHash, now);
      if (answer) return { outcome: 'idempotent-replay', answer };
    }
    if (reasons.some((reason) => reason.Code === 'ConditionalCheckFailed')) return { outcome: 'reference-taken' };
    // A conflict that outlasted the retries: nothing was stored, the caller may try again.
    throw error;
  }
}

export async function findIdempotentAnswer(table: Table, keyHash: string, now: Date): Promise<StoredAnswer | null> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.idempotency(keyHash), ConsistentRead: true }));
  if (!Item || isExpired(Item, now)) return null;
  return Item.answer as StoredAnswer;
}

/**
 * Confirms and routes in one transaction, guarded by the version read: a
 * second confirmation (a double click, a retried Lambda) changes nothing.
 */
async function saveRouting(table: Table, routed: Routed, readVersion: number, now: Date): Promise<'saved' | 'conflict'> {
  const { record } = routed;
  // What the unconfirmed request wrote (first mail, audit event) now stays with the confirmed request.
  const unconfirmedItems = (await queryPartition(table, record.reference, '')).filter((item) => item.SK !== 'REQUEST' && typeof item.expiresAt === 'number');
  const items: TransactItem[] = [
    ...unconfirmedItems.map((item) => ({
      Update: { TableName: table.name, Key: { PK: item.PK, SK: item.SK }, UpdateExpression: 'REMOVE expiresAt' },
    })),
    {
      Put: {
        TableName: table.name,
        // Confirmed requests no longer expire: no expiresAt.
        Item: requestItem(record, now),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    },
    // The status links (a co-requester's too) outlive confirmation: they no longer expire with the unconfirmed
    // request. The co-requester's link to join still lapses after the 7 days.
    ...statusTokensOf(record).map((token) => ({
      Update: {
        TableName: table.name,
        Key: keys.token(hashSecret(token)),
        UpdateExpression: 'REMOVE expiresAt',
        ConditionExpression: 'attribute_exists(PK)',
      },
    })),
    ...routed.tasks.map((task) => ({
      Put: {
        TableName: table.name,
        Item: taskItem(task),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    })),
    ...outboxPuts(table.name, record.reference, routed.mails, now),
    ...auditPuts(table.name, routed.audit),
  ];
  return transact(table, items);
}

/** A request's mails, delivered or not (the seed script reads its confirmation link from here). */
async function getOutbox(table: Table, reference: string): Promise<OutboxItem[]> {
  return (await queryPartition(table, reference, 'OUTBOX#')).map(toOutboxItem);
}

function idempotencyPut(table: Table, idempotency: { keyHash: string; answer: StoredAnswer }, reference: string, now: Date): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.idempotency(idempotency.keyHash),
        type: 'idempotency',
        reference,
        answer: idempotency.answer,
        expiresAt: epochSeconds(now) + IDEMPOTENCY_SECONDS,
      },
      // An expired key may be reused: DynamoDB deletes by TTL only eventually.
      ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': epochSeconds(now) },
    },
  };
}

/** Everything, for confirmation, registration and the tools; the form and the API take `submissionStore`. */
export function intakeStore(table: Table) {
  return {
    createSubmittedRequest: (args: Parameters<IntakeRepository['createSubmittedRequest']>[0]) => createSubmittedRequest(table, args),
    createRegisteredRequest: (args: Parameters<IntakeRepository['createRegisteredRequest']>[0]) => createRegisteredRequest(table, args),
    findIdempotentAnswer: (keyHash: string, now: Date) => findIdempotentAnswer(table, keyHash, now),
    saveRouting: (routed: Routed, readVersion: number, now: Date) => saveRouting(table, routed, readVersion, now),
    getOutbox: (reference: string) => getOutbox(table, reference),
  };
}

/** What the form and the API write: a submission, and the first answer to an Idempotency-Key; so their bundles carry no routing. */
export function submissionStore(table: Table): Pick<IntakeRepository, 'createSubmittedRequest' | 'findIdempotentAnswer'> {
  return {
    createSubmittedRequest: (args) => createSubmittedRequest(table, args),
    findIdempotentAnswer: (keyHash, now) => findIdempotentAnswer(table, keyHash, now),
  };
}
export type IntakeStore = ReturnType<typeof intakeStore>;
