import type { Directory } from './directory';
import { intake as M } from '#texts/nl/intake';
import type { PartyType } from './region-config';
import type { FieldError } from './field-errors';
import { routeChoice, type Routing, type RoutingChoice, type RoutingProblem } from './routing-rule';

export { UNKNOWN_OVERLEG } from './request-kinds';
export type { RoutedParty, Routing, RoutingChoice } from './routing-rule';

export const VARIABLE_PARTY_LABEL: Record<PartyType, string> = M.variablePartyLabel;

/** The routing rule (routing-rule.ts) with its problems in the requester's words, at the field they belong to. */
export function routeRequest(
  directory: Directory,
  choice: RoutingChoice,
  options: { assigning?: boolean } = {},
): { ok: true; routing: Routing } | { ok: false; errors: FieldError[] } {
  const routed = routeChoice(directory, choice, options);
  return routed.ok ? routed : { ok: false, errors: [fieldErrorOf(routed.problem)] };
}

function fieldErrorOf(problem: RoutingProblem): FieldError {
  switch (problem.kind) {
    case 'region':
      return { path: 'regionId', message: M.regionUnknown };
    case 'overleg':
      return { path: 'casusoverlegId', message: M.overlegNotInRegion(problem.regionName) };
    case 'variableMissing':
      return { path: 'variablePartyId', message: M.variablePartyMissing(VARIABLE_PARTY_LABEL[problem.partyType]) };
    case 'variableNotHere':
      return { path: 'variablePartyId', message: M.variablePartyNotHere };
  }
}
