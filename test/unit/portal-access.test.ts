import { describe, expect, it } from 'vitest';
import { canAnswer, canCoordinate, canRegister, canView } from '#core/portal-access';
import type { PartyTask } from '#core/request-record';
import { actor, routedRequest, THUISZITTERSTAFEL_PARTIES } from './support/records';

/**
 * Covenant 003 art. 7.3: only the parties of the overleg see the case. The
 * Thuiszitterstafel request goes to SWV GO (coordinator), the municipality,
 * CJG Rijnmond and school board RGO. Kwadraad is a party of the same region
 * but not of this overleg; Passend Wijs is a party of another region.
 */
const { record, tasks } = routedRequest();
const taskOf = (partyId: string) => tasks.find((task) => task.partyId === partyId)!;
const OUTSIDERS = ['kwadraad', 'ibogo', 'passend-wijs', 'rbl-leerplein'];

describe('the request used here', () => {
  it('is routed to exactly the four parties, SWV GO coordinating', () => {
    expect(record.partyIds).toEqual(THUISZITTERSTAFEL_PARTIES);
    expect(record.coordinatorPartyId).toBe('swv-go');
  });
});

describe('canView', () => {
  it.each(THUISZITTERSTAFEL_PARTIES)('lets the contact person and the FG of %s see it', (partyId) => {
    expect(canView(actor(partyId, 'contact'), record)).toBe(true);
    expect(canView(actor(partyId, 'fg'), record)).toBe(true);
  });

  it.each(OUTSIDERS)('hides it from the contact person and the FG of %s, not a party of this request', (partyId) => {
    expect(canView(actor(partyId, 'contact'), record)).toBe(false);
    expect(canView(actor(partyId, 'fg'), record)).toBe(false);
  });
});

describe('canAnswer', () => {
  it.each(THUISZITTERSTAFEL_PARTIES)('lets the contact person of %s answer its own task, and no other', (partyId) => {
    for (const other of THUISZITTERSTAFEL_PARTIES) {
      expect(canAnswer(actor(partyId, 'contact'), taskOf(other)), `${partyId} on ${other}`).toBe(other === partyId);
    }
  });

  it('never lets an FG answer, not even for its own party', () => {
    for (const partyId of THUISZITTERSTAFEL_PARTIES) expect(canAnswer(actor(partyId, 'fg'), taskOf(partyId))).toBe(false);
  });

  it('lets a contact person complete an art. 19 task addressed to their party only', () => {
    const art19: PartyTask = { ...taskOf('rgo'), kind: 'art19', coordinator: false, fromPartyId: 'cjg-rijnmond' };
    expect(canAnswer(actor('rgo'), art19)).toBe(true);
    expect(canAnswer(actor('cjg-rijnmond'), art19)).toBe(false);
    expect(canAnswer(actor('rgo', 'fg'), art19)).toBe(false);
  });

  it.each(OUTSIDERS)('does not let %s, outside the request, answer any task', (partyId) => {
    for (const task of tasks) expect(canAnswer(actor(partyId), task)).toBe(false);
  });
});

describe('canCoordinate', () => {
  it('lets only the contact person of the coordinating party coordinate', () => {
    expect(canCoordinate(actor('swv-go'), record)).toBe(true);
    expect(canCoordinate(actor('swv-go', 'fg'), record)).toBe(false);
    for (const partyId of ['gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo', ...OUTSIDERS]) {
      expect(canCoordinate(actor(partyId), record), partyId).toBe(false);
    }
  });

  it('follows the variable party when it coordinates (the child-care organisation of the VOT)', () => {
    const vot = routedRequest({ overleg: { regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot', variablePartyId: 'kibeo' } }).record;
    expect(canCoordinate(actor('kibeo'), vot)).toBe(true);
    expect(canCoordinate(actor('swv-go'), vot)).toBe(false);
    expect(canCoordinate(actor('kidzeiland'), vot)).toBe(false);
  });

  it('refuses a coordinator id that is not among the parties of the request', () => {
    expect(canCoordinate(actor('kwadraad'), { coordinatorPartyId: 'kwadraad', partyIds: THUISZITTERSTAFEL_PARTIES })).toBe(false);
  });
});

describe('canRegister', () => {
  it('lets a contact person register for an overleg their party is in', () => {
    for (const partyId of THUISZITTERSTAFEL_PARTIES) expect(canRegister(actor(partyId), THUISZITTERSTAFEL_PARTIES)).toBe(true);
  });

  it('refuses an FG and a contact person of a party outside the overleg', () => {
    expect(canRegister(actor('swv-go', 'fg'), THUISZITTERSTAFEL_PARTIES)).toBe(false);
    for (const partyId of OUTSIDERS) expect(canRegister(actor(partyId), THUISZITTERSTAFEL_PARTIES), partyId).toBe(false);
    expect(canRegister(actor('swv-go'), [])).toBe(false);
  });
});
