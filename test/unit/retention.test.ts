import { describe, expect, it } from 'vitest';
import { filesDue, keptBy, retainedParts } from '#core/retention';
import { dir, MIDDEN_GELRE_PARTIES } from './support/records';

const CLOSED_AT = new Date('2026-05-04T22:30:00Z'); // 00:30 on 5 May in Amsterdam

describe('per-party retention', () => {
  it('keeps only the parts of parties whose own period is longer than the covenant’s, counted from the Amsterdam day of closing', () => {
    expect(dir.party('rbl-midden-gelre')!.retentionDays).toBe(1826);
    const parts = retainedParts(MIDDEN_GELRE_PARTIES, dir, CLOSED_AT, 365);
    expect(parts).toEqual([{ partyId: 'rbl-midden-gelre', until: '2031-05-05', expiresAt: Math.floor(CLOSED_AT.getTime() / 1000) + 1826 * 86_400 }]);
    // A covenant period at least as long as the party's own: nothing is kept longer.
    expect(retainedParts(MIDDEN_GELRE_PARTIES, dir, CLOSED_AT, 1826)).toEqual([]);
  });

  it('keeps that party’s task and files and the letters, not another party’s nor the requester’s', () => {
    const parts = retainedParts(MIDDEN_GELRE_PARTIES, dir, CLOSED_AT, 365);
    expect(keptBy({ task: { partyId: 'rbl-midden-gelre' } }, parts)?.partyId).toBe('rbl-midden-gelre');
    expect(keptBy({ task: { partyId: 'passend-wijs' } }, parts)).toBeNull();
    expect(keptBy({ document: { owner: { kind: 'party', partyId: 'rbl-midden-gelre' } } }, parts)?.until).toBe('2031-05-05');
    expect(keptBy({ document: { owner: { kind: 'party', partyId: 'de-liemers' } } }, parts)).toBeNull();
    expect(keptBy({ document: { owner: { kind: 'letter' } } }, parts)?.until).toBe('2031-05-05');
    expect(keptBy({ document: { owner: { kind: 'requester' } } }, parts)).toBeNull();
    expect(keptBy({ document: { owner: { kind: 'letter' } } }, [])).toBeNull();
  });

  it('purges on a day only the files without a later day of their own, and names the next such day', () => {
    const files = [{ id: 'a' }, { id: 'b', retainUntil: '2031-05-05' }, { id: 'c', retainUntil: '2026-06-01' }, { id: 'd', retainUntil: '2029-01-01' }];
    expect(filesDue(files, '2026-06-01')).toEqual({ due: ['a', 'c'], nextDue: '2029-01-01' });
    expect(filesDue(files, '2031-05-05')).toEqual({ due: ['a', 'b', 'c', 'd'], nextDue: null });
  });
});
