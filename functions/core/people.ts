import { daysBetween, type IsoDate, isIsoDate } from './calendar-date';

/**
 * The people of a region: contact persons and FGs of its parties, and its
 * beheerders. Each is a portal account (the identity provider's user, whose
 * subject id is `personId`) with this record of ours beside it. The record,
 * not the identity provider, decides whether the person may still act: a
 * disabled person is refused at their next request (portal-access.ts), even
 * where the identity provider lets them sign in (cognito-local ignores
 * AdminDisableUser).
 */
export type PersonRole = 'contact' | 'fg' | 'beheer';

export interface Person {
  personId: string;
  regionId: string;
  /** The party a contact person or FG acts for; none for a beheerder (who acts for the region). */
  partyId?: string;
  role: PersonRole;
  name: string;
  /** Where the person's mail goes; shown on the beheer pages only, never logged. */
  email: string;
  status: 'active' | 'disabled';
  invitedAt: string;
  /** The beheerder who invited them (a person id), or "seed" for the accounts of a new installation. */
  invitedBy: string;
  /** Set by our sign-in at every successful sign-in. */
  lastSignInAt?: string;
  /** A colleague of the same party who stands in during a period (holiday, leave), both days included. */
  deputy?: { personId: string; from: IsoDate; until: IsoDate };
}

export const isActive = (person: Pick<Person, 'status'>): boolean => person.status === 'active';

/** Whether the person is away today: they named a deputy for a period that includes today. */
export function isAway(person: Pick<Person, 'deputy'>, today: IsoDate): boolean {
  return person.deputy !== undefined && person.deputy.from <= today && today <= person.deputy.until;
}

/**
 * Where a party's mail goes: its shared mailbox when it set one, else every
 * active person of that role; a person who is away has their mail go to their
 * deputy instead (once, however many colleagues named the same deputy).
 */
export function partyMailboxes(
  party: { id: string; contact?: string; fg?: string },
  role: 'contact' | 'fg',
  people: readonly Person[],
  today: IsoDate,
): string[] {
  const shared = role === 'contact' ? party.contact : party.fg;
  if (shared) return [shared];
  const ofParty = people.filter((person) => person.partyId === party.id && isActive(person));
  const byId = new Map(ofParty.map((person) => [person.personId, person]));
  const addresses = ofParty
    .filter((person) => person.role === role)
    .map((person) => (isAway(person, today) ? (byId.get(person.deputy!.personId) ?? person) : person))
    .map((person) => person.email);
  return [...new Set(addresses)];
}

/**
 * On whose behalf the actor acts on a task: the colleague who took it, when
 * that colleague is away today and named the actor as their deputy. The
 * audit then says "namens" them (core/request-lifecycle.ts, `staff`).
 */
export function actingFor(
  actorId: string,
  task: { takenBy?: { userId: string } },
  person: (personId: string) => Pick<Person, 'deputy'> | undefined,
  today: IsoDate,
): string | undefined {
  const takenBy = task.takenBy?.userId;
  if (!takenBy || takenBy === actorId) return undefined;
  const colleague = person(takenBy);
  return colleague && isAway(colleague, today) && colleague.deputy?.personId === actorId ? takenBy : undefined;
}

/** At most this long: a deputy stands in for a holiday or a leave, not for good (then the beheerder changes who is contact). */
export const MAX_ABSENCE_DAYS = 92;

export type DeputyProblem = 'deputy' | 'from' | 'until' | 'order' | 'past' | 'tooLong';

/**
 * Whether `person` may name `deputy` for this period: an active contact
 * person of the same party, not themselves; the days real, the period not
 * ended, in order, and at most MAX_ABSENCE_DAYS long.
 */
export function deputyProblems(
  person: Pick<Person, 'personId' | 'partyId'>,
  deputy: Pick<Person, 'personId' | 'partyId' | 'role' | 'status'> | undefined,
  period: { from: string; until: string },
  today: IsoDate,
): DeputyProblem[] {
  const problems: DeputyProblem[] = [];
  if (!deputy || deputy.personId === person.personId || deputy.partyId !== person.partyId || deputy.role !== 'contact' || deputy.status !== 'active')
    problems.push('deputy');
  const fromOk = isIsoDate(period.from);
  const untilOk = isIsoDate(period.until);
  if (!fromOk) problems.push('from');
  if (!untilOk) problems.push('until');
  if (fromOk && untilOk) {
    if (period.until < period.from) problems.push('order');
    else if (period.until < today) problems.push('past');
    else if (daysBetween(period.from, period.until) + 1 > MAX_ABSENCE_DAYS) problems.push('tooLong');
  }
  return problems;
}
