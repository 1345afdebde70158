import { describe, expect, it } from 'vitest';
import { loadMyWork } from '#application/my-work';
import type { TypeAnswer } from '#core/party-answer';
import { answerTask, decide, pauseForClarification } from '#core/request-lifecycle';
import type { PartyTask, RequestRecord } from '#core/request-record';
import type { RequestType } from '#core/request-schema';
import { InMemoryTable } from '#test-support/in-memory';
import { actor, applyChange, changeOf, dir, identityChecked, lifecycleContext, routedRequest, THUISZITTERSTAFEL_PARTIES } from './support/records';

/**
 * Mijn taken for the coordinator (issue: the coordinator lost requests once
 * their own part was answered): every request that waits for them is listed
 * with their own step, until it is closed.
 */
type State = { record: RequestRecord; tasks: PartyTask[] };
const COORDINATOR = 'swv-go';
const NOTHING: TypeAnswer[] = (['inzage', 'rectificatie'] as RequestType[]).map((type) => ({
  type,
  outcome: 'geen gegevens',
  categories: [],
  summary: '',
  motivation: '',
}));

function answered(state: State, partyIds: string[], today: string): State {
  return partyIds.reduce((current, partyId) => {
    const task = current.tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === partyId)!;
    return applyChange(current, changeOf(answerTask(current.record, task, current.tasks, NOTHING, lifecycleContext(today, { partyId }))));
  }, state);
}

async function workOf(state: State, partyId: string, today: string, role: 'contact' | 'fg' = 'contact') {
  const table = new InMemoryTable();
  table.requests.set(state.record.reference, state.record);
  for (const task of state.tasks) table.tasks.set(`${task.reference}#${task.partyId}`, task);
  return loadMyWork({ cases: table, config: { directory: dir, designatedHolidays: [] } }, actor(partyId, role), today);
}

const coordinationOf = async (state: State, today: string) =>
  (await workOf(state, COORDINATOR, today))
    .filter((item) => item.kind === 'coordination')
    .map((item) => item.kind === 'coordination' && [item.step, item.answered, item.parts, item.stopped]);

describe('Mijn taken for the coordinator', () => {
  it('keeps the request after the coordinator answered its own part: "collect", with how many answers are in', async () => {
    const state = answered(routedRequest(), [COORDINATOR], '2026-03-05');
    expect(await coordinationOf(state, '2026-03-05')).toEqual([['collect', 1, 4, false]]);
    // Its own answer task is gone; only the coordinator's step remains.
    expect((await workOf(state, COORDINATOR, '2026-03-05')).map((item) => item.kind)).toEqual(['coordination']);
  });

  it('says "decide" once every answer is in', async () => {
    const state = answered(routedRequest(), THUISZITTERSTAFEL_PARTIES, '2026-03-05');
    expect(await coordinationOf(state, '2026-03-05')).toEqual([['decide', 4, 4, false]]);
  });

  it('says "decide" for a deelbesluit from its first day, with one party still working', async () => {
    const state = answered(routedRequest(), ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond'], '2026-03-05');
    expect(await coordinationOf(state, '2026-03-25')).toEqual([['collect', 3, 4, false]]);
    expect(await coordinationOf(state, '2026-03-26')).toEqual([['decide', 3, 4, false]]);
  });

  it('shows a paused request as waiting for the requester, the clock standing still', async () => {
    const start = routedRequest();
    const paused = applyChange(
      start,
      changeOf(pauseForClarification(start.record, start.tasks, { question: 'Welke school?' }, lifecycleContext('2026-03-06', { partyId: COORDINATOR }))),
    );
    expect(await coordinationOf(paused, '2026-03-20')).toEqual([['await-requester', 0, 0, true]]);
  });

  it('asks to close the case after the decision, and drops nothing before', async () => {
    const all = answered(routedRequest(), THUISZITTERSTAFEL_PARTIES, '2026-03-05');
    const decision = ['inzage', 'rectificatie'].map((type) => ({
      type: type as RequestType,
      outcome: 'afgewezen' as const,
      motivation: 'Wij hebben geen gegevens over uw kind.',
      ground: 'geen-gegevens',
    }));
    const decided = applyChange(
      all,
      changeOf(decide(identityChecked(all.record), all.tasks, decision as never, lifecycleContext('2026-03-06', { partyId: COORDINATOR }))),
    );
    expect(decided.record.status).toBe('decided');
    expect(await coordinationOf(decided, '2026-03-06')).toEqual([['close', 0, 0, false]]);
  });

  it("is only the coordinator's contacts' work: not the FG's, not another party's", async () => {
    const state = answered(routedRequest(), [COORDINATOR], '2026-03-05');
    expect((await workOf(state, COORDINATOR, '2026-03-05', 'fg')).filter((item) => item.kind === 'coordination')).toEqual([]);
    expect((await workOf(state, 'rgo', '2026-03-05')).map((item) => item.kind)).toEqual(['answer']);
  });

  it("lists a party's answer by its answer-by date, the coordinator's step by the deadline", async () => {
    const state = routedRequest();
    const work = await workOf(state, COORDINATOR, '2026-03-05');
    expect(work.map((item) => [item.kind, item.kind === 'coordination' ? item.deadline : item.answerBy])).toEqual([
      ['answer', '2026-03-26'],
      ['coordination', '2026-04-02'],
    ]);
  });
});
