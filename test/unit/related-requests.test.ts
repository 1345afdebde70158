import { describe, expect, it } from 'vitest';
import { normalisedName, relatedRequestsFor, sameChildKey } from '#core/related-requests';
import type { PortalActor } from '#core/portal-access';

const actor: PortalActor = { userId: 'u1', role: 'contact', partyId: 'swv-go' };
const request = (reference: string, overrides: Record<string, unknown> = {}) => ({
  reference,
  status: 'in_progress' as const,
  receivedOn: '2026-03-02',
  receivedAt: '2026-03-02T09:00:00.000Z',
  closedAt: null as string | null,
  partyIds: ['swv-go', 'rgo'],
  ...overrides,
});

describe('the same child', () => {
  it('compares names without case, accents, apostrophes or extra spaces', () => {
    expect(normalisedName('  Sanne  de Vries-Öztürk ')).toBe('sanne de vries ozturk');
    expect(normalisedName("Ma'ryam El-Idrissi")).toBe(normalisedName('maryam el idrissi'));
  });

  it('is one key for one region, overleg, name and date of birth, and none while the overleg is to be chosen', () => {
    const base = { regionId: 'go', casusoverlegId: 'tafel', child: { name: 'Sem de Vries', dateOfBirth: '2013-05-17' } };
    expect(sameChildKey(base)).toBe(sameChildKey({ ...base, child: { name: 'sem DE vriés', dateOfBirth: '2013-05-17' } }));
    expect(sameChildKey(base)).not.toBe(sameChildKey({ ...base, child: { name: 'Sem de Vries', dateOfBirth: '2013-05-18' } }));
    expect(sameChildKey(base)).not.toBe(sameChildKey({ ...base, casusoverlegId: 'andere-tafel' }));
    expect(sameChildKey({ ...base, toAssign: true })).toBeNull();
  });
});

describe('related requests', () => {
  it('lists the others, oldest first, never the request itself or one still unconfirmed', () => {
    const self = request('A');
    const related = relatedRequestsFor(actor, self, [
      request('C', { receivedAt: '2026-03-04T09:00:00.000Z', receivedOn: '2026-03-04' }),
      self,
      request('B', { receivedAt: '2026-03-01T09:00:00.000Z', receivedOn: '2026-03-01' }),
      request('D', { status: 'awaiting_confirmation' }),
    ]);
    expect(related.map((other) => other.reference)).toEqual(['B', 'C']);
    expect(related[0]).toEqual({ reference: 'B', status: 'in_progress', receivedOn: '2026-03-01' });
  });

  it('links only requests that were open at the same time', () => {
    const self = request('A');
    const closedBefore = request('B', { status: 'closed', receivedAt: '2026-01-02T09:00:00.000Z', closedAt: '2026-02-01T09:00:00.000Z' });
    const closedAfter = request('C', { status: 'closed', receivedAt: '2026-01-02T09:00:00.000Z', closedAt: '2026-03-05T09:00:00.000Z' });
    expect(relatedRequestsFor(actor, self, [closedBefore, closedAfter]).map((other) => other.reference)).toEqual(['C']);
    // And the other way round: a request that arrived after this one was closed is not linked to it.
    const closedSelf = request('A', { status: 'closed', closedAt: '2026-03-03T09:00:00.000Z' });
    expect(relatedRequestsFor(actor, closedSelf, [request('E', { receivedAt: '2026-03-04T09:00:00.000Z' })])).toEqual([]);
  });

  it('shows a party only the requests that were routed to it too', () => {
    const notRouted = request('B', { partyIds: ['rgo', 'cjg'] });
    expect(relatedRequestsFor(actor, request('A'), [notRouted])).toEqual([]);
    expect(relatedRequestsFor({ ...actor, partyId: 'rgo' }, request('A'), [notRouted]).map((other) => other.reference)).toEqual(['B']);
  });
});
