import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestRecord } from '#core/request-record';
import { involvementKey, keys } from './table-design';
import { queryAll, type Table } from './table';
import { isExpired, toRecord } from './table-items';

/** The FG's reads: a party's involvement over a period. Only the FG function carries it. */
export function oversightStore(table: Table) {
  /** Batch reads of the items under these keys, 100 at a time, until none is left unprocessed. */
  async function batchGet(keyList: Array<Record<string, unknown>>): Promise<Array<Record<string, unknown>>> {
    const found: Array<Record<string, unknown>> = [];
    for (let i = 0; i < keyList.length; i += 100) {
      let wanted = keyList.slice(i, i + 100);
      while (wanted.length > 0) {
        const result = await table.db.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: wanted } } }));
        found.push(...(result.Responses?.[table.name] ?? []));
        wanted = (result.UnprocessedKeys?.[table.name]?.Keys ?? []) as Array<Record<string, unknown>>;
      }
    }
    return found;
  }

  /**
   * Every request a party is involved in with a date of receipt in [from, to]
   * (GSI4), then the requests themselves in batches of 100.
   */
  async function requestsInvolving(partyId: string, period: { from: string; to: string }, now: Date): Promise<RequestRecord[]> {
    const { items } = await queryAll(table, {
      IndexName: 'GSI4',
      KeyConditionExpression: 'GSI4PK = :party AND GSI4SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':party': involvementKey(partyId), ':from': period.from, ':to': `${period.to}#~` },
      // "reference" is a DynamoDB reserved word: it must go through a name placeholder.
      ProjectionExpression: '#reference',
      ExpressionAttributeNames: { '#reference': 'reference' },
    });
    const found = await batchGet(items.map((item) => keys.request(item.reference as string)));
    return found.filter((item) => !isExpired(item, now)).map(toRecord);
  }

  async function downloadsOf(partyId: string, references: readonly string[]): Promise<Map<string, number>> {
    const found = await batchGet(references.map((reference) => keys.downloads(reference, partyId)));
    return new Map(found.map((item) => [item.reference as string, Number(item.downloads)]));
  }

  return { requestsInvolving, downloadsOf };
}
export type OversightStore = ReturnType<typeof oversightStore>;
