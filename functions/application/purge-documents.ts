import type { IsoDate } from '#core/calendar-date';
import { documentKey } from '#core/documents';
import { logger } from '#logger';
import type { DocumentObjects, PurgeStore } from './ports';

/**
 * Retention of the files: once a closed request's retention has passed, its
 * objects are deleted first, then the object list, so no object outlives the
 * list that says it exists (docs/documents.md). The bucket's lifecycle rule
 * deletes whatever this job might ever miss.
 */

export async function purgeDocuments(deps: { purges: PurgeStore; objects: DocumentObjects }, today: IsoDate): Promise<{ requests: number; objects: number }> {
  let objects = 0;
  const due = await deps.purges.dueForPurge(today);
  let requests = 0;
  for (const { reference, documents } of due) {
    // A file its party keeps longer (core/retention.ts) waits for its own day.
    const documentIds = documents.filter((document) => !document.retainUntil || document.retainUntil <= today).map((document) => document.id);
    const later = documents.flatMap((document) => (document.retainUntil && document.retainUntil > today ? [document.retainUntil] : [])).sort();
    if (documentIds.length > 0) await deps.objects.delete(documentIds.map((id) => documentKey(reference, id)));
    await deps.purges.forget(reference, documentIds, later[0] ?? null);
    objects += documentIds.length;
    if (documentIds.length > 0) requests++;
    logger.info('documents deleted after retention', { reference, objects: documentIds.length, keptLonger: later.length });
  }
  return { requests, objects };
}
