import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { keys } from './table-design';

/** The one table, as the stores reach it: a document client and the table's name. */
export interface Table {
  db: DynamoDBDocumentClient;
  name: string;
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Every page of a query, with the read units it consumed. */
export async function queryAll(
  table: Table,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<{ items: Array<Record<string, unknown>>; consumedReadUnits: number }> {
  const items: Array<Record<string, unknown>> = [];
  let consumedReadUnits = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.db.send(new QueryCommand({ ...input, TableName: table.name, ExclusiveStartKey: startKey }));
    consumedReadUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { items, consumedReadUnits };
}

const cancelledBy = (error: unknown, code: string) =>
  error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((reason) => reason.Code === code);

/** How often a transaction that DynamoDB cancelled for a concurrent one is tried again. */
export const CONFLICT_RETRIES = 3;

/** Waits before a retry: full jitter on 25, 50, 100 ms, so two writers that collided do not collide again. */
export const conflictBackoff = { wait: (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt)) };

/**
 * Sends a transaction, trying again (with jitter, a bounded number of times)
 * when DynamoDB cancelled it because another transaction touched the same
 * items at the same moment (`TransactionConflict`). Real DynamoDB does that
 * under contention; DynamoDB Local serialises transactions and never does.
 * Retrying is safe: every item carries its own condition, so a retry after
 * the other writer won ends as a failed condition, not as an overwrite.
 * After the last retry the error is thrown on.
 */
export async function sendTransaction(table: Table, items: TransactItem[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await table.db.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!cancelledBy(error, 'TransactionConflict') || cancelledBy(error, 'ConditionalCheckFailed') || attempt >= CONFLICT_RETRIES) throw error;
      await conflictBackoff.wait(attempt);
    }
  }
}

/**
 * One transaction; a failed version or existence condition is a conflict, and
 * so is a concurrent transaction that still collides after the retries (the
 * user is told someone else just changed the request). Anything else is an error.
 */
export async function transact(table: Table, items: TransactItem[]): Promise<'saved' | 'conflict'> {
  try {
    await sendTransaction(table, items);
    return 'saved';
  } catch (error) {
    if (cancelledBy(error, 'ConditionalCheckFailed') || cancelledBy(error, 'TransactionConflict')) return 'conflict';
    throw error;
  }
}

export async function queryPartitionMeasured(table: Table, reference: string): Promise<{ items: Array<Record<string, unknown>>; consumedReadUnits: number }> {
  return queryAll(table, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.request(reference).PK },
    ConsistentRead: true,
    ReturnConsumedCapacity: 'TOTAL',
  });
}

export async function queryPartition(table: Table, reference: string, prefix: string): Promise<Array<Record<string, unknown>>> {
  const pk = keys.request(reference).PK;
  const { items } = await queryAll(table, {
    ...(prefix
      ? { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix } }
      : { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }),
    ConsistentRead: true,
  });
  return items;
}

/** Batch reads of the items under these keys, 100 at a time, until none is left unprocessed. */
export async function batchGet(
  table: Table,
  keyList: Array<Record<string, unknown>>,
  projection?: { expression: string; names: Record<string, string> },
): Promise<Array<Record<string, unknown>>> {
  const found: Array<Record<string, unknown>> = [];
  const only = projection ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names } : {};
  for (let i = 0; i < keyList.length; i += 100) {
    let wanted = keyList.slice(i, i + 100);
    while (wanted.length > 0) {
      const result = await table.db.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: wanted, ...only } } }));
      found.push(...(result.Responses?.[table.name] ?? []));
      wanted = (result.UnprocessedKeys?.[table.name]?.Keys ?? []) as Array<Record<string, unknown>>;
    }
  }
  return found;
}
