import { mailsTexts } from '#texts/catalogue';
import { longDate, plural } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { IsoDate } from './calendar-date';

/**
 * Every e-mail the system sends. The covenants say to avoid e-mail for
 * personal data (toelichting art. 10), so no builder here accepts a name, a
 * date of birth or free text: only references, dates, overleg names and links.
 * The words come from the catalogue (functions/texts/), in the reader's
 * language: the requester's mails take the request's, staff mails Dutch.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const lines = (...parts: Array<string | string[]>) => parts.flat().join('\n');

export function confirmationMail(
  args: { to: string; reference: string; receivedOn: IsoDate; deadline: IsoDate; confirmUrl: string; statusUrl: string },
  language: Language = DEFAULT_LANGUAGE,
): Mail {
  const t = mailsTexts(language).confirmation;
  return {
    to: args.to,
    subject: t.subject(args.reference),
    text: lines(
      t.greeting,
      '',
      t.received(longDate(language, args.receivedOn), args.reference),
      '',
      t.confirm,
      args.confirmUrl,
      '',
      t.afterConfirm,
      t.answerBy(longDate(language, args.deadline)),
      t.expires,
      '',
      t.status,
      args.statusUrl,
      '',
      t.notYou,
    ),
  };
}

export function partyTaskMail(args: {
  to: string;
  reference: string;
  casusoverlegName: string;
  deadline: IsoDate;
  portalUrl: string;
  coordinator: boolean;
}): Mail {
  const all = mailsTexts(DEFAULT_LANGUAGE);
  const t = all.partyTask;
  return {
    to: args.to,
    subject: t.subject(args.reference),
    text: lines(
      t.greeting,
      '',
      t.arrived(args.casusoverlegName),
      t.reference(args.reference),
      t.deadline(longDate(DEFAULT_LANGUAGE, args.deadline)),
      '',
      args.coordinator ? t.coordinator : t.party,
      '',
      all.portalLink,
      args.portalUrl,
      '',
      all.noPersonalData,
    ),
  };
}

export type RequesterNews = 'verlengd' | 'vraag' | 'besluit' | 'doorgegeven' | 'geregistreerd';

/** News for the requester: only the reference and the link; the content is on the status page. */
export function requesterNewsMail(
  args: { to: string; reference: string; statusUrl: string; news: RequesterNews },
  language: Language = DEFAULT_LANGUAGE,
): Mail {
  const t = mailsTexts(language).news;
  return {
    to: args.to,
    subject: t.subject(args.reference),
    text: lines(t.greeting, '', t.text[args.news], '', args.statusUrl, '', t.reference(args.reference)),
  };
}

/** Tells a party that another party changed shared data (AVG art. 19). */
export function art19TaskMail(args: { to: string; reference: string; casusoverlegName: string; portalUrl: string }): Mail {
  const all = mailsTexts(DEFAULT_LANGUAGE);
  const t = all.art19;
  return {
    to: args.to,
    subject: t.subject(args.reference),
    text: lines(t.greeting, '', t.changed(args.casusoverlegName, args.reference), t.apply, '', t.look, args.portalUrl, '', all.noPersonalData),
  };
}

/** The FG's daily summary of overdue tasks of their party: counts and references only. */
export function fgOverdueSummaryMail(args: {
  to: string;
  partyName: string;
  today: IsoDate;
  overdue: Array<{ reference: string; deadline: IsoDate }>;
  dashboardUrl: string;
}): Mail {
  const language = DEFAULT_LANGUAGE;
  const all = mailsTexts(language);
  const t = all.fgSummary;
  const count = args.overdue.length;
  return {
    to: args.to,
    subject: t.subject(plural(language, count, t.requests), args.partyName),
    text: lines(
      t.greeting,
      '',
      t.intro(longDate(language, args.today), args.partyName, plural(language, count, t.privacyRequests)),
      '',
      args.overdue.map((task) => t.item(task.reference, longDate(language, task.deadline))),
      '',
      t.look,
      args.dashboardUrl,
      '',
      all.noPersonalData,
    ),
  };
}

export type ReminderKind = 'herinnering' | 'te-laat' | 'escalatie' | 'coordinator-termijn' | 'alle-antwoorden-binnen';

/**
 * A step of the reminder ladder: reference, overleg, deadline and link; for an
 * escalation the late party's name, in the subject too, so the coordinator's
 * escalations for several late parties of one request are told apart.
 */
export function reminderMail(args: {
  to: string;
  kind: ReminderKind;
  reference: string;
  casusoverlegName: string;
  deadline: IsoDate;
  latePartyName?: string;
  portalUrl: string;
}): Mail {
  const all = mailsTexts(DEFAULT_LANGUAGE);
  const t = all.reminder;
  return {
    to: args.to,
    subject: t.subjectLine(t.subject[args.kind], args.latePartyName ? t.lateParty(args.latePartyName) : '', args.reference),
    text: lines(
      t.greeting,
      '',
      t.about(args.reference, args.casusoverlegName),
      t.step[args.kind](longDate(DEFAULT_LANGUAGE, args.deadline)),
      args.latePartyName ? [t.whichParty(args.latePartyName)] : [],
      '',
      t.look,
      args.portalUrl,
      '',
      all.noPersonalData,
    ),
  };
}

/** Tells the coordinator that the requester answered their question: the clock runs again. */
export function clarificationAnsweredMail(args: { to: string; reference: string; portalUrl: string }): Mail {
  const all = mailsTexts(DEFAULT_LANGUAGE);
  const t = all.clarificationAnswered;
  return {
    to: args.to,
    subject: t.subject(args.reference),
    text: lines(t.greeting, '', t.answered(args.reference), '', args.portalUrl, '', all.noPersonalData),
  };
}
