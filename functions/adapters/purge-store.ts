import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { PurgeStore } from '#application/ports';
import { DOCUMENTS_DUE, keys } from './table-design';
import { queryAll, queryPartition, type Table } from './table';

/** The purge markers of closed requests (sparse GSI2) and their object lists. */
export function purgeStore(table: Table): PurgeStore {
  return {
    async dueForPurge(today) {
      const { items } = await queryAll(table, {
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :due AND GSI2SK <= :today',
        // "~" sorts after "#", so every reference of `today` itself is included.
        ExpressionAttributeValues: { ':due': DOCUMENTS_DUE, ':today': `${today}~` },
      });
      return Promise.all(
        items.map(async (item) => {
          const reference = item.reference as string;
          const documents = await queryPartition(table, reference, 'DOC#');
          return { reference, documentIds: documents.map((document) => document.id as string) };
        }),
      );
    },
    async forget(reference, documentIds) {
      for (const key of [...documentIds.map((id) => keys.document(reference, id)), keys.documentPurge(reference)]) {
        await table.db.send(new DeleteCommand({ TableName: table.name, Key: key }));
      }
    },
  };
}
