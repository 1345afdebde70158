import type { ConfigurationSource } from '#adapters/configuration-source';
import type { RegionStore } from '#adapters/region-store';
import { amsterdamDate, fromParts } from '#core/calendar-date';
import type { FieldError, FormFields } from '#core/field-errors';
import { deputyProblems, type Person } from '#core/people';
import { absence } from '#texts/nl/absence';
import type { Clock, Configuration } from './ports';

/**
 * A contact person's absence: who stands in for them, from when until when.
 * While it lasts their party's mail goes to the deputy instead (core/people.ts),
 * and what the deputy does on a request the absent person had taken is
 * audited as on their behalf.
 */
export interface AbsenceDeps {
  config: Configuration;
  configuration: ConfigurationSource;
  regions: RegionStore;
  clock: Clock;
}

export interface AbsencePage {
  me: Person;
  /** The active contact persons of the same party who may stand in. */
  colleagues: Person[];
  deputyName?: string;
}

/** The page's facts, from the table itself (not the cache), so what was just saved shows. */
export async function absencePage(deps: AbsenceDeps, userId: string): Promise<AbsencePage | undefined> {
  const me = await deps.regions.person(userId);
  if (!me?.partyId || me.role !== 'contact') return undefined;
  const people = (await deps.regions.load()).people;
  const colleagues = people.filter(
    (person) => person.partyId === me.partyId && person.role === 'contact' && person.status === 'active' && person.personId !== me.personId,
  );
  const deputyName = me.deputy ? people.find((person) => person.personId === me.deputy!.personId)?.name : undefined;
  return { me, colleagues, ...(deputyName ? { deputyName } : {}) };
}

const dateOf = (form: FormFields, prefix: string) => {
  const [day = NaN, month = NaN, year = NaN] = ['Day', 'Month', 'Year'].map((part) => Number(form.get(`${prefix}${part}`)));
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || year < 2000) return '';
  const date = fromParts(year, month, day);
  // fromParts rolls 31 February over into March: only a date that stays itself is real.
  return date === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? date : '';
};

/** Names a deputy for a period, or ends the absence (`clear`); audited on the region's trail. */
export async function setAbsence(
  deps: AbsenceDeps,
  userId: string,
  form: FormFields,
): Promise<{ outcome: 'saved' | 'cleared' | 'not-found' } | { outcome: 'invalid'; errors: FieldError[] }> {
  const page = await absencePage(deps, userId);
  if (!page) return { outcome: 'not-found' };
  const { me } = page;
  const at = deps.clock.now().toISOString();
  if (form.get('clear')) {
    const { deputy: _ended, ...back } = me;
    await deps.regions.updatePerson(back, { at, by: me.personId, action: 'vervanger-ingesteld', personId: me.personId });
    deps.configuration.invalidate();
    return { outcome: 'cleared' };
  }
  const period = { from: dateOf(form, 'from'), until: dateOf(form, 'until') };
  const deputy = page.colleagues.find((person) => person.personId === form.get('deputy'));
  const problems = deputyProblems(me, deputy, period, amsterdamDate(deps.clock.now()));
  if (problems.length > 0) {
    const path = { deputy: 'deputy', from: 'fromDay', until: 'untilDay', order: 'untilDay', past: 'untilDay', tooLong: 'untilDay' } as const;
    return { outcome: 'invalid', errors: problems.map((problem) => ({ path: path[problem], message: absence.errors[problem] })) };
  }
  await deps.regions.updatePerson(
    { ...me, deputy: { personId: deputy!.personId, ...period } },
    { at, by: me.personId, action: 'vervanger-ingesteld', personId: me.personId },
  );
  deps.configuration.invalidate();
  return { outcome: 'saved' };
}
