import type { IsoDate } from './calendar-date';
import type { Directory } from './directory';
import type { Person } from './people';
import type { Casusoverleg, Party, Region } from './region-config';

/**
 * What a beheerder sees of the installation: their own region, nothing else.
 * Every beheer use case starts from `ownRegion`, so a party, an overleg or a
 * person of another region is simply not found (the page says so, as for a
 * request that does not exist), whatever id the URL carries.
 */
export function ownRegion(directory: Directory, beheerder: { regionId: string }): Region | undefined {
  return directory.region(beheerder.regionId);
}

export const partyOfRegion = (region: Region, partyId: string): Party | undefined => region.parties.find((party) => party.id === partyId);
export const overlegOfRegion = (region: Region, overlegId: string): Casusoverleg | undefined =>
  region.casusoverleggen.find((overleg) => overleg.id === overlegId);

/** A person the beheerder may change: one of their own region. */
export function personOfRegion(directory: Directory, region: Region, personId: string): Person | undefined {
  const person = directory.person(personId);
  return person?.regionId === region.id ? person : undefined;
}

export interface RegionOverview {
  region: Region;
  version: number;
  parties: Array<{ party: Party; mailTo: string[]; people: number }>;
  overleggen: Array<{ overleg: Casusoverleg; partyNames: string[] }>;
}

/** The beheer home page: each party with where its mail goes today and how many people it has, each overleg with its parties. */
export function regionOverview(directory: Directory, region: Region, today: IsoDate): RegionOverview {
  const people = directory.peopleOfRegion(region.id);
  const name = (id: string) => partyOfRegion(region, id)?.name ?? id;
  return {
    region,
    version: directory.regionVersion(region.id),
    parties: region.parties.map((party) => ({
      party,
      mailTo: directory.mailboxes(party.id, 'contact', today),
      people: people.filter((person) => person.partyId === party.id).length,
    })),
    overleggen: region.casusoverleggen.map((overleg) => ({ overleg, partyNames: overleg.parties.map(name) })),
  };
}

/**
 * What a beheerder may do to a person of their region: turn a contact or FG
 * off or on, and remove one only once turned off (so removal is never one
 * slip). A beheerder's own account is the operator's (docs/operations.md).
 */
export type PersonChange = 'disabled' | 'active' | 'removed';

export function personChanges(person: Pick<Person, 'role' | 'status'>): PersonChange[] {
  if (person.role === 'beheer') return [];
  return person.status === 'active' ? ['disabled'] : ['active', 'removed'];
}
