import type { IsoDate } from '#core/calendar-date';
import { myWork, type WorkItem } from '#core/my-work';
import { canCoordinate, type PortalActor } from '#core/portal-access';
import { scopeOf } from '#core/request-lifecycle';
import type { Configuration, TaskList } from './ports';

/**
 * Mijn taken for one person: their party's open tasks and, for a contact of
 * a coordinating party, the coordinator's own step on each request it
 * coordinates (core/my-work.ts). One index query and one batch read.
 */
export async function loadMyWork(
  deps: { cases: Pick<TaskList, 'workForParty'>; config: Pick<Configuration, 'directory' | 'designatedHolidays'> },
  actor: PortalActor,
  today: IsoDate,
): Promise<WorkItem[]> {
  const work = await deps.cases.workForParty(actor.partyId);
  const context = { directory: deps.config.directory, designatedHolidays: deps.config.designatedHolidays, today };
  const coordinated = work.coordinated
    .filter(({ record }) => canCoordinate(actor, record))
    .map(({ record, tasks }) => ({ record, tasks, scope: scopeOf(record, tasks, context) }));
  return myWork(work.tasks, coordinated);
}
