import type { Directory } from './directory';
import type { PartyType } from './region-config';
import { UNKNOWN_OVERLEG } from './request-kinds';

/**
 * The routing rule without its words: which parties a choice reaches and who
 * coordinates, or what is wrong with the choice. routing.ts puts the problem
 * into the requester's words; the central contact point's choice in the
 * portal (assign-overleg.ts) needs only the rule.
 */
export interface RoutedParty {
  partyId: string;
  coordinator: boolean;
}

export interface Routing {
  regionId: string;
  casusoverlegId: string;
  variablePartyId: string | null;
  coordinatorPartyId: string;
  /** The casusoverleg's fixed parties in configuration order, then the variable party. */
  parties: RoutedParty[];
  /** The version of the region's configuration this routing was made with (0 where none was stored): a later change of the overleg does not touch it. */
  regionVersion: number;
  /**
   * The requester did not know the overleg, or the school (or other variable
   * party) it needs: the request goes to the region's central contact point
   * alone, which assigns the overleg in the portal (assignOverleg). The
   * deadline runs from receipt all the same.
   */
  toAssign: boolean;
}

export interface RoutingChoice {
  regionId: string;
  casusoverlegId: string;
  variablePartyId?: string | undefined;
}

export type RoutingProblem =
  { kind: 'region' } | { kind: 'overleg'; regionName: string } | { kind: 'variableMissing'; partyType: PartyType } | { kind: 'variableNotHere' };

export type RoutedChoice = { ok: true; routing: Routing } | { ok: false; problem: RoutingProblem };

/**
 * Every party of the chosen casusoverleg plus the chosen variable party, and
 * who coordinates. Where the requester does not know the overleg or its
 * variable party, the region's central contact point (if it has one) takes
 * the request to assign it; `assigning` (the central contact's own choice in
 * the portal) must name both.
 */
export function routeChoice(directory: Directory, choice: RoutingChoice, options: { assigning?: boolean } = {}): RoutedChoice {
  const region = directory.region(choice.regionId);
  if (!region) return { ok: false, problem: { kind: 'region' } };
  const central = options.assigning ? undefined : region.centralContact;
  if (choice.casusoverlegId === UNKNOWN_OVERLEG && central) return toCentralContact(directory, region.id, central, UNKNOWN_OVERLEG);
  const overleg = directory.casusoverleg(choice.regionId, choice.casusoverlegId);
  if (!overleg) return { ok: false, problem: { kind: 'overleg', regionName: region.name } };
  let variablePartyId: string | null = null;
  if (overleg.variableParty) {
    const chosen = directory.variablePartyChoices(region.id, overleg.id).find((party) => party.id === choice.variablePartyId);
    if (!chosen && !choice.variablePartyId && central) return toCentralContact(directory, region.id, central, overleg.id);
    if (!chosen) return { ok: false, problem: { kind: 'variableMissing', partyType: overleg.variableParty } };
    variablePartyId = chosen.id;
  } else if (choice.variablePartyId) {
    return { ok: false, problem: { kind: 'variableNotHere' } };
  }
  const coordinatorPartyId = overleg.coordinator === 'variable' ? (variablePartyId as string) : overleg.coordinator;
  const partyIds = variablePartyId ? [...overleg.parties, variablePartyId] : [...overleg.parties];
  return {
    ok: true,
    routing: {
      regionId: region.id,
      casusoverlegId: overleg.id,
      variablePartyId,
      coordinatorPartyId,
      parties: partyIds.map((partyId) => ({ partyId, coordinator: partyId === coordinatorPartyId })),
      regionVersion: directory.regionVersion(region.id),
      toAssign: false,
    },
  };
}

/** The central contact point alone, as coordinator; the overleg the requester chose (if any) is kept as the proposal to assign. */
function toCentralContact(directory: Directory, regionId: string, central: string, casusoverlegId: string): RoutedChoice {
  return {
    ok: true,
    routing: {
      regionId,
      casusoverlegId,
      variablePartyId: null,
      coordinatorPartyId: central,
      parties: [{ partyId: central, coordinator: true }],
      regionVersion: directory.regionVersion(regionId),
      toAssign: true,
    },
  };
}
