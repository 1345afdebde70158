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
  for (const { reference, documentIds } of due) {
    await deps.objects.delete(documentIds.map((id) => documentKey(reference, id)));
    await deps.purges.forget(reference, documentIds);
    objects += documentIds.length;
    logger.info('documents deleted after retention', { reference, objects: documentIds.length });
  }
  return { requests: due.length, objects };
}
