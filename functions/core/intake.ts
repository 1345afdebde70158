import { type IsoDate, isIsoDate } from './calendar-date';
import { intakeTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { deadlineArithmetic } from './deadline';
import { ageOn, checkSubmitter } from './eligibility';
import type { FieldError } from './field-errors';
import type { Directory } from './directory';
import { type RequestInput, requestSchemas } from './request-schema';
import { isPrincipalRole, PRINCIPAL_ROLES, type PrincipalRole } from './request-kinds';
import { type Routing, routeRequest } from './routing';
import { zodFieldErrors } from './zod-errors';

type IntakeTexts = ReturnType<typeof intakeTexts>;

export interface AcceptedRequest {
  input: RequestInput;
  routing: Routing;
  receivedOn: IsoDate;
  deadline: IsoDate;
}

/**
 * Every rule a new request must meet, in the order a requester reads the form:
 * shape, then which overleg and parties, then who may submit for this child.
 * All at once: where the shape fails on one field, the rules across fields
 * still run on the fields that are well-formed, so an invalid e-mail address
 * never hides a birth date in the future or a school of another region.
 * The messages are in the language of the page the request came from.
 */
export function acceptRequest(
  raw: unknown,
  context: { directory: Directory; receivedOn: IsoDate; designatedHolidays: readonly IsoDate[]; registration?: boolean; language?: Language },
): { ok: true; request: AcceptedRequest } | { ok: false; errors: FieldError[] } {
  const language = context.language ?? DEFAULT_LANGUAGE;
  const M = intakeTexts(language);
  const schemas = requestSchemas(language);
  // A registration may reach the requester by post; the form and the API always by e-mail.
  const parsed = (context.registration ? schemas.registration : schemas.request).safeParse(raw);
  const contact = context.registration ? checkContact(raw, M) : null;
  const representation = checkRepresentation(raw, M);
  const requesterErrors = [contact, representation].filter((error): error is FieldError => error !== null);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    const flagged = new Set(errors.map((error) => error.path));
    const more = [...requesterErrors, ...crossFieldErrors(raw, context, M)];
    return { ok: false, errors: [...errors, ...more.filter((error) => !flagged.has(error.path))] };
  }
  const input = parsed.data;
  const errors: FieldError[] = [...requesterErrors];
  const routed = routeRequest(context.directory, input, { messages: M });
  if (!routed.ok) errors.push(...routed.errors);
  const principal = principalOf(input.requester);
  const submitter = principal && checkSubmitter(principal.role, input.child.dateOfBirth, context.receivedOn, principal.path, M);
  if (submitter) errors.push(submitter);
  const together = input.coRequester && checkCoRequester(input.requester, input.coRequester, input.child.dateOfBirth, context.receivedOn, M);
  if (together) errors.push(together);
  if (!routed.ok || errors.length > 0) return { ok: false, errors };
  const { deadline } = deadlineArithmetic({ receivedOn: context.receivedOn, extended: false, pauses: [] }, context.designatedHolidays);
  return {
    ok: true,
    request: { input, routing: routed.routing, receivedOn: context.receivedOn, deadline: deadline as IsoDate },
  };
}

/** The routing and age rules on whatever of a malformed request is well-formed enough to check. */
function crossFieldErrors(raw: unknown, context: { directory: Directory; receivedOn: IsoDate }, M: IntakeTexts): FieldError[] {
  const input = (raw ?? {}) as {
    regionId?: unknown;
    casusoverlegId?: unknown;
    variablePartyId?: unknown;
    requester?: { role?: unknown; email?: unknown; actingFor?: { role?: unknown } };
    coRequester?: { role?: unknown; email?: unknown };
    child?: { dateOfBirth?: unknown };
  };
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const errors: FieldError[] = [];
  const regionId = text(input.regionId);
  const casusoverlegId = text(input.casusoverlegId);
  if (regionId && casusoverlegId) {
    const variablePartyId = text(input.variablePartyId);
    const routed = routeRequest(context.directory, { regionId, casusoverlegId, ...(variablePartyId ? { variablePartyId } : {}) }, { messages: M });
    if (!routed.ok) errors.push(...routed.errors);
  }
  const principal = principalOf({ role: input.requester?.role, actingFor: input.requester?.actingFor });
  const dateOfBirth = text(input.child?.dateOfBirth);
  if (principal && dateOfBirth && isIsoDate(dateOfBirth)) {
    const submitter = checkSubmitter(principal.role, dateOfBirth, context.receivedOn, principal.path, M);
    if (submitter) errors.push(submitter);
  }
  const coRole = input.coRequester?.role;
  if (input.requester && typeof coRole === 'string' && isPrincipalRole(coRole) && dateOfBirth && isIsoDate(dateOfBirth)) {
    const together = checkCoRequester(input.requester, { role: coRole, email: input.coRequester?.email }, dateOfBirth, context.receivedOn, M);
    if (together) errors.push(together);
  }
  return errors;
}

/** Whose right the request is, and where that role was given: the requester's own, or the one a gemachtigde acts for. */
function principalOf(requester: { role?: unknown; actingFor?: { role?: unknown } | undefined }): { role: PrincipalRole; path: string } | null {
  const isPrincipal = (role: unknown): role is PrincipalRole => typeof role === 'string' && (PRINCIPAL_ROLES as readonly string[]).includes(role);
  if (requester.role === 'gemachtigde')
    return isPrincipal(requester.actingFor?.role) ? { role: requester.actingFor.role, path: 'requester.actingFor.role' } : null;
  return isPrincipal(requester.role) ? { role: requester.role, path: 'requester.role' } : null;
}

/**
 * Asking together (covenant footnote 14: from 12 up to 16 the youth and a
 * representative may both exercise the right): the youth with a parent or
 * guardian, or a parent or guardian with the youth, each by their own address.
 */
function checkCoRequester(
  requester: { role?: unknown; email?: unknown },
  co: { role: PrincipalRole; email?: unknown },
  dateOfBirth: IsoDate,
  receivedOn: IsoDate,
  M: IntakeTexts,
): FieldError | null {
  if (requester.role === 'gemachtigde') return { path: 'coRequester.role', message: M.coRepresentative };
  const age = ageOn(dateOfBirth, receivedOn);
  if (age < 12 || age >= 16) return { path: 'coRequester.role', message: M.coAge };
  if ((requester.role === 'jongere') === (co.role === 'jongere')) return { path: 'coRequester.role', message: M.coPair };
  const same = typeof requester.email === 'string' && typeof co.email === 'string' && requester.email.trim().toLowerCase() === co.email.trim().toLowerCase();
  if (same) return { path: 'coRequester.email', message: M.coEmailSame };
  return null;
}

/** A gemachtigde says whom they act for; anyone else does not (the form sends the fields only with that choice). */
function checkRepresentation(raw: unknown, M: IntakeTexts): FieldError | null {
  const requester = ((raw ?? {}) as { requester?: { role?: unknown; actingFor?: unknown } }).requester;
  if (requester?.role === 'gemachtigde' && requester.actingFor === undefined) return { path: 'requester.actingFor', message: M.actingForMissing };
  if (requester?.role !== 'gemachtigde' && requester?.actingFor !== undefined) return { path: 'requester.actingFor', message: M.actingForNotRepresentative };
  return null;
}

/** A registered request needs a way to reach the requester: an e-mail address, a postal address, or both. */
function checkContact(raw: unknown, M: IntakeTexts): FieldError | null {
  const requester = ((raw ?? {}) as { requester?: { email?: unknown; postalAddress?: unknown } }).requester;
  const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return given(requester?.email) || given(requester?.postalAddress) ? null : { path: 'requester.email', message: M.contactMissing };
}

/**
 * A request registered from a letter, e-mail or phone call: the date it was
 * actually received must exist and may not lie in the future.
 */
export function checkReceivedOn(receivedOn: string | undefined, today: IsoDate): FieldError | null {
  // Only the portal's registration asks it: Dutch.
  const M = intakeTexts(DEFAULT_LANGUAGE);
  if (!receivedOn) return { path: 'receivedOn', message: M.receivedOnMissing };
  if (!isIsoDate(receivedOn)) return { path: 'receivedOn', message: M.receivedOnInvalid };
  if (receivedOn > today) return { path: 'receivedOn', message: M.receivedOnFuture };
  return null;
}
