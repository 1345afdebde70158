import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PendingLetters } from '#application/ports';
import { PENDING_LETTERS } from './table-design';
import type { Table } from './table';

/** The decision letters still to be made, oldest first, from the sparse pending index (GSI3). */
export function pendingLetters(table: Table): PendingLetters {
  return {
    async list(limit) {
      const { Items = [] } = await table.db.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: 'GSI3',
          KeyConditionExpression: 'GSI3PK = :pending',
          ExpressionAttributeValues: { ':pending': PENDING_LETTERS },
          Limit: limit,
        }),
      );
      return Items.map((item) => ({ reference: String(item.reference), documentId: String(item.id) }));
    },
  };
}
