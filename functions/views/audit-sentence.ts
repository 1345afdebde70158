import type { AuditEvent } from '#core/request-record';
import { FILE_TYPES, type FileTypeId, type RefusalReason } from '#core/documents';
import type { IdentityMethod } from '#core/request-record';
import type { RequestType } from '#core/request-kinds';
import { stepTiming } from '#core/reminder-ladder';
import type { Texts } from '#texts/catalogue';
import { fileSize, longDate } from '#texts/format';
import type { Language } from '#texts/language';

export interface SentenceContext {
  language: Language;
  texts: Pick<Texts, 'audit' | 'terms' | 'documents' | 'identity'>;
  partyName: (id: string) => string;
  overlegName: (id: string) => string;
}

/**
 * One audit event as a Dutch sentence, with the names of organisations and
 * Amsterdam dates, never ids or keys ("Gemeente Goeree-Overflakkee heeft
 * geantwoord voor inzage: verstrekt."). The event itself stays as recorded.
 */
export function auditSentence(event: AuditEvent, context: SentenceContext): string {
  const { texts, partyName, language } = context;
  const t = texts.audit;
  const facts = event.facts ?? {};
  const text = (key: string) => String(facts[key] ?? '');
  const list = (key: string) => (Array.isArray(facts[key]) ? facts[key] : []);
  const date = (key: string) => (text(key) ? longDate(language, text(key)) : '');
  const typeLabel = (type: string) => texts.terms.requestType[type as RequestType]?.label.toLowerCase() ?? type;
  const outcomes = (key: string) =>
    list(key)
      .map((pair) => t.outcome(typeLabel(pair.split(':')[0] ?? ''), pair.split(':')[1] ?? ''))
      .join('; ');
  const names = (ids: readonly string[]) => ids.map(partyName).join(', ');
  const recipient = () => {
    const party = partyName(text('party'));
    return text('recipient') === 'fg' ? t.recipient.fg(party) : text('recipient') === 'coordinator' ? t.recipient.coordinator(party) : t.recipient.party(party);
  };
  const when = () => {
    const timing = stepTiming(text('step'));
    return !timing ? t.allAnswered : timing.before ? t.before(timing.days, timing.of) : t.after(timing.days, timing.of);
  };
  const by = () => (event.actor.kind === 'aanvrager' ? t.theRequester : partyName(event.actor.partyId ?? text('party')));
  switch (event.action) {
    case 'verzoek-ontvangen':
      return t.received(list('types').map(typeLabel).join(', '), date('deadline'));
    case 'verzoek-geregistreerd':
      return t.registered(t.channel[text('channel')] ?? text('channel'), date('receivedOn'));
    case 'e-mailadres-bevestigd':
      return t.confirmed;
    case 'doorgestuurd-naar-partijen':
      return t.routed(names(list('parties')), partyName(text('coordinator')));
    case 'doorgestuurd-naar-centraal-aanspreekpunt':
      return t.toCentralContact(partyName(text('coordinator')));
    case 'overleg-toegewezen':
      return t.assigned(context.overlegName(text('casusoverleg')), names(list('parties')), partyName(text('coordinator')));
    case 'antwoord-gegeven':
      return t.answered(partyName(text('party')), outcomes('outcomes'));
    case 'antwoord-gewijzigd':
      return t.answerChanged(partyName(text('party')), outcomes('outcomes'));
    case 'art19-doorgegeven':
      return t.art19Passed(partyName(text('from')), names(list('to')));
    case 'bericht-geplaatst':
      return text('from') === text('with') ? t.noteToCoordinator(partyName(text('from'))) : t.notePlaced(partyName(text('from')), partyName(text('with')));
    case 'art19-toegepast':
      return t.art19Applied(partyName(text('party')), partyName(text('from')));
    case 'termijn-verlengd':
      return t.extended(Number(facts.months), date('deadline'));
    case 'opgeschort-voor-vraag':
      return t.paused(date('startedOn'));
    case 'vraag-beantwoord':
      return facts.byPost ? t.resumedByPost(date('deadline')) : t.resumed(date('deadline'));
    case 'per-post-verstuurd':
      return t.sentByPost(Number(facts.decision), date('sentOn'));
    case 'identiteit-gecontroleerd':
      return t.identity(texts.identity.form.methods[text('method') as IdentityMethod] ?? text('method'), date('checkedOn'));
    case 'besluit-verstuurd':
      return t.decided(outcomes('outcomes'));
    case 'deelbesluit-verstuurd':
      return t.decidedPart(outcomes('outcomes'), names(list('parties')), names(list('pending')));
    case 'aanvullend-besluit-verstuurd':
      return t.decidedSupplement(outcomes('outcomes'), names(list('parties')));
    case 'besluitbrief-gemaakt':
      return t.letterMade(fileSize(language, Number(facts.size)));
    case 'besluitbrief-niet-gemaakt':
      return t.letterRefused;
    case 'afgesloten':
      return t.closed(date('retainUntil'));
    case 'ingetrokken':
      return t.withdrawn(list('types').map(typeLabel).join(', '), date('retainUntil'));
    case 'deels-ingetrokken':
      return t.partWithdrawn(list('types').map(typeLabel).join(', '), list('remaining').map(typeLabel).join(', '));
    case 'herinnering-verstuurd':
      return t.reminder(recipient(), when());
    case 'escalatie-verstuurd':
      return t.escalation(recipient(), partyName(text('party')));
    case 'herinnering-zonder-adres':
      return t.noAddress(recipient());
    case 'document-aangemaakt':
      return t.documentDescribed(text('party') === 'aanvrager' ? t.theRequester : partyName(text('party')));
    case 'document-ontvangen':
      return t.documentReceived;
    case 'document-goedgekeurd':
      return t.documentApproved(
        FILE_TYPES[text('fileType') as FileTypeId]?.extension.toUpperCase() ?? text('fileType'),
        fileSize(language, Number(facts.size ?? 0)),
      );
    case 'document-geweigerd':
      return t.documentRefused(texts.documents.refusal[text('refusal') as RefusalReason] ?? '');
    case 'document-gedownload':
      return t.documentDownloaded(by());
    case 'document-ingezien-door-fg':
      return t.documentInspected(partyName(text('party')), text('reason'));
    case 'code-verstuurd':
      return t.codeSent;
    case 'code-fout':
      return t.codeWrong;
    case 'code-geblokkeerd':
      return t.codeLocked;
    case 'bestanden-geopend':
      return t.filesOpened;
    case 'taak-opgepakt':
      return t.taskTaken(partyName(text('party')));
    default:
      return event.action;
  }
}
