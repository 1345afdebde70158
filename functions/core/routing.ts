import type { Directory } from './directory';
import { intake as dutch } from '#texts/nl/intake';
import type { FieldError } from './field-errors';
import { routeChoice, type Routing, type RoutingChoice, type RoutingProblem } from './routing-rule';

export { UNKNOWN_OVERLEG } from './request-kinds';
export type { RoutedParty, Routing, RoutingChoice } from './routing-rule';

/** The routing's words: the requester's language on their page, Dutch in the portal. */
type RoutingTexts = Pick<typeof dutch, 'regionUnknown' | 'overlegNotInRegion' | 'variablePartyMissing' | 'variablePartyNotHere' | 'variablePartyLabel'>;

/** The routing rule (routing-rule.ts) with its problems in the requester's words, at the field they belong to. */
export function routeRequest(
  directory: Directory,
  choice: RoutingChoice,
  options: { assigning?: boolean; messages?: RoutingTexts } = {},
): { ok: true; routing: Routing } | { ok: false; errors: FieldError[] } {
  const routed = routeChoice(directory, choice, options);
  return routed.ok ? routed : { ok: false, errors: [fieldErrorOf(routed.problem, options.messages ?? dutch)] };
}

function fieldErrorOf(problem: RoutingProblem, M: RoutingTexts): FieldError {
  switch (problem.kind) {
    case 'region':
      return { path: 'regionId', message: M.regionUnknown };
    case 'overleg':
      return { path: 'casusoverlegId', message: M.overlegNotInRegion(problem.regionName) };
    case 'variableMissing':
      return { path: 'variablePartyId', message: M.variablePartyMissing(M.variablePartyLabel[problem.partyType]) };
    case 'variableNotHere':
      return { path: 'variablePartyId', message: M.variablePartyNotHere };
  }
}
