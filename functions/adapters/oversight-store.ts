import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestRecord } from '#core/request-record';
import { involvementKey, keys } from './table-design';
import { queryAll, type Table } from './table';
import { isExpired, toRecord } from './table-items';

/** The FG's reads: a party's involvement over a period. Only the FG function carries it. */
export function oversightStore(table: Table) {
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
    const references = items.map((item) => item.reference as string);
    const records: RequestRecord[] = [];
    for (let i = 0; i < references.length; i += 100) {
      let wanted: Array<Record<string, unknown>> = references.slice(i, i + 100).map((reference) => keys.request(reference));
      while (wanted.length > 0) {
        const result = await table.db.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: wanted } } }));
        for (const item of result.Responses?.[table.name] ?? []) {
          if (isExpired(item, now)) continue;
          records.push(toRecord(item));
        }
        wanted = (result.UnprocessedKeys?.[table.name]?.Keys ?? []) as Array<Record<string, unknown>>;
      }
    }
    return records;
  }

  return { requestsInvolving };
}
export type OversightStore = ReturnType<typeof oversightStore>;
