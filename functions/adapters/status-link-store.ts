import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Mail } from '#core/mails';
import { expiryOf, type RequestRecord } from '#core/request-record';
import { amsterdamDate, epochSeconds } from '#core/calendar-date';
import { getRequest } from './case-store';
import { type Table, transact } from './table';
import { outboxPuts } from './table-items';

/**
 * The store behind "send my status link again": the request by its reference,
 * a daily allowance per address and per reference (a counter item that
 * expires with the day), and the mail in the outbox.
 */
export function statusLinkStore(table: Table) {
  /** One more try under `key` today, if fewer than `perDay` were used; the counter expires two days on. */
  async function takeAllowance(key: string, perDay: number, now: Date): Promise<boolean> {
    try {
      await table.db.send(
        new UpdateCommand({
          TableName: table.name,
          Key: { PK: 'LIMIT#status-link', SK: `${key}#${amsterdamDate(now)}` },
          UpdateExpression: 'ADD uses :one SET expiresAt = :expires',
          ConditionExpression: 'attribute_not_exists(uses) OR uses < :max',
          ExpressionAttributeValues: { ':one': 1, ':max': perDay, ':expires': epochSeconds(now) + 2 * 86_400 },
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** The mail in the request's outbox; on a closed request it expires with the request, as everything written after closing does. */
  async function queueMail(record: RequestRecord, mail: Mail, now: Date): Promise<void> {
    const items = outboxPuts(table.name, record.reference, [mail], now, 'statuslink');
    const expiresAt = expiryOf(record);
    if (expiresAt !== undefined) for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = expiresAt;
    await transact(table, items);
  }

  return { getRequest: (reference: string, now: Date) => getRequest(table, reference, now), takeAllowance, queueMail };
}
export type StatusLinkStore = ReturnType<typeof statusLinkStore>;
