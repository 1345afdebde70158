import { type IsoDate, isIsoDate } from './calendar-date';
import { intake as M } from '#texts/nl/intake';
import { deadlineArithmetic } from './deadline';
import { checkSubmitter } from './eligibility';
import type { FieldError } from './field-errors';
import type { Directory } from './directory';
import { type RequestInput, requestSchema } from './request-schema';
import { type Routing, routeRequest } from './routing';
import { zodFieldErrors } from './zod-errors';

export interface AcceptedRequest {
  input: RequestInput;
  routing: Routing;
  receivedOn: IsoDate;
  deadline: IsoDate;
}

/**
 * Every rule a new request must meet, in the order a requester reads the form:
 * shape, then which overleg and parties, then who may submit for this child.
 */
export function acceptRequest(
  raw: unknown,
  context: { directory: Directory; receivedOn: IsoDate; designatedHolidays: readonly IsoDate[] },
): { ok: true; request: AcceptedRequest } | { ok: false; errors: FieldError[] } {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) };
  const input = parsed.data;
  const errors: FieldError[] = [];
  const routed = routeRequest(context.directory, input);
  if (!routed.ok) errors.push(...routed.errors);
  const submitter = checkSubmitter(input.requester.role, input.child.dateOfBirth, context.receivedOn);
  if (submitter) errors.push(submitter);
  if (!routed.ok || errors.length > 0) return { ok: false, errors };
  const { deadline } = deadlineArithmetic({ receivedOn: context.receivedOn, extended: false, pauses: [] }, context.designatedHolidays);
  return {
    ok: true,
    request: { input, routing: routed.routing, receivedOn: context.receivedOn, deadline: deadline as IsoDate },
  };
}

/**
 * A request registered from a letter, e-mail or phone call: the date it was
 * actually received must exist and may not lie in the future.
 */
export function checkReceivedOn(receivedOn: string | undefined, today: IsoDate): FieldError | null {
  if (!receivedOn) return { path: 'receivedOn', message: M.receivedOnMissing };
  if (!isIsoDate(receivedOn)) return { path: 'receivedOn', message: M.receivedOnInvalid };
  if (receivedOn > today) return { path: 'receivedOn', message: M.receivedOnFuture };
  return null;
}
