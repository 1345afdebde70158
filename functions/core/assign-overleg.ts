import { answerByDate } from './answer-by';
import type { FieldError } from './field-errors';
import { event, type LifecycleContext, type Outcome, whyNot } from './request-lifecycle';
import { currentDeadline, type PartyTask, type RequestRecord, routedTasks, taskMails } from './request-record';
import { routeChoice } from './routing-rule';
import { refused as REFUSED } from '#texts/nl/case-rules';

// Apart from request-lifecycle.ts: only the coordinator's function needs the routing rules (and their texts).
/**
 * The central contact point assigns the overleg (and its variable party) of a
 * request whose requester did not know it: the overleg's parties get their
 * tasks and mails at the deadline that runs from receipt; the central contact
 * keeps its task only if it is one of them, and coordinates only if the
 * overleg says so.
 */
export function assignOverleg(
  record: RequestRecord,
  tasks: readonly PartyTask[],
  choice: { casusoverlegId: string; variablePartyId?: string | undefined },
  context: LifecycleContext,
): Outcome | { invalid: FieldError[] } {
  const refused = whyNot.assign(record);
  if (refused) return { ok: false, message: refused };
  const routed = routeChoice(context.directory, { regionId: record.regionId, ...choice }, { assigning: true });
  // The form offers only whole choices: anything else is an outdated or altered post.
  if (!routed.ok) return { invalid: [{ path: 'choice', message: REFUSED.assignMissing }] };
  const { routing } = routed;
  const partyIds = routing.parties.map((party) => party.partyId);
  const { toAssign: _assigned, ...rest } = record;
  const next: RequestRecord = {
    ...rest,
    casusoverlegId: routing.casusoverlegId,
    variablePartyId: routing.variablePartyId,
    coordinatorPartyId: routing.coordinatorPartyId,
    partyIds,
    regionVersion: routing.regionVersion,
    version: record.version + 1,
  };
  const at = context.now.toISOString();
  const deadline = currentDeadline(record, context.designatedHolidays) ?? record.deadline;
  const answerBy = answerByDate(record.regionId, deadline, context);
  const own = tasks.filter((task) => task.kind === 'answer');
  const added = routedTasks(
    { ...next, deadline },
    partyIds.filter((partyId) => !own.some((task) => task.partyId === partyId)),
    { answerBy, at },
  );
  const kept = own
    .filter((task) => partyIds.includes(task.partyId))
    .map((task) => ({ task: { ...task, coordinator: task.partyId === next.coordinatorPartyId, version: task.version + 1 }, readVersion: task.version }));
  const overleg = context.directory.casusoverleg(record.regionId, routing.casusoverlegId);
  return {
    ok: true,
    change: {
      record: { next, readVersion: record.version },
      tasks: [...kept, ...added.map((task) => ({ task, readVersion: null }))],
      removedTasks: own.filter((task) => !partyIds.includes(task.partyId)).map((task) => ({ task, readVersion: task.version })),
      mails: taskMails(next, added, {
        directory: context.directory,
        portalUrl: context.links.portalUrl,
        overlegName: overleg?.name ?? '',
        answerBy,
        today: context.today,
      }),
      audit: [
        event(record, context, 'overleg-toegewezen', { casusoverleg: routing.casusoverlegId, parties: partyIds, coordinator: routing.coordinatorPartyId }),
      ],
    },
  };
}
