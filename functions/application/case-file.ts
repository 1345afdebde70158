import { canView, type PortalActor } from '#core/portal-access';
import type { AuditEvent, PartyTask, RequestRecord } from '#core/request-record';
import type { Runtime } from '#adapters/runtime';

/**
 * A request as the portal shows it: the request, its tasks and its audit
 * trail, for an actor it was routed to. "Not routed to you" and "does not
 * exist" both give null, so nothing is revealed.
 */
export interface CaseFile {
  record: RequestRecord;
  tasks: PartyTask[];
  audit: AuditEvent[];
}

export async function loadCase(runtime: Runtime, actor: PortalActor, reference: string): Promise<CaseFile | null> {
  const record = await runtime.store.getRequest(reference, runtime.clock.now());
  if (!record || record.status === 'awaiting_confirmation' || !canView(actor, record)) return null;
  const [tasks, audit] = await Promise.all([runtime.store.getTasks(reference), runtime.store.getAuditTrail(reference)]);
  return { record, tasks, audit };
}
