import { addDays, addMonthsClamped, amsterdamDate, daysBetween, type IsoDate, parts, weekday } from './calendar-date';
import { termijnenwetHolidays } from './holidays';

/**
 * The one-month response term of AVG art. 12(3), counted as Regulation
 * 1182/71 prescribes and shifted past weekends and holidays as the Algemene
 * termijnenwet prescribes. Every other part of the system reads these results;
 * nothing else does date arithmetic on deadlines.
 */

export const EXTENSION_MONTHS = 2;

export interface Pause {
  /** Amsterdam date on which the controller asked the requester for information. */
  startedOn: IsoDate;
  /** Amsterdam date on which the answer arrived; absent while the clock is still stopped. */
  endedOn?: IsoDate;
}

export interface Term {
  receivedOn: IsoDate;
  extended: boolean;
  /** How far the one extension reaches, at most EXTENSION_MONTHS; EXTENSION_MONTHS when absent. */
  extensionMonths?: number;
  pauses: readonly Pause[];
}

export interface DeadlineArithmetic {
  receivedOn: IsoDate;
  /** Received date plus one month, before any shift. */
  monthEnd: IsoDate;
  /** monthEnd plus two months when extended, before any shift. */
  extendedEnd: IsoDate | null;
  pausedDays: number;
  /** The unshifted end plus the days paused. */
  beforeShift: IsoDate;
  /** The days skipped because they were weekends or holidays, with their names. */
  skipped: Array<{ date: IsoDate; reason: string }>;
  /** The deadline, or null while a pause is still open (the clock is stopped). */
  deadline: IsoDate | null;
}

/** The Amsterdam calendar date on which a request that arrived at `receivedAt` is received. */
export function receivedOn(receivedAt: Date): IsoDate {
  return amsterdamDate(receivedAt);
}

/** The deadline for a request arriving at `receivedAt`: one month, shifted to a working day. */
export function computeDeadline(receivedAt: Date, designatedHolidays: readonly IsoDate[] = []): IsoDate {
  const { deadline } = deadlineArithmetic({ receivedOn: receivedOn(receivedAt), extended: false, pauses: [] }, designatedHolidays);
  // Without pauses the deadline is always determined.
  return deadline as IsoDate;
}

/** The deadline after the one allowed extension (two months added to the unshifted end). */
export function computeExtendedDeadline(receivedOnDate: IsoDate, designatedHolidays: readonly IsoDate[] = []): IsoDate {
  return deadlineArithmetic({ receivedOn: receivedOnDate, extended: true, pauses: [] }, designatedHolidays).deadline as IsoDate;
}

/** The deadline of a term with its extension and pauses, showing every step. */
export function deadlineArithmetic(term: Term, designatedHolidays: readonly IsoDate[] = []): DeadlineArithmetic {
  const monthEnd = addMonthsClamped(term.receivedOn, 1);
  const extendedEnd = term.extended ? addMonthsClamped(monthEnd, Math.min(term.extensionMonths ?? EXTENSION_MONTHS, EXTENSION_MONTHS)) : null;
  const openPause = term.pauses.some((pause) => pause.endedOn === undefined);
  const pausedDays = term.pauses.reduce((total, pause) => total + (pause.endedOn ? Math.max(0, daysBetween(pause.startedOn, pause.endedOn)) : 0), 0);
  const beforeShift = addDays(extendedEnd ?? monthEnd, pausedDays);
  const { date, skipped } = nextWorkingDay(beforeShift, designatedHolidays);
  return {
    receivedOn: term.receivedOn,
    monthEnd,
    extendedEnd,
    pausedDays,
    beforeShift,
    skipped,
    deadline: openPause ? null : date,
  };
}

/** Why `date` is not a working day, or null when it is one. */
export function nonWorkingReason(date: IsoDate, designatedHolidays: readonly IsoDate[] = []): string | null {
  // A holiday's name says more than the weekday it falls on.
  const holiday = termijnenwetHolidays(parts(date).year).get(date);
  if (holiday) return holiday;
  if (designatedHolidays.includes(date)) return 'bij koninklijk besluit aangewezen dag';
  const day = weekday(date);
  if (day === 6) return 'zaterdag';
  if (day === 0) return 'zondag';
  return null;
}

function nextWorkingDay(date: IsoDate, designatedHolidays: readonly IsoDate[]): { date: IsoDate; skipped: Array<{ date: IsoDate; reason: string }> } {
  const skipped: Array<{ date: IsoDate; reason: string }> = [];
  let current = date;
  for (let reason = nonWorkingReason(current, designatedHolidays); reason; reason = nonWorkingReason(current, designatedHolidays)) {
    skipped.push({ date: current, reason });
    current = addDays(current, 1);
  }
  return { date: current, skipped };
}

/** The day `workingDays` working days before `date` (weekends, public and designated holidays skipped); `date` itself for 0. */
export function workingDaysBefore(date: IsoDate, workingDays: number, designatedHolidays: readonly IsoDate[] = []): IsoDate {
  let day = date;
  for (let counted = 0; counted < workingDays;) {
    day = addDays(day, -1);
    if (!nonWorkingReason(day, designatedHolidays)) counted += 1;
  }
  return day;
}
