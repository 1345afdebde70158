import { epochSeconds } from '#core/calendar-date';
import { type MailSender, renderMail } from '#core/mail-rendering';
import type { Mail } from '#core/mails';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, DeliveryReport } from '#application/ports';
import { systemClock } from './clock';
import type { Table } from './table';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Mailer } from './mailer';
import type { DeferredEffectsWriter } from './deferred-effects';
import { PENDING_OUTBOX } from './table-design';
import { logger } from '#logger';
import { type OutboxItem, toOutboxItem } from './table-items';

/** After this many failed sends a mail is marked failed (and listed under OUTBOX#FAILED). */
export const MAX_ATTEMPTS = 12;
const CLAIM_SECONDS = 60;
export const FAILED_OUTBOX = 'OUTBOX#FAILED';

/** Wait before the next try: 30 s, 1 min, 2 min, ... at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

export type { DeliveryReport } from '#application/ports';

/**
 * Delivers outbox mails at least once. A mail is claimed with a conditional
 * write first, so two deliverers (the stream consumer and the delivery job, or
 * two runs of the job) never both send it; a crash after sending but before marking it
 * sent is the one case that sends twice, which beats losing it.
 *
 * The pending index also holds newly submitted requests whose effects (tokens,
 * confirmation mail, audit event) are still inside the request item: those are
 * written out first, and their mail delivered in the same pass.
 */
export class OutboxDelivery {
  constructor(
    private readonly table: Table,
    private readonly mailer: Mailer,
    private readonly requests: Pick<DeferredEffectsWriter, 'writeDeferredEffects'>,
    /**
     * The clock of the claim's lease: always the real one. `now` (the caller's
     * clock) decides which retries are due; the sweep and the seed run it on a
     * chosen day, and a lease judged by that day would see every other
     * deliverer's fresh claim as long expired and send the mail again.
     */
    private readonly leaseClock: Clock = systemClock,
    /** Each region's sender and signature (core/mail-rendering.ts), from the configuration the invocation read. */
    private readonly senders: (regionId: string) => MailSender | undefined = () => undefined,
  ) {}

  /** The poller: everything still pending whose retry time has come. */
  async deliverPending(now: Date, limit = 100): Promise<DeliveryReport> {
    return this.deliverItems(await this.pendingItems(limit, now), now);
  }

  /** The stream consumer, and the poller: outbox items and submitted requests from the pending index. */
  async deliverItems(items: Array<Record<string, unknown>>, now: Date): Promise<DeliveryReport> {
    const mails: OutboxItem[] = [];
    for (const item of items) {
      if (item.type === 'request' && item.deferredEffects) mails.push(...(await this.requests.writeDeferredEffects(item)));
      else if (item.type === 'outbox' && item.status === 'pending') mails.push(toOutboxItem(item));
    }
    return this.deliver(mails, now);
  }

  /**
   * Undelivered mails and unwritten submissions that are due by `now`, the
   * longest due first. The pending index is sorted by when each item is due
   * (created, or its next attempt after a failure), so mails waiting out a
   * back-off never stand in front of a new one (sparse index: costs what is due).
   */
  private async pendingItems(limit: number, now: Date): Promise<Array<Record<string, unknown>>> {
    const { Items = [] } = await this.table.db.send(
      new QueryCommand({
        TableName: this.table.name,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pending AND GSI3SK <= :due',
        ExpressionAttributeValues: { ':pending': PENDING_OUTBOX, ':due': `${now.toISOString()}~` },
        Limit: limit,
      }),
    );
    return Items;
  }

  private async deliver(items: OutboxItem[], now: Date): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    for (const item of items) {
      if (!(await this.claim(item, now))) {
        report.skipped++;
        continue;
      }
      const attempts = item.attempts + 1;
      try {
        const mail = item.mail;
        const messageId = await this.mailer.send(renderMail(mail, 'regionId' in mail && mail.regionId ? this.senders(mail.regionId) : undefined));
        await this.update(item, 'SET #status = :sent, sentAt = :at, messageId = :mid REMOVE GSI3PK, GSI3SK, notBefore, claimedUntil', {
          ':sent': 'sent',
          ':at': now.toISOString(),
          ':mid': messageId,
        });
        report.sent++;
      } catch (error) {
        const giveUp = attempts >= MAX_ATTEMPTS;
        const retryAt = epochSeconds(now) + retryDelaySeconds(attempts);
        logger.warn('mail delivery failed', { reference: item.reference, outboxId: item.id, attempts, giveUp, error: errorName(error) });
        await this.update(
          item,
          giveUp
            ? 'SET #status = :failed, GSI3PK = :failedKey, lastError = :err REMOVE notBefore, claimedUntil'
            : 'SET notBefore = :retry, GSI3SK = :due, lastError = :err REMOVE claimedUntil',
          giveUp
            ? { ':failed': 'failed', ':failedKey': FAILED_OUTBOX, ':err': errorName(error) }
            : { ':retry': retryAt, ':due': `${new Date(retryAt * 1000).toISOString()}#${item.id}`, ':err': errorName(error) },
        );
        if (giveUp) report.failed++;
        else report.retrying++;
      }
    }
    return report;
  }

  /**
   * Takes the mail for CLAIM_SECONDS of real time if it is pending, its retry
   * time has come by the caller's clock, and nobody holds a claim that is still
   * running by the real clock.
   */
  private async claim(item: OutboxItem, now: Date): Promise<boolean> {
    const nowSeconds = epochSeconds(now);
    const realSeconds = epochSeconds(this.leaseClock.now());
    try {
      await this.table.db.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: item.key,
          UpdateExpression: 'SET claimedUntil = :claimedUntil, attempts = attempts + :one',
          ConditionExpression:
            '#status = :pending AND GSI3PK = :pendingKey AND (attribute_not_exists(notBefore) OR notBefore <= :now) AND (attribute_not_exists(claimedUntil) OR claimedUntil <= :realNow)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':claimedUntil': realSeconds + CLAIM_SECONDS,
            ':realNow': realSeconds,
            ':one': 1,
            ':pending': 'pending',
            ':pendingKey': PENDING_OUTBOX,
            ':now': nowSeconds,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async update(item: OutboxItem, expression: string, values: Record<string, unknown>): Promise<void> {
    await this.table.db.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: item.key,
        UpdateExpression: expression,
        ...(expression.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ExpressionAttributeValues: values,
      }),
    );
  }
}

function errorName(error: unknown): string {
  // Names only: provider messages can echo addresses.
  return error instanceof Error ? error.name : 'UnknownError';
}

/** A mail that failed every attempt: enough for an operator to judge it, no address or text. */
export interface FailedMail {
  key: { PK: string; SK: string };
  reference: string;
  subject: string;
  attempts: number;
  lastError: string;
  createdAt: string;
}

/** Every mail marked failed (listed under OUTBOX#FAILED in the pending index), oldest first. */
export async function failedMails(table: Table): Promise<FailedMail[]> {
  const { Items = [] } = await table.db.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :failed',
      ExpressionAttributeValues: { ':failed': FAILED_OUTBOX },
    }),
  );
  return Items.map((item) => ({
    key: { PK: item.PK as string, SK: item.SK as string },
    reference: item.reference as string,
    subject: renderMail(item.mail as Mail).subject,
    attempts: item.attempts as number,
    lastError: (item.lastError as string | undefined) ?? '',
    createdAt: item.createdAt as string,
  }));
}

/** Puts a failed mail back: pending again, due now, with a fresh count of attempts. Only a mail that is still failed. */
export async function retryFailedMail(table: Table, key: FailedMail['key'], now: Date): Promise<'queued' | 'not-failed'> {
  try {
    await table.db.send(
      new UpdateCommand({
        TableName: table.name,
        Key: key,
        UpdateExpression: 'SET #status = :pending, GSI3PK = :pendingKey, GSI3SK = :due, attempts = :zero REMOVE notBefore, claimedUntil',
        ConditionExpression: '#status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':pendingKey': PENDING_OUTBOX,
          ':due': `${now.toISOString()}#${key.SK}`,
          ':zero': 0,
          ':failed': 'failed',
        },
      }),
    );
    return 'queued';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'not-failed';
    throw error;
  }
}
