import type { IsoDate } from './calendar-date';
import { workingDaysBefore } from './deadline';
import type { Directory } from './directory';

/**
 * The internal answer-by date (DOMAIN.md: the aanspreekpunt gives one answer
 * within the month): each party answers its part some working days before the
 * legal deadline, so the coordinator has days left to assemble one decision.
 * The legal deadline stays what the law says; the parties' reminders count to
 * this date, the coordinator's to the deadline, and "late" in the FG's
 * figures means past the deadline (docs/rules.md, "Two dates").
 */

/** Default: five working days before the deadline, set per region as `answerWorkingDays`. */
export const DEFAULT_ANSWER_WORKING_DAYS = 5;

export interface TermSettings {
  directory: Directory;
  designatedHolidays: readonly IsoDate[];
}

/** The date by which the parties of a request in this region answer, for a legal deadline. */
export function answerByDate(regionId: string, deadline: IsoDate, settings: TermSettings): IsoDate {
  const workingDays = settings.directory.region(regionId)?.answerWorkingDays ?? DEFAULT_ANSWER_WORKING_DAYS;
  return workingDaysBefore(deadline, workingDays, settings.designatedHolidays);
}

/** A task or request written before the internal date existed answers by the deadline. */
export function answerByOf(item: { deadline: IsoDate; answerBy?: IsoDate }): IsoDate {
  return item.answerBy ?? item.deadline;
}
