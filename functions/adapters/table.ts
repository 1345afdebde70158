import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, TransactWriteCommand, type QueryCommandInput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
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

/** One transaction; a failed version or existence condition is a conflict, anything else an error. */
export async function transact(table: Table, items: TransactItem[]): Promise<'saved' | 'conflict'> {
  try {
    await table.db.send(new TransactWriteCommand({ TransactItems: items }));
    return 'saved';
  } catch (error) {
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')) {
      return 'conflict';
    }
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
