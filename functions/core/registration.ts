import { intake as M, staffIntake as S } from '#texts/nl/intake';
import type { Directory } from './directory';
import type { FieldError } from './field-errors';
import type { PortalActor } from './portal-access';
import type { Region } from './region-config';

/**
 * What a contact person may register, decided here and not in the page: only
 * the overleggen of their own party's region are offered, and an overleg their
 * party is not in is refused at the overleg field together with every other
 * error, not after the rest of the form is right.
 */

/** The region of the registering party: the only one whose overleggen the registration page offers. */
export function registrationRegions(actor: PortalActor, directory: Directory): Region[] {
  return directory.config.regions.filter((region) => region.parties.some((party) => party.id === actor.partyId));
}

/**
 * "Not your overleg" on the overleg and school choice alone. Silent where the
 * choice itself is incomplete (no overleg, an overleg without its school):
 * those errors are the routing's to say.
 */
export function notYourOverleg(
  actor: PortalActor,
  directory: Directory,
  choice: { regionId?: string; casusoverlegId?: string; variablePartyId?: string },
): FieldError | null {
  if (!choice.regionId || !choice.casusoverlegId) return null;
  const own = registrationRegions(actor, directory).some((region) => region.id === choice.regionId);
  const overleg = directory.casusoverleg(choice.regionId, choice.casusoverlegId);
  if (!overleg) return own ? null : { path: 'casusoverlegId', message: M.notInOverleg };
  if (overleg.parties.includes(actor.partyId)) return null;
  const party = directory.party(actor.partyId);
  const asVariableParty = own && overleg.variableParty !== undefined && overleg.variableParty === party?.type;
  if (asVariableParty && (!choice.variablePartyId || choice.variablePartyId === actor.partyId)) return null;
  return { path: 'casusoverlegId', message: M.notInOverleg };
}

/**
 * The intake's messages address the requester ("Vul uw naam in"); on the
 * registration page the contact person reads them about the requester.
 */
const FOR_STAFF = new Map<string, string>([
  [M.roleMissing, S.roleMissing],
  [M.nameMissing, S.nameMissing],
  [M.nameTooLong(200), S.nameTooLong(200)],
  [M.emailInvalid, S.emailInvalid],
  [M.typesMissing, S.typesMissing],
  [M.typesEmpty, S.typesEmpty],
  [M.detailsMissing, S.detailsMissing],
  [M.requesterMissing, S.requesterMissing],
]);

export function forStaff(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, message: FOR_STAFF.get(error.message) ?? error.message }));
}
