import { describe, expect, it } from 'vitest';
import * as actions from '#application/case-actions';
import { loadCaseView } from '#application/case-file';
import { confirmRequest } from '#application/confirm-request';
import { registerRequest } from '#application/register-request';
import { answerQuestion, loadStatus } from '#application/request-status';
import { submitRequest } from '#application/submit-request';
import { inMemoryDeps } from '#test-support/in-memory';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { actor, dir, rawRequest, REQUESTER_EMAIL, THUISZITTERSTAFEL_PARTIES } from './support/records';

/**
 * The use cases against in-memory ports: the same flows the integration tests
 * run against DynamoDB Local, in milliseconds, so a rule of the application
 * layer (who may act, what is written together, what a conflict does) fails
 * here first.
 */
const config = { directory: dir, designatedHolidays: [] as string[], retentionDays: 365 };
const NOW = new Date('2026-11-23T09:00:00Z');
const coordinator = actor('swv-go');

async function routedRequest() {
  const deps = inMemoryDeps(config, NOW);
  const submitted = await submitRequest(deps, rawRequest(), { channel: 'formulier' });
  if (submitted.kind !== 'created') throw new Error(submitted.kind);
  // The first token is the confirmation token, the second the status token (countingSecrets).
  const confirmed = await confirmRequest(deps, 'token-1');
  if (confirmed.kind !== 'confirmed') throw new Error(confirmed.kind);
  return { deps, reference: submitted.answer.reference };
}

const answerForm = (partyId: string) =>
  new URLSearchParams({
    'inzage.outcome': 'verstrekt',
    'inzage.categories': 'NAW-gegevens',
    'inzage.summary': `Samenvatting van ${partyId}.`,
    ...inzageStatementFields(),
    'rectificatie.outcome': 'geen gegevens',
  });

describe('intake through the ports', () => {
  it('routes a confirmed request to every party once, however often it is confirmed', async () => {
    const { deps, reference } = await routedRequest();
    expect((await deps.cases.getTasks(reference)).map((task) => task.partyId).sort()).toEqual([...THUISZITTERSTAFEL_PARTIES].sort());
    const mailsBefore = deps.cases.outbox.length;
    const again = await confirmRequest(deps, 'token-1');
    expect(again).toMatchObject({ kind: 'confirmed', alreadyConfirmed: true });
    expect(deps.cases.outbox).toHaveLength(mailsBefore);
    expect(deps.cases.mailsTo(REQUESTER_EMAIL)).toHaveLength(1);
  });

  it('answers a repeated Idempotency-Key with the first answer and stores one request', async () => {
    const deps = inMemoryDeps(config, NOW);
    const first = await submitRequest(deps, rawRequest(), { channel: 'api', idempotencyKey: 'sleutel-1' });
    const second = await submitRequest(deps, { ...rawRequest(), details: 'Iets anders.' }, { channel: 'api', idempotencyKey: 'sleutel-1' });
    expect(first.kind).toBe('created');
    expect(second.kind).toBe('replayed');
    expect(deps.cases.requests.size).toBe(1);
  });

  it('registers a letter once however often its form is posted, and only per party', async () => {
    const deps = inMemoryDeps(config, NOW);
    const received = { receivedOn: '2026-11-20', channel: 'brief', submissionId: 'formulier-1' };
    const first = await registerRequest(deps, actor('rgo'), rawRequest(), received);
    const second = await registerRequest(deps, actor('rgo'), rawRequest(), received);
    expect(first.kind).toBe('registered');
    expect(second).toEqual(first);
    expect(deps.cases.requests.size).toBe(1);
    // The same submission id from another party is a registration of its own.
    const other = await registerRequest(deps, actor('swv-go'), rawRequest(), received);
    expect(other.kind).toBe('registered');
    expect(other).not.toEqual(first);
    expect(deps.cases.requests.size).toBe(2);
  });

  it('refuses an invalid request with Dutch field errors and stores nothing', async () => {
    const deps = inMemoryDeps(config, NOW);
    const outcome = await submitRequest(deps, { ...rawRequest(), types: [] }, { channel: 'formulier' });
    expect(outcome.kind).toBe('invalid');
    expect(deps.cases.requests.size).toBe(0);
  });
});

describe('portal use cases through the ports', () => {
  it('shows a case only to the parties it was routed to', async () => {
    const { deps, reference } = await routedRequest();
    expect(await loadCaseView(deps, actor('gemeente-velsen'), reference)).toBeNull();
    expect(await actions.answerForParty(deps, actor('gemeente-velsen'), reference, answerForm('gemeente-velsen'), 1)).toEqual({ kind: 'forbidden' });
    expect((await loadCaseView(deps, actor('rgo'), reference))?.standing).toBe('contact');
  });

  it('turns an answer typed over a newer one into a conflict, and keeps the newer one', async () => {
    const { deps, reference } = await routedRequest();
    expect(await actions.answerForParty(deps, actor('rgo'), reference, answerForm('rgo'), 1)).toEqual({ kind: 'done' });
    expect(await actions.answerForParty(deps, actor('rgo'), reference, answerForm('rgo-oud'), 1)).toEqual({ kind: 'conflict' });
    const view = await loadCaseView(deps, actor('rgo'), reference);
    expect(view?.ownAnswer?.answers.find((answer) => answer.type === 'inzage')?.summary).toBe('Samenvatting van rgo.');
  });

  it('lets the coordinator decide only when every party has answered', async () => {
    const { deps, reference } = await routedRequest();
    const decision = new URLSearchParams({
      'inzage.outcome': 'toegewezen',
      'inzage.motivation': 'Alles gegeven.',
      'rectificatie.outcome': 'toegewezen',
      'rectificatie.motivation': 'Niets te verbeteren.',
    });
    const early = await actions.sendDecision(deps, coordinator, reference, decision, (await deps.cases.getRequest(reference))!.version);
    expect(early).toMatchObject({ kind: 'refused' });
    expect(early.kind === 'refused' && early.message).toContain('Nog niet alle organisaties hebben geantwoord');
    for (const partyId of THUISZITTERSTAFEL_PARTIES) {
      const task = (await deps.cases.getTasks(reference)).find((candidate) => candidate.partyId === partyId)!;
      expect(await actions.answerForParty(deps, actor(partyId), reference, answerForm(partyId), task.version)).toEqual({ kind: 'done' });
    }
    // An inzage sends data to the requester: not before the coordinator recorded who asks.
    const unchecked = await loadCaseView(deps, coordinator, reference);
    expect(unchecked?.can.decide).toEqual({ allowed: false, reason: expect.stringContaining('Leg eerst vast hoe u heeft gecontroleerd') });
    expect(await actions.sendDecision(deps, coordinator, reference, decision, unchecked!.request.version)).toMatchObject({ kind: 'refused' });
    const identity = { method: 'machtiging', checkedOn: deps.clock.now().toISOString().slice(0, 10) };
    expect(await actions.recordIdentity(deps, actor('rgo'), reference, identity, unchecked!.request.version)).toEqual({ kind: 'forbidden' });
    expect(await actions.recordIdentity(deps, coordinator, reference, identity, unchecked!.request.version)).toEqual({ kind: 'done' });
    const view = await loadCaseView(deps, coordinator, reference);
    expect(view?.request.identityCheck).toMatchObject({ method: 'machtiging', checkedBy: coordinator.userId });
    expect(view?.can.decide).toEqual({ allowed: true });
    expect(await actions.sendDecision(deps, coordinator, reference, decision, view!.request.version)).toEqual({ kind: 'done' });
    expect((await deps.cases.getRequest(reference))?.status).toBe('decided');
    expect(await actions.sendDecision(deps, actor('rgo'), reference, decision, view!.request.version + 1)).toEqual({ kind: 'forbidden' });
  });

  it('stops the clock for a question and starts it again with the requester’s answer', async () => {
    const { deps, reference } = await routedRequest();
    const version = (await deps.cases.getRequest(reference))!.version;
    expect(await actions.askClarification(deps, coordinator, reference, 'Kunt u zich legitimeren?', version)).toEqual({ kind: 'done' });
    const paused = await loadStatus(deps, 'token-2');
    expect(paused?.openQuestion?.question).toBe('Kunt u zich legitimeren?');
    deps.clock.at = new Date('2026-11-26T09:00:00Z');
    expect(await answerQuestion(deps, 'token-2', 'Ja, met mijn paspoort.', paused!.version)).toEqual({ kind: 'done' });
    const resumed = await loadStatus(deps, 'token-2');
    expect(resumed?.status).toBe('in_progress');
    // Paused from 23 to 26 November: three days later than the deadline fixed at receipt.
    expect(resumed!.deadline > paused!.deadline).toBe(true);
    expect(await answerQuestion(deps, 'token-2', 'Nog een keer.', resumed!.version)).toMatchObject({ kind: 'refused' });
  });
});
