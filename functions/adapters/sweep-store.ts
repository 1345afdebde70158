import { BatchWriteCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Mail } from '#core/mails';
import type { AuditEvent, PartyTask, RequestRecord } from '#core/request-record';
import { isExpired, RequestStore, toRecord, toTask } from './request-store';
import type { Runtime } from './runtime';
import { keys, partyIndexKey, reminderShard } from './table-design';

/** The daily sweep's reads and writes: reminder index, reminder steps, FG summaries, local TTL. Only the sweep carries it. */
export class SweepStore extends RequestStore {
  /** A party's open tasks whose deadline has passed (GSI1 is sorted by deadline). */
  async overdueTasks(partyId: string, today: string): Promise<PartyTask[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :party AND GSI1SK < :today',
        ExpressionAttributeValues: { ':party': partyIndexKey(partyId), ':today': today },
      }),
    );
    return Items.map(toTask).filter((task) => task.kind === 'answer');
  }

  /** The FG's daily summary, once per party and day: 'conflict' when it was already recorded. */
  async recordFgSummary(partyId: string, today: string, mail: Mail, now: Date): Promise<'saved' | 'conflict'> {
    const key = keys.fgSummary(partyId, today);
    return this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { ...key, type: 'fg-summary', partyId, sentAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...this.outboxPuts(`FG-${partyId}`, [mail], now, `fg-${today}`, key.PK),
    ]);
  }

  /** Requests whose next reminder date is on or before `today`, from one shard of the sparse index. */
  async dueForReminders(shard: number, today: string): Promise<{ references: string[]; consumedReadUnits: number }> {
    const { items, consumedReadUnits } = await this.queryAll({
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :shard AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':shard': `REMINDER#${shard}`, ':until': `${today}#~` },
      ProjectionExpression: 'PK',
      ReturnConsumedCapacity: 'TOTAL',
    });
    return { references: items.map((item) => String(item.PK).slice('REQ#'.length)), consumedReadUnits };
  }

  /** One partition read: the request, its tasks and the reminder steps already sent. */
  async reminderState(
    reference: string,
    now: Date,
  ): Promise<{ record: RequestRecord; tasks: PartyTask[]; sent: Set<string>; consumedReadUnits: number } | null> {
    const { items, consumedReadUnits } = await this.queryPartitionMeasured(reference);
    const requestItem = items.find((item) => item.SK === 'REQUEST');
    if (!requestItem || isExpired(requestItem, now)) return null;
    return {
      record: toRecord(requestItem),
      tasks: items.filter((item) => String(item.SK).startsWith('TASK#')).map(toTask),
      sent: new Set(items.filter((item) => String(item.SK).startsWith('REMINDER#')).map((item) => item.stepId as string)),
      consumedReadUnits,
    };
  }

  /** Records one reminder step with its mail and audit event; 'conflict' when another sweep already did. */
  async recordReminder(reference: string, stepId: string, mails: Mail[], audit: AuditEvent[], now: Date): Promise<'saved' | 'conflict'> {
    return this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.reminder(reference, stepId), type: 'reminder', stepId, sentAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...this.outboxPuts(reference, mails, now, stepId),
      ...this.auditPuts(audit, stepId),
    ]);
  }

  /**
   * Local only (EMULATE_TTL): deletes what DynamoDB's TTL would have deleted.
   * A Scan, which is why it never runs in AWS, where TTL does this for free.
   */
  async purgeExpired(now: Date): Promise<number> {
    let purged = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'expiresAt <= :now',
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
          ProjectionExpression: 'PK, SK',
          ExclusiveStartKey: startKey,
        }),
      );
      const keysToDelete = (page.Items ?? []) as Array<{ PK: string; SK: string }>;
      for (let i = 0; i < keysToDelete.length; i += 25) {
        let requests = keysToDelete.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
        while (requests.length > 0) {
          const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
          requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
        }
      }
      purged += keysToDelete.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return purged;
  }

  /** Moves a request in the reminder index; outside the version, so it never collides with a person's edit. */
  async setNextReminder(reference: string, next: string | null): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.request(reference),
        ...(next
          ? {
              UpdateExpression: 'SET GSI2PK = :shard, GSI2SK = :sk',
              ExpressionAttributeValues: { ':shard': reminderShard(reference), ':sk': `${next}#${reference}` },
            }
          : { UpdateExpression: 'REMOVE GSI2PK, GSI2SK' }),
        ConditionExpression: 'attribute_exists(PK)',
      }),
    );
  }
}

const stores = new WeakMap<Runtime, SweepStore>();
export function getSweepStore(runtime: Runtime): SweepStore {
  let store = stores.get(runtime);
  if (!store) stores.set(runtime, (store = new SweepStore(runtime.db, runtime.env.TABLE_NAME)));
  return store;
}
