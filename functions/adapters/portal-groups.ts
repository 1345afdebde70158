import type { PortalRole, PortalUser } from './portal-user';

/**
 * A portal user's party and role are the identity provider's groups
 * "contact:<partyId>" and "fg:<partyId>". The CDK stack, the local seeding and
 * the token check all name groups through this file, so they cannot drift.
 */
export const PORTAL_ROLES: readonly PortalRole[] = ['contact', 'fg'];

export function groupName(role: PortalRole, partyId: string): string {
  return `${role}:${partyId}`;
}

/** Every group for these parties: one per party and role. */
export function portalGroups(partyIds: readonly string[]): Array<{ name: string; role: PortalRole; partyId: string }> {
  return partyIds.flatMap((partyId) => PORTAL_ROLES.map((role) => ({ name: groupName(role, partyId), role, partyId })));
}

export class NotAPortalUserError extends Error {
  override name = 'NotAPortalUserError';
}

/**
 * The portal user in verified ID-token claims. Exactly one recognised group
 * of a known party: a user in no group, or in two (two parties, or two roles),
 * is refused rather than guessed, because the group decides which requests
 * the user may read.
 */
export function portalUserFromClaims(claims: Record<string, unknown>, knownPartyIds: ReadonlySet<string>): PortalUser {
  const sub = claims.sub;
  const email = claims.email;
  if (typeof sub !== 'string' || sub === '') throw new NotAPortalUserError('token has no subject');
  if (typeof email !== 'string' || email === '') throw new NotAPortalUserError('token has no e-mail address');
  const groups = claims['cognito:groups'];
  const recognised = (Array.isArray(groups) ? groups : [])
    .filter((group): group is string => typeof group === 'string')
    .map(parseGroup)
    .filter((group) => group !== undefined && knownPartyIds.has(group.partyId));
  if (recognised.length !== 1) throw new NotAPortalUserError(`expected one portal group, found ${recognised.length}`);
  const [{ role, partyId }] = recognised as [{ role: PortalRole; partyId: string }];
  return { userId: sub, email, partyId, role };
}

function parseGroup(group: string): { role: PortalRole; partyId: string } | undefined {
  const separator = group.indexOf(':');
  if (separator < 0) return undefined;
  const role = group.slice(0, separator);
  const partyId = group.slice(separator + 1);
  if (!(PORTAL_ROLES as readonly string[]).includes(role) || partyId === '') return undefined;
  return { role: role as PortalRole, partyId };
}
