import type { Directory } from './directory';
import { intake as M } from '#texts/nl/intake';
import type { PartyType } from './region-config';
import type { FieldError } from './field-errors';

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
}

export interface RoutingChoice {
  regionId: string;
  casusoverlegId: string;
  variablePartyId?: string | undefined;
}

export const VARIABLE_PARTY_LABEL: Record<PartyType, string> = M.variablePartyLabel;

/** Every party of the chosen casusoverleg plus the chosen variable party, and who coordinates. */
export function routeRequest(directory: Directory, choice: RoutingChoice): { ok: true; routing: Routing } | { ok: false; errors: FieldError[] } {
  const region = directory.region(choice.regionId);
  if (!region) return { ok: false, errors: [{ path: 'regionId', message: M.regionUnknown }] };
  const overleg = directory.casusoverleg(choice.regionId, choice.casusoverlegId);
  if (!overleg) {
    return { ok: false, errors: [{ path: 'casusoverlegId', message: M.overlegNotInRegion(region.name) }] };
  }
  let variablePartyId: string | null = null;
  if (overleg.variableParty) {
    const choices = directory.variablePartyChoices(region.id, overleg.id);
    const chosen = choices.find((party) => party.id === choice.variablePartyId);
    if (!chosen) {
      return {
        ok: false,
        errors: [{ path: 'variablePartyId', message: M.variablePartyMissing(VARIABLE_PARTY_LABEL[overleg.variableParty]) }],
      };
    }
    variablePartyId = chosen.id;
  } else if (choice.variablePartyId) {
    return { ok: false, errors: [{ path: 'variablePartyId', message: M.variablePartyNotHere }] };
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
    },
  };
}
