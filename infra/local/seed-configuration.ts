import { type RegionStore, seedRegions } from '#adapters/region-store';
import type { Person } from '#core/people';
import type { RegionConfig } from '#core/region-config';
import type { PortalUsersFile } from './seed-users';

const ROLE_NAMES = { contact: 'Contactpersoon', fg: 'FG', beheer: 'Beheerder' } as const;

/**
 * A local table's configuration and people, as a new installation in AWS
 * gets its configuration from the seed-configuration custom resource: the
 * regions of config/regions.json the table lacks, and a person record for
 * every seeded portal account that has none. Idempotent: a restart keeps
 * what the beheer pages changed.
 */
export async function seedLocalConfiguration(store: RegionStore, config: RegionConfig, users: PortalUsersFile, now: Date): Promise<void> {
  const at = now.toISOString();
  await seedRegions(store, config, at);
  const { people } = await store.load();
  const known = new Set(people.map((person) => person.personId));
  const parties = new Map(config.regions.flatMap((region) => region.parties.map((party) => [party.id, party.name] as const)));
  const regions = new Map(config.regions.map((region) => [region.id, region.name]));
  for (const user of users.users) {
    if (known.has(user.personId)) continue;
    const person: Person = {
      personId: user.personId,
      regionId: user.regionId,
      ...(user.partyId ? { partyId: user.partyId } : {}),
      role: user.role,
      name: `${ROLE_NAMES[user.role]} ${user.partyId ? parties.get(user.partyId) : regions.get(user.regionId)}`,
      email: user.email,
      status: 'active',
      invitedAt: at,
      invitedBy: 'seed',
    };
    await store.addPerson(person, { at, by: 'seed', action: 'persoon-uitgenodigd', personId: person.personId });
  }
}
