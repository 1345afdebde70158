import { describe, expect, it } from 'vitest';
import { groupName, NotAPortalUserError, portalGroups, portalUserFromClaims } from '#adapters/portal-groups';

const parties = { partyIds: new Set(['rgo', 'swv-go']), regionIds: new Set(['goeree-overflakkee']) };
const claims = (groups: unknown, extra: Record<string, unknown> = {}) => ({ sub: 'abc-123', email: 'iemand@rgo.example', 'cognito:groups': groups, ...extra });

describe('portal groups', () => {
  it('names groups "<role>:<partyId>", one per party and role', () => {
    expect(groupName('contact', 'rgo')).toBe('contact:rgo');
    expect(portalGroups(['rgo', 'swv-go']).map((group) => group.name)).toEqual(['contact:rgo', 'fg:rgo', 'contact:swv-go', 'fg:swv-go']);
  });
});

describe('portalUserFromClaims', () => {
  it.each([
    [['contact:rgo'], 'rgo', 'contact'],
    [['fg:swv-go'], 'swv-go', 'fg'],
    // Groups that are not portal groups (e.g. an admin group) do not count.
    [['beheer', 'contact:rgo', 'us-east-1_Pool_Google'], 'rgo', 'contact'],
  ] as const)('maps %j to party %s, role %s', (groups, partyId, role) => {
    expect(portalUserFromClaims(claims(groups), parties)).toEqual({ userId: 'abc-123', email: 'iemand@rgo.example', partyId, role });
  });

  it("maps beheer:<regionId> to the region's beheerder", () => {
    expect(portalUserFromClaims(claims(['beheer:goeree-overflakkee']), parties)).toEqual({
      userId: 'abc-123',
      email: 'iemand@rgo.example',
      role: 'beheer',
      regionId: 'goeree-overflakkee',
    });
  });

  it.each([
    ['no groups claim', undefined],
    ['an empty list', []],
    ['only unrelated groups', ['beheer']],
    ['an unknown role', ['admin:rgo']],
    ['a party that is not configured', ['contact:onbekend']],
    ['an empty party id', ['contact:']],
    ['two parties', ['contact:rgo', 'contact:swv-go']],
    ['two roles at one party', ['contact:rgo', 'fg:rgo']],
    ['a region that is not configured', ['beheer:elders']],
    ['a party group and a beheer group', ['contact:rgo', 'beheer:goeree-overflakkee']],
    ['a string instead of a list', 'contact:rgo'],
    ['a role name in another case', ['Contact:rgo']],
  ])('refuses %s', (_, groups) => {
    expect(() => portalUserFromClaims(claims(groups), parties)).toThrow(NotAPortalUserError);
  });

  it('refuses claims without subject or e-mail address', () => {
    expect(() => portalUserFromClaims(claims(['contact:rgo'], { sub: undefined }), parties)).toThrow(NotAPortalUserError);
    expect(() => portalUserFromClaims(claims(['contact:rgo'], { email: '' }), parties)).toThrow(NotAPortalUserError);
  });
});
