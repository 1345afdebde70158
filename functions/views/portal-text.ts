import { daysBetween, type IsoDate } from '#core/calendar-date';
import type { AuditEvent, PartyTask } from '#core/request-record';

/** How many days are left, in words a contact person scans at a glance. */
export function daysLeftText(deadline: IsoDate, today: IsoDate): { text: string; late: boolean } {
  const days = daysBetween(today, deadline);
  if (days < 0) return { text: `${-days} ${-days === 1 ? 'dag' : 'dagen'} te laat`, late: true };
  if (days === 0) return { text: 'vandaag', late: false };
  return { text: `nog ${days} ${days === 1 ? 'dag' : 'dagen'}`, late: false };
}

export const TASK_KIND_TEXT: Record<PartyTask['kind'], string> = {
  answer: 'Antwoord voor uw organisatie',
  art19: 'Wijziging doorvoeren (art. 19 AVG)',
};

export function taskStatusText(task: Pick<PartyTask, 'kind' | 'status'>): string {
  if (task.kind === 'art19') return task.status === 'open' ? 'Nog doorvoeren' : 'Doorgevoerd';
  return task.status === 'open' ? 'Nog geen antwoord' : 'Beantwoord';
}

export const AUDIT_ACTION_TEXT: Record<string, string> = {
  'verzoek-ontvangen': 'Verzoek ontvangen',
  'verzoek-geregistreerd': 'Verzoek geregistreerd',
  'e-mailadres-bevestigd': 'E-mailadres bevestigd',
  'doorgestuurd-naar-partijen': 'Doorgestuurd naar de organisaties',
  'antwoord-gegeven': 'Antwoord gegeven',
  'antwoord-gewijzigd': 'Antwoord gewijzigd',
  'art19-doorgegeven': 'Wijziging doorgegeven (art. 19)',
  'art19-toegepast': 'Wijziging doorgevoerd (art. 19)',
  'termijn-verlengd': 'Termijn verlengd',
  'opgeschort-voor-vraag': 'Vraag aan aanvrager, termijn staat stil',
  'vraag-beantwoord': 'Aanvrager heeft geantwoord, termijn loopt weer',
  'besluit-verstuurd': 'Besluit verstuurd',
  afgesloten: 'Afgesloten',
  'herinnering-verstuurd': 'Herinnering verstuurd',
  'escalatie-verstuurd': 'Escalatie verstuurd (termijn overschreden)',
  'herinnering-zonder-adres': 'Herinnering niet verstuurd: geen e-mailadres in de configuratie',
};

export function actorText(event: AuditEvent, partyName: (id: string) => string): string {
  if (event.actor.kind === 'aanvrager') return 'Aanvrager';
  if (event.actor.kind === 'systeem') return 'Systeem';
  return `${partyName(event.actor.partyId ?? '')} (gebruiker ${String(event.actor.userId ?? '').slice(0, 8)})`;
}

export function factsText(facts: AuditEvent['facts']): string {
  if (!facts) return '';
  return Object.entries(facts)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}
