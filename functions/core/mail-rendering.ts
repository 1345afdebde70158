import { mailsTexts, termsTexts } from '#texts/catalogue';
import { longDate, plural } from '#texts/format';
import type { FgOverdue, Mail, MailKind, MailValues, Recipients, ReminderLine } from './mails';

/** A mail as it is sent: the words, in the reader's language. */
export interface RenderedMail {
  to: Recipients;
  subject: string;
  text: string;
  /** The region's service name, shown as the sender (the address stays the verified MAIL_FROM). */
  fromName?: string;
  /** Where an answer goes: the region's contact mailbox, never the no-reply sender alone. */
  replyTo?: string;
}

/** Who a region's mail is from: its service name, its reply address and a signature with its contact. */
export interface MailSender {
  name: string;
  replyTo?: string;
  signature: string[];
}

export function senderOf(
  about: { serviceName: string; organisation: string; phone?: string; email?: string; openingHours?: string } | undefined,
): MailSender | undefined {
  if (!about) return undefined;
  const t = mailsTexts('nl').signature;
  const reach = [about.phone && t.phone(about.phone), about.email && t.email(about.email)].filter(Boolean).join(' · ');
  return {
    name: about.serviceName,
    ...(about.email ? { replyTo: about.email } : {}),
    signature: [about.serviceName, about.organisation, reach, about.openingHours ? t.hours(about.openingHours) : ''].filter(Boolean),
  };
}

const lines = (...parts: Array<string | string[]>) => parts.flat().join('\n');

function reminderSubject(line: ReminderLine, language: Mail['language']): string {
  const t = mailsTexts(language).reminder;
  return t.subjectLine(t.subject[line.kind], line.latePartyName ? t.lateParty(line.latePartyName) : '', line.reference);
}

/** What a step asks: counted to the answer-by date where the line has one, else to the deadline; for an escalation, which party. */
function stepLines(line: ReminderLine, language: Mail['language'], bullet = ''): string[] {
  const t = mailsTexts(language).reminder;
  const deadline = longDate(language, line.deadline);
  const byAnswerDate = line.answerBy && (line.kind === 'herinnering' || line.kind === 'te-laat' || line.kind === 'escalatie') ? line.kind : null;
  const step = byAnswerDate && line.answerBy ? t.stepByAnswerDate[byAnswerDate](longDate(language, line.answerBy), deadline) : t.step[line.kind](deadline);
  return [`${bullet}${step}`, ...(line.latePartyName ? [`${bullet ? '  ' : ''}${t.whichParty(line.latePartyName)}`] : [])];
}

function fgOverdueLines(today: string, summary: FgOverdue, dashboardUrl: string, language: Mail['language']): string {
  const t = mailsTexts(language).fgSummary;
  return lines(
    t.intro(longDate(language, today), summary.partyName, plural(language, summary.overdue.length, t.privacyRequests)),
    '',
    summary.overdue.map((task) => t.item(task.reference, longDate(language, task.deadline))),
    '',
    t.look,
    dashboardUrl,
    '',
  );
}

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
  coRequesterInvite(v, language) {
    const t = mailsTexts(language).coRequesterInvite;
    return {
      subject: t.subject(v.reference),
      text: lines(t.greeting, '', t.named(v.reference), '', t.confirm, v.confirmUrl, '', t.answerBy(longDate(language, v.deadline)), t.expires, '', t.notYou),
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
        v.toAssign ? t.arrivedToAssign : t.arrived(v.casusoverlegName),
        t.reference(v.reference),
        v.answerBy && v.answerBy !== v.deadline ? t.answerBy(longDate(language, v.answerBy)) : [],
        t.deadline(longDate(language, v.deadline)),
        '',
        v.toAssign ? t.assign : v.coordinator ? t.coordinator : t.party,
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
  withdrawal(v, language) {
    const all = mailsTexts(language);
    const t = all.withdrawal;
    const what = v.types
      ? t.part(v.reference, v.casusoverlegName, v.types.map((type) => termsTexts(language).requestType[type].label.toLowerCase()).join(', '))
      : t.whole(v.reference, v.casusoverlegName);
    return {
      subject: t.subject(v.reference),
      text: lines(t.greeting, '', what, v.types ? t.restGoesOn : t.nothingToDo, '', all.portalLink, v.portalUrl, '', all.noPersonalData),
    };
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
    return {
      subject: t.subject(plural(language, v.overdue.length, t.requests), v.partyName),
      text: lines(t.greeting, '', fgOverdueLines(v.today, v, v.dashboardUrl, language), all.noPersonalData),
    };
  },
  reminder(v, language) {
    const all = mailsTexts(language);
    const t = all.reminder;
    return {
      subject: reminderSubject(v, language),
      text: lines(t.greeting, '', t.about(v.reference, v.casusoverlegName), stepLines(v, language), '', t.look, v.portalUrl, '', all.noPersonalData),
    };
  },
  digest(v, language) {
    const all = mailsTexts(language);
    const t = all.digest;
    const byRequest = new Map<string, ReminderLine[]>();
    for (const line of v.lines) byRequest.set(line.reference, [...(byRequest.get(line.reference) ?? []), line]);
    const fg = v.fgOverdue ?? [];
    const only = v.lines.length === 1 && fg.length === 0 ? v.lines[0] : undefined;
    return {
      subject: only ? reminderSubject(only, language) : t.subject(longDate(language, v.today), plural(language, byRequest.size || 1, t.requests)),
      text: lines(
        t.greeting,
        '',
        t.intro(longDate(language, v.today)),
        '',
        [...byRequest.values()].map((requestLines) => {
          const first = requestLines[0] as ReminderLine;
          return lines(
            all.reminder.about(first.reference, first.casusoverlegName),
            requestLines.flatMap((line) => stepLines(line, language, '- ')),
            t.look,
            first.portalUrl,
            '',
          );
        }),
        fg.map((part) => fgOverdueLines(v.today, part, v.dashboardUrl ?? '', language)),
        all.noPersonalData,
      ),
    };
  },
  newNote(v, language) {
    const all = mailsTexts(language);
    const t = all.newNote;
    return { subject: t.subject(v.reference), text: lines(t.greeting, '', t.text(v.reference), '', all.portalLink, v.portalUrl, '', all.noPersonalData) };
  },
  clarificationAnswered(v, language) {
    const all = mailsTexts(language);
    const t = all.clarificationAnswered;
    return { subject: t.subject(v.reference), text: lines(t.greeting, '', t.answered(v.reference), '', v.portalUrl, '', all.noPersonalData) };
  },
  invitation(v, language) {
    const t = mailsTexts(language).invitation;
    return {
      subject: t.subject,
      text: lines(t.greeting, '', t.invited(t.roles[v.role], v.partyName), '', t.howTo, v.signInUrl, '', t.password, t.first, '', t.notYou),
    };
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
export function renderMail(mail: Mail | RenderedMail, sender?: MailSender): RenderedMail {
  if ('subject' in mail) return mail;
  const render = renderers[mail.kind] as Renderer<typeof mail.kind>;
  const { subject, text } = render(mail.values, mail.language);
  if (!sender) return { to: mail.to, subject, text };
  // "-- " is the signature separator mail programs know.
  return {
    to: mail.to,
    subject,
    text: `${text.trimEnd()}\n\n-- \n${sender.signature.join('\n')}\n`,
    fromName: sender.name,
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
  };
}
