import { documentObjects } from '#adapters/document-objects';
import { once } from '#adapters/once';
import { purgeStore } from '#adapters/purge-store';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { purgeDocuments } from '#application/purge-documents';
import { amsterdamDate } from '#core/calendar-date';

const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, purges: purgeStore(runtime.table), objects: documentObjects(runtime.env) };
});

/** Scheduled every day: deletes the files of closed requests whose retention has passed. */
export const handler = async (_event?: unknown, _context?: unknown, now: Date = deps().clock.now()) =>
  purgeDocuments(await refreshConfiguration(deps()), amsterdamDate(now));
