import type { PortalActor } from '#core/portal-access';
import type { PortalUser } from '#adapters/portal-user';
import type { Directory } from '#core/directory';
import type { PortalChrome } from '#views/portal-layout';

/** Who is signed in, as every portal page shows it. */
export function chromeFor(directory: Directory, user: PortalUser, csrf: string): PortalChrome {
  return { csrf, partyName: directory.party(user.partyId)?.name ?? user.partyId, role: user.role };
}

/** The parts of a signed-in user the core's rules look at. */
export const actorOf = (user: PortalUser): PortalActor => ({ userId: user.userId, partyId: user.partyId, role: user.role });
