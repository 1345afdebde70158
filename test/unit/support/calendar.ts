/**
 * An independent calendar for checking expected weekdays in tests. It shares
 * no code with functions/core (Tomohiko Sakamoto's algorithm on the
 * proleptic Gregorian calendar), and calendar.test.ts checks it against a
 * table of dates whose weekdays are known.
 */
const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

export function independentWeekday(iso: string): Weekday {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  let year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 3) year -= 1;
  const index = (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + OFFSETS[month - 1]! + day) % 7;
  return WEEKDAYS[index]!;
}

export function isWeekend(iso: string): boolean {
  const day = independentWeekday(iso);
  return day === 'zaterdag' || day === 'zondag';
}
