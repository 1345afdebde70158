import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PAGE_SIZE, type PartyRequestPage, type PartyRequestQuery, type PartyRequestRow } from '#core/party-requests';
import type { RequestRecord } from '#core/request-record';
import { deadlineKey, involvementKey, keys } from './table-design';
import { batchGet, type Table } from './table';
import { toTask } from './table-items';

/**
 * Alle verzoeken (core/party-requests.ts): a party's answer tasks from the
 * deadline index (GSI2, `DEADLINE#<party>`) or the involvement index (GSI4,
 * newest first), filtered on the task's status, a page at a time; then the
 * page's requests in one batch read for their status and rights.
 */
const INDEX = {
  termijn: { name: 'GSI2', pk: 'GSI2PK', sk: 'GSI2SK', key: deadlineKey, forward: true },
  ontvangen: { name: 'GSI4', pk: 'GSI4PK', sk: 'GSI4SK', key: involvementKey, forward: false },
} as const;

type Cursor = Record<string, string>;

/** The cursor is the last row's index and table keys; one for another index or party is ignored, so no one pages into another party's list. */
function readCursor(encoded: string | undefined, index: (typeof INDEX)[keyof typeof INDEX], partyId: string): Cursor | undefined {
  if (!encoded) return undefined;
  try {
    const cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Cursor;
    const names = ['PK', 'SK', index.pk, index.sk];
    const wellFormed = names.every((name) => typeof cursor[name] === 'string') && Object.keys(cursor).length === names.length;
    return wellFormed && cursor[index.pk] === index.key(partyId) && cursor.PK?.startsWith('REQ#') && cursor.SK === `TASK#${partyId}` ? cursor : undefined;
  } catch {
    return undefined;
  }
}

export async function partyRequests(table: Table, partyId: string, query: PartyRequestQuery): Promise<PartyRequestPage> {
  const index = INDEX[query.order];
  const items: Array<Record<string, unknown>> = [];
  let start = readCursor(query.after, index, partyId);
  let more = true;
  // A filter applies after the read: read on until the page is full or the index ends.
  while (items.length < PAGE_SIZE && more) {
    const page = await table.db.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :party',
        ...(query.show === 'alle' ? {} : { FilterExpression: '#status = :status' }),
        ExpressionAttributeNames: { '#pk': index.pk, ...(query.show === 'alle' ? {} : { '#status': 'status' }) },
        ExpressionAttributeValues: {
          ':party': index.key(partyId),
          ...(query.show === 'alle' ? {} : { ':status': query.show === 'open' ? 'open' : 'answered' }),
        },
        ScanIndexForward: index.forward,
        Limit: PAGE_SIZE * 2,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey as Cursor | undefined;
    more = Boolean(start);
  }
  const shown = items.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  const hasNext = items.length > PAGE_SIZE || (more && shown.length === PAGE_SIZE);
  const next =
    hasNext && last
      ? Buffer.from(JSON.stringify({ PK: last.PK, SK: last.SK, [index.pk]: last[index.pk], [index.sk]: last[index.sk] })).toString('base64url')
      : null;
  const requests = await batchGet(
    table,
    shown.map((item) => keys.request(String(item.reference))),
    { expression: '#reference, #status, #types', names: { '#reference': 'reference', '#status': 'status', '#types': 'types' } },
  );
  const byReference = new Map(requests.map((item) => [String(item.reference), item as unknown as Pick<RequestRecord, 'status' | 'types'>]));
  const rows: PartyRequestRow[] = shown.map((item) => {
    const task = toTask(item);
    const request = byReference.get(task.reference);
    return { task, request: request ? { status: request.status, types: request.types } : null };
  });
  return { rows, next };
}

/** Whether this party has a part in the request with this reference (a search by reference); "not routed to you" and "does not exist" look the same. */
export async function hasPart(table: Table, partyId: string, reference: string): Promise<boolean> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.task(reference, partyId), ProjectionExpression: 'PK' }));
  return Boolean(Item);
}
