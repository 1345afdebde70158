import type { PortalRole, SessionUser } from './portal-user';

/**
 * A portal user's party and role are the identity provider's groups
 * "contact:<partyId>" and "fg:<partyId>"; a beheerder's region is the group
 * "beheer:<regionId>". The CDK stack, the local seeding, the beheer pages and
 * the token check all name groups through this file, so they cannot drift.
 */
export const PORTAL_ROLES: readonly PortalRole[] = ['contact', 'fg'];

export function groupName(role: PortalRole | 'beheer', id: string): string {
  return `${role}:${id}`;
}

/** The ids a group may name: a group of a party or region that is not configured gives no access. */
export interface KnownIds {
  partyIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
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
 * of a known party or region: a user in no group, or in two (two parties, two
 * roles, or a party and a region), is refused rather than guessed, because the
 * group decides what the user may read.
 */
export function portalUserFromClaims(claims: Record<string, unknown>, known: KnownIds): SessionUser {
  const sub = claims.sub;
  const email = claims.email;
  if (typeof sub !== 'string' || sub === '') throw new NotAPortalUserError('token has no subject');
  if (typeof email !== 'string' || email === '') throw new NotAPortalUserError('token has no e-mail address');
  const groups = claims['cognito:groups'];
  const recognised = (Array.isArray(groups) ? groups : [])
    .filter((group): group is string => typeof group === 'string')
    .map(parseGroup)
    .filter((group) => group !== undefined && (group.role === 'beheer' ? known.regionIds : known.partyIds).has(group.id));
  if (recognised.length !== 1) throw new NotAPortalUserError(`expected one portal group, found ${recognised.length}`);
  const [{ role, id }] = recognised as [{ role: PortalRole | 'beheer'; id: string }];
  return role === 'beheer' ? { userId: sub, email, role, regionId: id } : { userId: sub, email, partyId: id, role };
}

function parseGroup(group: string): { role: PortalRole | 'beheer'; id: string } | undefined {
  const separator = group.indexOf(':');
  if (separator < 0) return undefined;
  const role = group.slice(0, separator);
  const id = group.slice(separator + 1);
  if (![...PORTAL_ROLES, 'beheer'].includes(role) || id === '') return undefined;
  return { role: role as PortalRole | 'beheer', id };
}
