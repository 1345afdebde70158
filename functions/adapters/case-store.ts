import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Change } from '#core/request-lifecycle';
import type { AuditEvent, PartyTask, RequestRecord } from '#core/request-record';
import { keys, partyIndexKey } from './table-design';
import { hashSecret } from './tokens';
import { queryAll, queryPartition, type Table, transact, type TransactItem } from './table';
import { auditPuts, isExpired, outboxPuts, requestItem, taskItem, toRecord, toTask } from './table-items';
import type { TokenPurpose } from '#application/ports';

/**
 * The DynamoDB side of a case after routing: read a request, its tasks and
 * audit trail, and write a lifecycle Change in one transaction, so a crash
 * leaves either everything or nothing.
 */
export function caseStore(table: Table) {
  /** The request a token belongs to, or null for an unknown or expired token. */
  async function findReferenceByToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
    const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.token(tokenHash), ConsistentRead: true }));
    if (!Item || Item.purpose !== purpose || isExpired(Item, now)) return null;
    return Item.reference as string;
  }

  async function getRequest(reference: string, now: Date): Promise<RequestRecord | null> {
    const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.request(reference), ConsistentRead: true }));
    // DynamoDB Local never expires items, and AWS may take days to: an expired item is gone.
    if (!Item || isExpired(Item, now)) return null;
    return toRecord(Item);
  }

  async function getTasks(reference: string): Promise<PartyTask[]> {
    const items = await queryPartition(table, reference, 'TASK#');
    return items.map(toTask);
  }

  async function getAuditTrail(reference: string): Promise<AuditEvent[]> {
    const items = await queryPartition(table, reference, 'AUDIT#');
    return items.map(({ PK, SK, type, ...event }) => event as unknown as AuditEvent);
  }

  /**
   * Writes a Change from the lifecycle in one transaction. The request and every
   * task are guarded by the version that was read: two people acting at once
   * never overwrite each other; the second gets 'conflict' and sees the new state.
   */
  async function saveChange(change: Change, now: Date): Promise<'saved' | 'conflict'> {
    const items: TransactItem[] = [];
    if (change.record) {
      const { next, readVersion } = change.record;
      items.push({
        Put: {
          TableName: table.name,
          Item: requestItem(next, now),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': readVersion },
        },
      });
    } else if (change.requireStatus) {
      items.push({
        ConditionCheck: {
          TableName: table.name,
          Key: keys.request(change.requireStatus.reference),
          ConditionExpression: `#status IN (${change.requireStatus.statuses.map((_, n) => `:s${n}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: Object.fromEntries(change.requireStatus.statuses.map((status, n) => [`:s${n}`, status])),
        },
      });
    }
    for (const { task, readVersion } of change.tasks) {
      items.push({
        Put: {
          TableName: table.name,
          Item: taskItem(task),
          ...(readVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } }),
        },
      });
    }
    const reference = change.record?.next.reference ?? change.requireStatus?.reference ?? change.tasks[0]?.task.reference;
    if (reference) items.push(...outboxPuts(table.name, reference, change.mails, now));
    // A step a change sends itself (the last answer tells the coordinator): the sweep will not send it again.
    if (reference)
      for (const stepId of change.reminderSteps ?? [])
        items.push({ Put: { TableName: table.name, Item: { ...keys.reminder(reference, stepId), type: 'reminder', stepId, sentAt: now.toISOString() } } });
    items.push(...auditPuts(table.name, change.audit));
    if (change.expireAllAt && change.record) {
      // What this change writes expires with the rest.
      for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = change.expireAllAt;
      items.push(...(await expiryUpdates(table, change.record.next, change.expireAllAt, items)));
    }
    return transact(table, items);
  }

  /** Open tasks of one party across all requests, most urgent first (GSI1, sparse: answered tasks leave it). */
  async function openTasksForParty(partyId: string): Promise<PartyTask[]> {
    const { items } = await queryAll(table, {
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :party',
      ExpressionAttributeValues: { ':party': partyIndexKey(partyId) },
    });
    return items.map(toTask);
  }

  return { findReferenceByToken, getRequest, getTasks, getAuditTrail, saveChange, openTasksForParty };
}
export type CaseStore = ReturnType<typeof caseStore>;

/** Retention: every item of a closed request, and its tokens, expire together. */
export async function expiryUpdates(table: Table, record: RequestRecord, expiresAt: number, alreadyWritten: TransactItem[]): Promise<TransactItem[]> {
  const written = new Set(
    alreadyWritten.map((item) => JSON.stringify(item.Put?.Item ? { PK: item.Put.Item.PK as string, SK: item.Put.Item.SK as string } : null)),
  );
  const partition = await queryPartition(table, record.reference, '');
  const keysToExpire = [
    ...partition.filter((item) => item.SK !== 'REQUEST').map((item) => ({ PK: item.PK as string, SK: item.SK as string })),
    keys.token(hashSecret(record.statusToken)),
  ].filter((key) => !written.has(JSON.stringify(key)));
  return keysToExpire.map((key) => ({
    Update: {
      TableName: table.name,
      Key: key,
      UpdateExpression: 'SET expiresAt = :at',
      ExpressionAttributeValues: { ':at': expiresAt },
    },
  }));
}
