import { daysBetween, type IsoDate } from '#core/calendar-date';
import type { AuditEvent, PartyTask } from '#core/request-record';
import { plural } from '#texts/format';
import type { Language } from '#texts/language';
import type { Texts } from '#texts/catalogue';

/** How many days are left, in words a contact person scans at a glance. */
export function daysLeftText(
  language: Language,
  t: Texts['portal'],
  term: { deadline: IsoDate; stopped: boolean },
  today: IsoDate,
): { text: string; late: boolean } {
  // While the requester is asked a question the clock stands still: no count that is not running.
  if (term.stopped) return { text: t.clockStopped, late: false };
  const days = daysBetween(today, term.deadline);
  if (days < 0) return { text: plural(language, -days, t.daysLate), late: true };
  if (days === 0) return { text: t.today, late: false };
  return { text: plural(language, days, t.daysLeft), late: false };
}

export function taskStatusText(t: Texts['portal'], task: Pick<PartyTask, 'kind' | 'status'>): string {
  if (task.status === 'withdrawn') return t.taskStatus.withdrawn;
  if (task.kind === 'art19') return task.status === 'open' ? t.taskStatus.art19Open : t.taskStatus.art19Done;
  return task.status === 'open' ? t.taskStatus.answerOpen : t.taskStatus.answerDone;
}

export function actorText(t: Texts['portal'], event: AuditEvent, partyName: (id: string) => string): string {
  if (event.actor.kind === 'aanvrager') return t.actor.requester;
  if (event.actor.kind === 'systeem') return t.actor.system;
  const user = t.actor.user(partyName(event.actor.partyId ?? ''), String(event.actor.userId ?? '').slice(0, 8));
  return event.actor.onBehalfOf ? t.actor.onBehalfOf(user, event.actor.onBehalfOf.slice(0, 8)) : user;
}
