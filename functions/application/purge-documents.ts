import type { IsoDate } from '#core/calendar-date';
import { documentKey } from '#core/documents';
import { filesDue } from '#core/retention';
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
    const { due: documentIds, nextDue } = filesDue(documents, today);
    if (documentIds.length > 0) await deps.objects.delete(documentIds.map((id) => documentKey(reference, id)));
    await deps.purges.forget(reference, documentIds, nextDue);
    objects += documentIds.length;
    if (documentIds.length > 0) requests++;
    logger.info('documents deleted after retention', { reference, objects: documentIds.length, keptLonger: documents.length - documentIds.length });
  }
  return { requests, objects };
}
