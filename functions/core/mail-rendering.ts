import { mailsTexts } from '#texts/catalogue';
import { longDate, plural } from '#texts/format';
import type { Mail, MailKind, MailValues } from './mails';

/** A mail as it is sent: the words, in the reader's language. */
export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
}

const lines = (...parts: Array<string | string[]>) => parts.flat().join('\n');

type Renderer<K extends MailKind> = (values: MailValues[K], language: Mail['language']) => { subject: string; text: string };

const renderers: { [K in MailKind]: Renderer<K> } = {
  confirmation(v, language) {
    const t = mailsTexts(language).confirmation;
    return {
      subject: t.subject(v.reference),
      text: lines(
        t.greeting,
        '',
        t.received(longDate(language, v.receivedOn), v.reference),
        '',
        t.confirm,
        v.confirmUrl,
        '',
        t.afterConfirm,
        t.answerBy(longDate(language, v.deadline)),
        t.expires,
        '',
        t.status,
        v.statusUrl,
        '',
        t.notYou,
      ),
    };
  },
  partyTask(v, language) {
    const all = mailsTexts(language);
    const t = all.partyTask;
    return {
      subject: t.subject(v.reference),
      text: lines(
        t.greeting,
        '',
        t.arrived(v.casusoverlegName),
        t.reference(v.reference),
        t.deadline(longDate(language, v.deadline)),
        '',
        v.coordinator ? t.coordinator : t.party,
        '',
        all.portalLink,
        v.portalUrl,
        '',
        all.noPersonalData,
      ),
    };
  },
  requesterNews(v, language) {
    const t = mailsTexts(language).news;
    return { subject: t.subject(v.reference), text: lines(t.greeting, '', t.text[v.news], '', v.statusUrl, '', t.reference(v.reference)) };
  },
  art19Task(v, language) {
    const all = mailsTexts(language);
    const t = all.art19;
    return {
      subject: t.subject(v.reference),
      text: lines(t.greeting, '', t.changed(v.casusoverlegName, v.reference), t.apply, '', t.look, v.portalUrl, '', all.noPersonalData),
    };
  },
  fgOverdueSummary(v, language) {
    const all = mailsTexts(language);
    const t = all.fgSummary;
    const count = v.overdue.length;
    return {
      subject: t.subject(plural(language, count, t.requests), v.partyName),
      text: lines(
        t.greeting,
        '',
        t.intro(longDate(language, v.today), v.partyName, plural(language, count, t.privacyRequests)),
        '',
        v.overdue.map((task) => t.item(task.reference, longDate(language, task.deadline))),
        '',
        t.look,
        v.dashboardUrl,
        '',
        all.noPersonalData,
      ),
    };
  },
  reminder(v, language) {
    const all = mailsTexts(language);
    const t = all.reminder;
    return {
      subject: t.subjectLine(t.subject[v.kind], v.latePartyName ? t.lateParty(v.latePartyName) : '', v.reference),
      text: lines(
        t.greeting,
        '',
        t.about(v.reference, v.casusoverlegName),
        t.step[v.kind](longDate(language, v.deadline)),
        v.latePartyName ? [t.whichParty(v.latePartyName)] : [],
        '',
        t.look,
        v.portalUrl,
        '',
        all.noPersonalData,
      ),
    };
  },
  clarificationAnswered(v, language) {
    const all = mailsTexts(language);
    const t = all.clarificationAnswered;
    return { subject: t.subject(v.reference), text: lines(t.greeting, '', t.answered(v.reference), '', v.portalUrl, '', all.noPersonalData) };
  },
  downloadCode(v, language) {
    const t = mailsTexts(language).downloadCode;
    return { subject: t.subject, text: lines(t.greeting, '', t.code(v.code), '', t.valid, t.notYou) };
  },
};

/**
 * The words of a queued mail. An outbox item written before mails were
 * rendered at delivery already holds its words; it goes out as it is.
 */
export function renderMail(mail: Mail | RenderedMail): RenderedMail {
  if ('subject' in mail) return mail;
  const render = renderers[mail.kind] as Renderer<typeof mail.kind>;
  return { to: mail.to, ...render(mail.values, mail.language) };
}
