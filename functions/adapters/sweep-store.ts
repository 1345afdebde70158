import { createHash } from 'node:crypto';
import { epochSeconds } from '#core/calendar-date';
import { BatchWriteCommand, GetCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Digest } from '#core/reminder-digest';
import type { Mail } from '#core/mails';
import type { AuditEvent, PartyTask, RequestRecord } from '#core/request-record';
import { keys, partyIndexKey, REMINDER_SHARDS, reminderShard } from './table-design';
import { queryAll, queryPartitionMeasured, type Table, transact } from './table';
import { auditPuts, isExpired, outboxPuts, toRecord, toTask } from './table-items';

/** The daily sweep's reads and writes: reminder index, reminder steps, FG summaries, local TTL. Only the sweep carries it. */
export function sweepStore(table: Table) {
  /** A party's open tasks whose deadline has passed (GSI1 is sorted by deadline). */
  async function overdueTasks(partyId: string, today: string): Promise<PartyTask[]> {
    const { Items = [] } = await table.db.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :party AND GSI1SK < :today',
        ExpressionAttributeValues: { ':party': partyIndexKey(partyId), ':today': today },
      }),
    );
    return Items.map(toTask).filter((task) => task.kind === 'answer');
  }

  /** Requests whose next reminder date is on or before `today`, from one shard of the sparse index. */
  async function dueForReminders(shard: number, today: string): Promise<{ references: string[]; consumedReadUnits: number }> {
    const { items, consumedReadUnits } = await queryAll(table, {
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :shard AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':shard': `REMINDER#${shard}`, ':until': `${today}#~` },
      ProjectionExpression: 'PK',
      ReturnConsumedCapacity: 'TOTAL',
    });
    return { references: items.map((item) => String(item.PK).slice('REQ#'.length)), consumedReadUnits };
  }

  /** One partition read: the request, its tasks and the reminder steps already sent. */
  async function reminderState(
    reference: string,
    now: Date,
  ): Promise<{ record: RequestRecord; tasks: PartyTask[]; sent: Set<string>; consumedReadUnits: number } | null> {
    const { items, consumedReadUnits } = await queryPartitionMeasured(table, reference);
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
  async function recordReminder(reference: string, stepId: string, mails: Mail[], audit: AuditEvent[], now: Date): Promise<'saved' | 'conflict'> {
    return transact(table, [
      {
        Put: {
          TableName: table.name,
          Item: { ...keys.reminder(reference, stepId), type: 'reminder', stepId, sentAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...outboxPuts(table.name, reference, mails, now, stepId),
      ...auditPuts(table.name, audit, stepId),
    ]);
  }

  /**
   * One digest: each step's mark and audit event, each FG part's daily mark and
   * the one mail, in one transaction. 'conflict' when a mark exists already
   * (another sweep got there first): the caller drops what was recorded and tries again.
   */
  async function recordDigest(digest: Digest, mail: Mail, today: string, now: Date): Promise<'saved' | 'conflict'> {
    // Named by what it covers: two sweeps at the same instant with different steps never share a key.
    const marks = [
      digest.to.join(','),
      ...digest.reminders.map((reminder) => `${reminder.reference}#${reminder.stepId}`),
      ...digest.fgParts.map((part) => part.partyId),
    ];
    const discriminator = createHash('sha256').update(marks.join('\n')).digest('hex').slice(0, 16);
    return transact(table, [
      ...digest.reminders.flatMap((reminder) => [
        {
          Put: {
            TableName: table.name,
            Item: { ...keys.reminder(reminder.reference, reminder.stepId), type: 'reminder', stepId: reminder.stepId, sentAt: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        ...auditPuts(table.name, [reminder.audit], reminder.stepId),
      ]),
      ...digest.fgParts.map((part) => ({
        Put: {
          TableName: table.name,
          Item: { ...keys.fgSummary(part.partyId, today), type: 'fg-summary', partyId: part.partyId, sentAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      })),
      ...outboxPuts(table.name, `DIGEST-${today}`, [mail], now, discriminator, `DIGEST#${today}`),
    ]);
  }

  /** Which of a digest's marks exist already (after a conflict): step ids as `<reference>#<stepId>`, FG parts as party ids. */
  async function recordedMarks(digest: Digest, today: string): Promise<Set<string>> {
    const wanted = [
      ...digest.reminders.map((reminder) => ({ key: keys.reminder(reminder.reference, reminder.stepId), mark: `${reminder.reference}#${reminder.stepId}` })),
      ...digest.fgParts.map((part) => ({ key: keys.fgSummary(part.partyId, today), mark: part.partyId })),
    ];
    const found = new Set<string>();
    for (const { key, mark } of wanted) {
      const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: key, ProjectionExpression: 'PK', ConsistentRead: true }));
      if (Item) found.add(mark);
    }
    return found;
  }

  /**
   * Local only (EMULATE_TTL): deletes what DynamoDB's TTL would have deleted.
   * A Scan, which is why it never runs in AWS, where TTL does this for free.
   */
  async function purgeExpired(now: Date): Promise<number> {
    let purged = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await table.db.send(
        new ScanCommand({
          TableName: table.name,
          FilterExpression: 'expiresAt <= :now',
          ExpressionAttributeValues: { ':now': epochSeconds(now) },
          ProjectionExpression: 'PK, SK',
          ExclusiveStartKey: startKey,
        }),
      );
      const keysToDelete = (page.Items ?? []) as Array<{ PK: string; SK: string }>;
      for (let i = 0; i < keysToDelete.length; i += 25) {
        let requests = keysToDelete.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
        while (requests.length > 0) {
          const result = await table.db.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
          requests = (result.UnprocessedItems?.[table.name] ?? []) as typeof requests;
        }
      }
      purged += keysToDelete.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return purged;
  }

  /** Moves a request in the reminder index; outside the version, so it never collides with a person's edit. */
  async function setNextReminder(reference: string, next: string | null): Promise<void> {
    await table.db.send(
      new UpdateCommand({
        TableName: table.name,
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

  return { shards: REMINDER_SHARDS, overdueTasks, recordDigest, recordedMarks, dueForReminders, reminderState, recordReminder, purgeExpired, setNextReminder };
}
export type SweepStore = ReturnType<typeof sweepStore>;
