import type { IsoDate } from './calendar-date';
import { type Person, partyMailboxes } from './people';
import type { Casusoverleg, Party, Region, RegionConfig } from './region-config';

/**
 * Lookups over region configuration that has been checked already (by
 * parseRegionConfig before every version is stored, adapters/region-store.ts),
 * and over the people of the regions. Kept apart from the schema so functions
 * that only look things up do not carry it.
 */
export interface Directory {
  config: RegionConfig;
  region(id: string): Region | undefined;
  party(id: string): Party | undefined;
  /** The region a party belongs to (party ids are unique over the installation). */
  regionOfParty(partyId: string): Region | undefined;
  /** The version of the region's configuration in use (0 for one that was never stored, as in unit tests). */
  regionVersion(regionId: string): number;
  /** Where a party's contact or FG mail goes today (core/people.ts): none when it has neither a shared mailbox nor active people. */
  mailboxes(partyId: string, role: 'contact' | 'fg', today: IsoDate): string[];
  person(personId: string): Person | undefined;
  peopleOfRegion(regionId: string): Person[];
  casusoverleg(regionId: string, casusoverlegId: string): Casusoverleg | undefined;
  /** The parties a requester may choose as the variable party of this casusoverleg. */
  variablePartyChoices(regionId: string, casusoverlegId: string): Party[];
}

/** Lookups over a parsed configuration, its people and the version of each region. */
export function directory(config: RegionConfig, people: readonly Person[] = [], versions: Readonly<Record<string, number>> = {}): Directory {
  const regions = new Map(config.regions.map((region) => [region.id, region]));
  const parties = new Map(config.regions.flatMap((region) => region.parties.map((party) => [party.id, party] as const)));
  const regionOfParty = new Map(config.regions.flatMap((region) => region.parties.map((party) => [party.id, region] as const)));
  const persons = new Map(people.map((person) => [person.personId, person]));
  const casusoverleg = (regionId: string, casusoverlegId: string) => regions.get(regionId)?.casusoverleggen.find((overleg) => overleg.id === casusoverlegId);
  return {
    config,
    region: (regionId) => regions.get(regionId),
    party: (partyId) => parties.get(partyId),
    regionOfParty: (partyId) => regionOfParty.get(partyId),
    regionVersion: (regionId) => versions[regionId] ?? 0,
    mailboxes(partyId, role, today) {
      const party = parties.get(partyId);
      return party ? partyMailboxes(party, role, people, today) : [];
    },
    person: (personId) => persons.get(personId),
    peopleOfRegion: (regionId) => people.filter((person) => person.regionId === regionId),
    casusoverleg,
    variablePartyChoices(regionId, casusoverlegId) {
      const overleg = casusoverleg(regionId, casusoverlegId);
      const region = regions.get(regionId);
      if (!overleg?.variableParty || !region) return [];
      return region.parties.filter((party) => party.type === overleg.variableParty && !overleg.parties.includes(party.id));
    },
  };
}
