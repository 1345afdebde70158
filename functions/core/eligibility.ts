import { addMonthsClamped, type IsoDate, parts } from './calendar-date';
import { intake as dutch } from '#texts/nl/intake';
import type { FieldError } from './field-errors';
import type { PrincipalRole } from './request-kinds';

/** A date of birth further back than this is almost certainly a typing error. */
export const MAX_AGE_YEARS = 25;

/**
 * Completed years on `onDate`. Someone born on 29 February completes a year on
 * 1 March in common years: the year is only complete once the 28th has passed.
 */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const born = parts(dateOfBirth);
  const on = parts(onDate);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * Who may exercise the child's rights (covenant footnotes 14 and 53): under 12
 * only a representative, from 12 up to 16 the youth or a representative, from
 * 16 the youth alone. The age counts on the Amsterdam date of receipt. A
 * gemachtigde acts for one of them: the rule applies to the role acted for
 * (`rolePath` says where that role was given).
 */
export function checkSubmitter(
  role: PrincipalRole,
  dateOfBirth: IsoDate,
  receivedOn: IsoDate,
  rolePath = 'requester.role',
  M: Pick<typeof dutch, 'dateOfBirthFuture' | 'dateOfBirthTooOld' | 'tooYoung' | 'tooOldForParent'> = dutch,
): FieldError | null {
  if (dateOfBirth > receivedOn) {
    return { path: 'child.dateOfBirth', message: M.dateOfBirthFuture };
  }
  if (dateOfBirth < addMonthsClamped(receivedOn, -12 * MAX_AGE_YEARS)) {
    return {
      path: 'child.dateOfBirth',
      message: M.dateOfBirthTooOld(MAX_AGE_YEARS),
    };
  }
  const age = ageOn(dateOfBirth, receivedOn);
  if (role === 'jongere' && age < 12) {
    return {
      path: rolePath,
      message: M.tooYoung,
    };
  }
  if (role !== 'jongere' && age >= 16) {
    return {
      path: rolePath,
      message: M.tooOldForParent,
    };
  }
  return null;
}
