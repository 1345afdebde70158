import { identityRules } from '#texts/nl/case-rules';
import { isIsoDate, type IsoDate } from './calendar-date';
import type { FieldError } from './field-errors';
import { IDENTITY_METHODS, type IdentityCheck } from './request-record';

/** What the coordinator's identity form sends: a method and the date of the check (from the three date boxes, or absent). */
export interface IdentityInput {
  method: string | undefined;
  checkedOn: string | undefined;
}

/**
 * `representative`: the requester is a gemachtigde, so the check is of the
 * machtiging (who they act for, and that they may): no other method shows that.
 */
export function readIdentityCheck(
  input: IdentityInput,
  today: IsoDate,
  representative = false,
): { ok: true; value: Pick<IdentityCheck, 'method' | 'checkedOn'> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const method = IDENTITY_METHODS.find((candidate) => candidate === input.method);
  if (!method) errors.push({ path: 'method', message: identityRules.methodMissing });
  else if (representative && method !== 'machtiging') errors.push({ path: 'method', message: identityRules.machtigingNeeded });
  const checkedOn = input.checkedOn;
  if (!checkedOn) errors.push({ path: 'checkedOn', message: identityRules.checkedOnMissing });
  else if (!isIsoDate(checkedOn)) errors.push({ path: 'checkedOn', message: identityRules.checkedOnInvalid });
  else if (checkedOn > today) errors.push({ path: 'checkedOn', message: identityRules.checkedOnFuture });
  return errors.length > 0 || !method || !checkedOn ? { ok: false, errors } : { ok: true, value: { method, checkedOn } };
}
