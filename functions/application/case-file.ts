import { amsterdamDate } from '#core/calendar-date';
import { type CaseFile, type CaseView, caseViewFor } from '#core/case-view';
import { canView, type PortalActor } from '#core/portal-access';
import type { CaseReader, Clock, Configuration } from './ports';

type CaseFileReader = Pick<CaseReader, 'getRequest' | 'getTasks' | 'getAuditTrail' | 'getDocuments' | 'getNotes'>;
type CaseViewReader = CaseFileReader & Pick<CaseReader, 'getSameChild'>;

/**
 * A request as the portal reads it, for an actor it was routed to. "Not
 * routed to you" and "does not exist" both give null, so nothing is revealed.
 */
export async function loadCase(deps: { cases: CaseFileReader; clock: Clock }, actor: PortalActor, reference: string): Promise<CaseFile | null> {
  const record = await deps.cases.getRequest(reference, deps.clock.now());
  if (!record || record.status === 'awaiting_confirmation' || !canView(actor, record)) return null;
  const [tasks, audit, documents, notes] = await Promise.all([
    deps.cases.getTasks(reference),
    deps.cases.getAuditTrail(reference),
    deps.cases.getDocuments(reference),
    deps.cases.getNotes(reference),
  ]);
  return { record, tasks, audit, documents, notes };
}

/** The same, as what this actor may see and do (core/case-view.ts). */
export async function loadCaseView(
  deps: { cases: CaseViewReader; clock: Clock; config: Pick<Configuration, 'directory' | 'designatedHolidays'> },
  actor: PortalActor,
  reference: string,
): Promise<CaseView | null> {
  const loaded = await loadCase(deps, actor, reference);
  // Only the page reads the related requests: no action depends on them.
  const file = loaded && { ...loaded, sameChild: await deps.cases.getSameChild(loaded.record, deps.clock.now()) };
  return (
    file &&
    caseViewFor(actor, file, {
      today: amsterdamDate(deps.clock.now()),
      directory: deps.config.directory,
      designatedHolidays: deps.config.designatedHolidays,
    })
  );
}
