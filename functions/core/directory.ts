import type { Casusoverleg, Party, Region, RegionConfig } from './region-config';

/**
 * Lookups over region configuration that has been checked already (by
 * parseRegionConfig at start-up locally, and at `cdk synth` for AWS). Kept apart
 * from the schema so functions that only look things up do not carry it.
 */
export interface Directory {
  config: RegionConfig;
  region(id: string): Region | undefined;
  party(id: string): Party | undefined;
  casusoverleg(regionId: string, casusoverlegId: string): Casusoverleg | undefined;
  /** The parties a requester may choose as the variable party of this casusoverleg. */
  variablePartyChoices(regionId: string, casusoverlegId: string): Party[];
}

/** Lookups over a parsed configuration. */
export function directory(config: RegionConfig): Directory {
  const regions = new Map(config.regions.map((region) => [region.id, region]));
  const parties = new Map(config.regions.flatMap((region) => region.parties.map((party) => [party.id, party] as const)));
  const casusoverleg = (regionId: string, casusoverlegId: string) => regions.get(regionId)?.casusoverleggen.find((overleg) => overleg.id === casusoverlegId);
  return {
    config,
    region: (regionId) => regions.get(regionId),
    party: (partyId) => parties.get(partyId),
    casusoverleg,
    variablePartyChoices(regionId, casusoverlegId) {
      const overleg = casusoverleg(regionId, casusoverlegId);
      const region = regions.get(regionId);
      if (!overleg?.variableParty || !region) return [];
      return region.parties.filter((party) => party.type === overleg.variableParty && !overleg.parties.includes(party.id));
    },
  };
}
