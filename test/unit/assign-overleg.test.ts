import { describe, expect, it } from 'vitest';
import { directory } from '#core/directory';
import { parseRegionConfig } from '#core/region-config';
import { answerTask, whyNot } from '#core/request-lifecycle';
import { assignOverleg } from '#core/assign-overleg';
import { UNKNOWN_OVERLEG } from '#core/routing';
import { caseViewFor } from '#core/case-view';
import { canView } from '#core/portal-access';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';
import { applyChange, changeOf, dir, lifecycleContext, refusalOf, routedRequest } from './support/records';

/**
 * "Ik weet het niet": the request goes to the region's central contact point
 * alone, which chooses the overleg in the portal; then the overleg's parties
 * get their tasks, at the deadline that ran from receipt.
 */
const UNKNOWN = { regionId: 'goeree-overflakkee', casusoverlegId: UNKNOWN_OVERLEG };

function unassigned(directoryInUse = dir) {
  const routed = routedRequest({ overleg: UNKNOWN, directory: directoryInUse });
  return { record: routed.record, tasks: routed.tasks, mails: routed.mails };
}

describe('a request whose overleg the requester did not know', () => {
  it('goes to the central contact point alone, with a mail that asks it to choose the overleg', () => {
    const { record, tasks, mails } = unassigned();
    expect(record.toAssign).toBe(true);
    expect(tasks.map((task) => [task.partyId, task.coordinator])).toEqual([['swv-go', true]]);
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0]!.values)).toContain('"toAssign":true');
  });

  it('cannot be answered or decided before the overleg is chosen', () => {
    const { record, tasks } = unassigned();
    const context = lifecycleContext(record.receivedOn);
    expect(refusalOf(answerTask(record, tasks[0]!, tasks, [], context))).toMatch(/Kies eerst het overleg/);
    expect(whyNot.decide(record, tasks, context)).toMatch(/Kies eerst het overleg/);
    const view = caseViewFor(context.actor, { record, tasks, audit: [] }, { today: record.receivedOn, directory: dir, designatedHolidays: [] });
    expect(view.next).toBe('assign');
    expect(view.can.answer.allowed).toBe(false);
    // Every overleg of the region, the Thuiszitterstafel with each school board to choose.
    expect(view.assignChoices.map((choice) => choice.overleg)).toContain('Thuiszitterstafel');
    expect(view.assignChoices.find((choice) => choice.overleg === 'Thuiszitterstafel')!.options.map((option) => option.value)).toContain(
      'go-thuiszitterstafel/rgo',
    );
  });

  it('once assigned, goes to every party of the overleg at the same deadline, with a mail each, and the central contact keeps its task as coordinator', () => {
    const { record, tasks } = unassigned();
    const context = lifecycleContext('2026-03-05');
    const change = changeOf(assignOverleg(record, tasks, { casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' }, context) as never);
    const after = applyChange({ record, tasks }, change);
    expect(after.record.toAssign).toBeUndefined();
    expect(after.record.partyIds).toEqual(['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo']);
    expect(after.tasks.map((task) => [task.partyId, task.coordinator, task.deadline])).toEqual([
      ['swv-go', true, record.deadline],
      ['gemeente-goeree-overflakkee', false, record.deadline],
      ['cjg-rijnmond', false, record.deadline],
      ['rgo', false, record.deadline],
    ]);
    // The central contact point already had its mail; the three new parties get theirs.
    expect(change.mails.map((mail) => mail.kind)).toEqual(['partyTask', 'partyTask', 'partyTask']);
    expect(change.audit.map((event) => event.action)).toEqual(['overleg-toegewezen']);
    // And now the parties can answer.
    expect(whyNot.answer(after.record, 'rgo')).toBeNull();
    expect(refusalOf(assignOverleg(after.record, after.tasks, { casusoverlegId: 'go-vot', variablePartyId: 'kibeo' }, context) as never)).toMatch(/al gekozen/);
  });

  it('refuses an incomplete choice: the overleg needs its school board', () => {
    const { record, tasks } = unassigned();
    const outcome = assignOverleg(record, tasks, { casusoverlegId: 'go-thuiszitterstafel' }, lifecycleContext('2026-03-05'));
    expect('invalid' in outcome && outcome.invalid.map((error) => error.path)).toEqual(['choice']);
  });

  it('removes the task of a central contact point that is no party of the overleg it chose', () => {
    const json = loadRegionsJson();
    json.regions.find((region: { id: string }) => region.id === 'goeree-overflakkee').centralContact = 'kwadraad';
    const kwadraadCentral = directory(parseRegionConfig(json, REGIONS_FILE));
    const { record, tasks } = unassigned(kwadraadCentral);
    expect(tasks.map((task) => task.partyId)).toEqual(['kwadraad']);
    const context = { ...lifecycleContext('2026-03-05', { partyId: 'kwadraad', directory: kwadraadCentral }) };
    const change = changeOf(assignOverleg(record, tasks, { casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' }, context) as never);
    const after = applyChange({ record, tasks }, change);
    expect(after.tasks.map((task) => task.partyId)).toEqual(['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo']);
    expect(after.record.coordinatorPartyId).toBe('swv-go');
    // Routed elsewhere, it no longer sees the request.
    expect(canView(context.actor, after.record)).toBe(false);
  });
});
