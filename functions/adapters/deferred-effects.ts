import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type DeferredEffects, type OutboxItem, RequestStore, toOutboxItem } from './request-store';
import { keys } from './table-design';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The deliverers' side of a submit (see DeferredEffects): only the functions
 * that deliver mail carry it, so the portal functions' bundles do not.
 */
export class DeferredEffectsWriter extends RequestStore {
  /**
   * Writes a submitted request's deferred effects as items (tokens, outbox
   * mail, audit event, expiring with the unconfirmed request) and takes the
   * request out of the pending index, in one transaction. The condition makes
   * a second deliverer (stream and poller at once) write nothing. Returns the
   * new outbox items, to deliver at once.
   */
  async writeDeferredEffects(requestItem: Record<string, unknown>): Promise<OutboxItem[]> {
    const effects = requestItem.deferredEffects as DeferredEffects;
    const reference = requestItem.reference as string;
    const outbox = this.outboxPuts(reference, effects.mails, new Date(effects.at));
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.request(reference),
          UpdateExpression: 'REMOVE deferredEffects, GSI3PK, GSI3SK',
          ConditionExpression: 'attribute_exists(deferredEffects)',
        },
      },
      ...this.tokenPuts(reference, effects.tokens),
      ...outbox,
      ...this.auditPuts(effects.audit),
    ];
    if (typeof requestItem.expiresAt === 'number') for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = requestItem.expiresAt;
    if ((await this.transact(items)) === 'conflict') return [];
    return outbox.map((put) => toOutboxItem(put.Put!.Item!));
  }
}
