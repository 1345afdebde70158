import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
          return {
            reference,
            documents: documents.map((document) => ({
              id: document.id as string,
              ...(typeof document.retainUntil === 'string' ? { retainUntil: document.retainUntil } : {}),
            })),
          };
        }),
      );
    },
    async forget(reference, documentIds, nextDue) {
      for (const key of documentIds.map((id) => keys.document(reference, id))) await table.db.send(new DeleteCommand({ TableName: table.name, Key: key }));
      if (nextDue) {
        await table.db.send(
          new UpdateCommand({
            TableName: table.name,
            Key: keys.documentPurge(reference),
            UpdateExpression: 'SET GSI2SK = :next',
            ExpressionAttributeValues: { ':next': `${nextDue}#${reference}` },
          }),
        );
      } else await table.db.send(new DeleteCommand({ TableName: table.name, Key: keys.documentPurge(reference) }));
    },
  };
}
