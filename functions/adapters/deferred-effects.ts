import { keys } from './table-design';
import { type Table, transact, type TransactItem } from './table';
import { auditPuts, type OutboxItem, outboxPuts, tokenPuts, toOutboxItem } from './table-items';
import type { DeferredEffects } from '#application/ports';

/**
 * The deliverers' side of a submit (see DeferredEffects): only the functions
 * that deliver mail carry it, so the portal functions' bundles do not.
 */
export function deferredEffectsWriter(table: Table) {
  /**
   * Writes a submitted request's deferred effects as items (tokens, outbox
   * mail, audit event, expiring with the unconfirmed request) and takes the
   * request out of the pending index, in one transaction. The condition makes
   * a second deliverer (stream and poller at once) write nothing. Returns the
   * new outbox items, to deliver at once.
   */
  async function writeDeferredEffects(requestItem: Record<string, unknown>): Promise<OutboxItem[]> {
    const effects = requestItem.deferredEffects as DeferredEffects;
    const reference = requestItem.reference as string;
    const outbox = outboxPuts(table.name, reference, effects.mails, new Date(effects.at));
    const items: TransactItem[] = [
      {
        Update: {
          TableName: table.name,
          Key: keys.request(reference),
          UpdateExpression: 'REMOVE deferredEffects, GSI3PK, GSI3SK',
          ConditionExpression: 'attribute_exists(deferredEffects)',
        },
      },
      ...tokenPuts(table.name, reference, effects.tokens),
      ...outbox,
      ...auditPuts(table.name, effects.audit),
    ];
    if (typeof requestItem.expiresAt === 'number') for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = requestItem.expiresAt;
    if ((await transact(table, items)) === 'conflict') return [];
    return outbox.map((put) => toOutboxItem(put.Put!.Item!));
  }

  return { writeDeferredEffects };
}
export type DeferredEffectsWriter = ReturnType<typeof deferredEffectsWriter>;
