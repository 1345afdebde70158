import type { RequestRecord } from '#core/request-record';
import { involvementKey, keys } from './table-design';
import { batchGet, queryAll, type Table } from './table';
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
    const found = await batchGet(
      table,
      items.map((item) => keys.request(item.reference as string)),
    );
    return found.filter((item) => !isExpired(item, now)).map(toRecord);
  }

  async function downloadsOf(partyId: string, references: readonly string[]): Promise<Map<string, number>> {
    const found = await batchGet(
      table,
      references.map((reference) => keys.downloads(reference, partyId)),
    );
    return new Map(found.map((item) => [item.reference as string, Number(item.downloads)]));
  }

  return { requestsInvolving, downloadsOf };
}
export type OversightStore = ReturnType<typeof oversightStore>;
