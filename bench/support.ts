import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readEnvironment } from '#adapters/environment';
import { createRuntime, type Runtime } from '#adapters/runtime';
import { startDynamoDbLocal, startSesEmulator, type RunningService } from '#infra/local/emulators';
import { freePort } from '#infra/local/ports';
import { ensureTable } from '#infra/local/table';

/** Emulators of the benchmark's own, on free ports, in memory; stopped at the end. */
export async function benchEnvironment(): Promise<{ dynamo: RunningService; ses: RunningService; stop(): Promise<void> }> {
  const [dynamo, ses] = await Promise.all([startDynamoDbLocal({ port: await freePort() }), startSesEmulator({ port: await freePort() })]);
  return { dynamo, ses, stop: async () => void (await Promise.all([dynamo.stop(), ses.stop()])) };
}

export async function benchRuntime(dynamoUrl: string, sesUrl: string, tableName: string): Promise<{ runtime: Runtime; db: DynamoDBDocumentClient }> {
  const client = new DynamoDBClient({ endpoint: dynamoUrl, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(client, tableName);
  const env = readEnvironment({
    TABLE_NAME: tableName,
    MAIL_FROM: 'noreply@avg-verzoeken.example',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    DYNAMODB_ENDPOINT: dynamoUrl,
    SES_ENDPOINT: sesUrl,
    AWS_REGION: 'eu-west-1',
  });
  return { runtime: createRuntime(env), db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }) };
}

/** Writes items 25 at a time with a few batches in flight, retrying what DynamoDB leaves unprocessed. */
export async function batchWrite(db: DynamoDBDocumentClient, tableName: string, items: Array<Record<string, unknown>>, parallel = 8): Promise<void> {
  const batches: Array<Array<Record<string, unknown>>> = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let requests = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export function table(rows: Array<Record<string, string | number>>): string {
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((header) => Math.max(header.length, ...rows.map((row) => String(row[header]).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map((row) => line(headers.map((header) => String(row[header]))))].join('\n');
}
