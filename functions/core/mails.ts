import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { IsoDate } from './calendar-date';
import type { RequestType } from './request-kinds';

/**
 * Every e-mail the system sends, as what it says rather than its words: a
 * kind and the values it may carry. The covenants say to avoid e-mail for
 * personal data (toelichting art. 10), so no mail here accepts a name, a
 * date of birth or free text: only references, dates, overleg and party
 * names and links. The outbox stores the mail this way and the deliverer
 * renders it (core/mail-rendering.ts) in the reader's language: the
 * requester's mails take the request's, staff mails Dutch. _Decision:_
 * rendering at delivery keeps the wording out of every function that only
 * queues mail, and a mail queued before a wording change goes out in the
 * new wording.
 */

export type RequesterNews = 'verlengd' | 'vraag' | 'besluit' | 'doorgegeven' | 'geregistreerd' | 'statuslink' | 'ingetrokken';

export type ReminderKind = 'herinnering' | 'te-laat' | 'escalatie' | 'coordinator-termijn' | 'alle-antwoorden-binnen';

export interface MailValues {
  confirmation: { reference: string; receivedOn: IsoDate; deadline: IsoDate; confirmUrl: string; statusUrl: string };
  /** To the one the requester named to ask together with them: their own link to join. Neither the requester's name nor the child's. */
  coRequesterInvite: { reference: string; deadline: IsoDate; confirmUrl: string };
  /** `answerBy`: the party's internal date (core/answer-by.ts); absent on mails queued before it: the deadline alone. */
  partyTask: {
    reference: string;
    casusoverlegName: string;
    deadline: IsoDate;
    answerBy?: IsoDate;
    portalUrl: string;
    coordinator: boolean;
    /** The central contact point: the requester did not know the overleg, so it chooses one first. */
    toAssign?: boolean;
  };
  /** News for the requester: only the reference and the link; the content is on the status page. */
  requesterNews: { reference: string; statusUrl: string; news: RequesterNews };
  /** Tells a party the requester withdrew the request, or (`types`) only those parts of it: the types, never why. */
  withdrawal: { reference: string; casusoverlegName: string; portalUrl: string; types?: RequestType[] };
  /** Tells a party that another party changed shared data (AVG art. 19). */
  art19Task: { reference: string; casusoverlegName: string; portalUrl: string };
  /** The FG's daily summary of overdue tasks of their party: counts and references only. */
  fgOverdueSummary: { partyName: string; today: IsoDate; overdue: Array<{ reference: string; deadline: IsoDate }>; dashboardUrl: string };
  /**
   * A step of the reminder ladder: reference, overleg, deadline and link; for
   * an escalation the late party's name, in the subject too, so the
   * coordinator's escalations for several late parties of one request are
   * told apart.
   */
  reminder: ReminderLine;
  /**
   * The sweep's one mail per inbox and day: every step due for this address,
   * grouped by request, and for an FG the overdue tasks of their party.
   */
  digest: { today: IsoDate; lines: ReminderLine[]; fgOverdue?: FgOverdue[]; dashboardUrl?: string };
  /** A new note on a request in the portal: that there is one, never what it says. */
  newNote: { reference: string; portalUrl: string };
  /** Tells the coordinator that the requester answered their question: the clock runs again. */
  clarificationAnswered: { reference: string; portalUrl: string };
  /** The one-time code that opens the released files on the status page: the code and nothing else. */
  downloadCode: { code: string };
  /** A new portal account: for which party and role, and where to sign in. The temporary password is not in it (the beheerder passes it on). */
  invitation: { partyName: string; role: 'contact' | 'fg'; signInUrl: string };
}

/** A step of the reminder ladder, alone or as a line of a digest; `answerBy` on a party's own reminder. */
export interface ReminderLine {
  kind: ReminderKind;
  reference: string;
  casusoverlegName: string;
  deadline: IsoDate;
  answerBy?: IsoDate;
  latePartyName?: string;
  portalUrl: string;
}

/** An FG's part of the digest: the overdue tasks of their own party. */
export interface FgOverdue {
  partyName: string;
  overdue: Array<{ reference: string; deadline: IsoDate }>;
}

export type MailKind = keyof MailValues;

/** One address (a requester), or every mailbox of a party (core/people.ts), all in one mail. */
export type Recipients = string | string[];

/**
 * `regionId`: whose mail it is. The deliverer signs it with that region's
 * service name, organisation and contact, and sets its reply address
 * (core/mail-rendering.ts); a mail queued without one goes out unsigned.
 */
export type Mail = { [K in MailKind]: { to: Recipients; kind: K; language: Language; values: MailValues[K]; regionId?: string } }[MailKind];

/** The mail as the region's: every builder's result passes through this where the request's region is known. */
export const inRegion = <M extends Mail>(regionId: string, mail: M): M => ({ ...mail, regionId });

type Addressed<K extends MailKind> = MailValues[K] & { to: Recipients };
type MailOf<K extends MailKind> = Extract<Mail, { kind: K }>;

// Each builder names the values it keeps, so nothing else an argument object
// happens to hold (a name, a date of birth) reaches the stored outbox item.

export const confirmationMail = (
  { to, reference, receivedOn, deadline, confirmUrl, statusUrl }: Addressed<'confirmation'>,
  language: Language = DEFAULT_LANGUAGE,
): MailOf<'confirmation'> => ({ to, kind: 'confirmation', language, values: { reference, receivedOn, deadline, confirmUrl, statusUrl } });

export const coRequesterInviteMail = (
  { to, reference, deadline, confirmUrl }: Addressed<'coRequesterInvite'>,
  language: Language = DEFAULT_LANGUAGE,
): MailOf<'coRequesterInvite'> => ({ to, kind: 'coRequesterInvite', language, values: { reference, deadline, confirmUrl } });

export const partyTaskMail = ({
  to,
  reference,
  casusoverlegName,
  deadline,
  answerBy,
  portalUrl,
  coordinator,
  toAssign,
}: Addressed<'partyTask'>): MailOf<'partyTask'> => ({
  to,
  kind: 'partyTask',
  language: DEFAULT_LANGUAGE,
  values: { reference, casusoverlegName, deadline, ...(answerBy ? { answerBy } : {}), portalUrl, coordinator, ...(toAssign ? { toAssign } : {}) },
});

export const requesterNewsMail = (
  { to, reference, statusUrl, news }: Addressed<'requesterNews'>,
  language: Language = DEFAULT_LANGUAGE,
): MailOf<'requesterNews'> => ({ to, kind: 'requesterNews', language, values: { reference, statusUrl, news } });

/**
 * News for a requester with an e-mail address (one registered with a postal
 * address only hears by the coordinator's letters, so gets none), and for a
 * co-requester once they confirmed, with their own status link.
 */
export const requesterNewsMails = (
  record: { requester: { email?: string }; coRequester?: { email: string; confirmedAt: string | null }; regionId: string; language?: Language },
  values: MailValues['requesterNews'],
  coStatusUrl?: string,
): Array<MailOf<'requesterNews'>> => [
  ...(record.requester.email ? [inRegion(record.regionId, requesterNewsMail({ to: record.requester.email, ...values }, record.language))] : []),
  ...(record.coRequester?.confirmedAt && coStatusUrl
    ? [inRegion(record.regionId, requesterNewsMail({ to: record.coRequester.email, ...values, statusUrl: coStatusUrl }, record.language))]
    : []),
];

export const withdrawalMail = ({ to, reference, casusoverlegName, portalUrl, types }: Addressed<'withdrawal'>): MailOf<'withdrawal'> => ({
  to,
  kind: 'withdrawal',
  language: DEFAULT_LANGUAGE,
  values: { reference, casusoverlegName, portalUrl, ...(types ? { types } : {}) },
});

export const art19TaskMail = ({ to, reference, casusoverlegName, portalUrl }: Addressed<'art19Task'>): MailOf<'art19Task'> => ({
  to,
  kind: 'art19Task',
  language: DEFAULT_LANGUAGE,
  values: { reference, casusoverlegName, portalUrl },
});

export const fgOverdueSummaryMail = ({ to, partyName, today, overdue, dashboardUrl }: Addressed<'fgOverdueSummary'>): MailOf<'fgOverdueSummary'> => ({
  to,
  kind: 'fgOverdueSummary',
  language: DEFAULT_LANGUAGE,
  values: { partyName, today, overdue: overdue.map(({ reference, deadline }) => ({ reference, deadline })), dashboardUrl },
});

/** Only the fields of a line: nothing else an argument happens to hold reaches the outbox. */
const lineOf = ({ kind, reference, casusoverlegName, deadline, answerBy, latePartyName, portalUrl }: ReminderLine): ReminderLine => ({
  kind,
  reference,
  casusoverlegName,
  deadline,
  portalUrl,
  ...(answerBy ? { answerBy } : {}),
  ...(latePartyName ? { latePartyName } : {}),
});

export const reminderMail = ({ to, ...line }: Addressed<'reminder'>): MailOf<'reminder'> => ({
  to,
  kind: 'reminder',
  language: DEFAULT_LANGUAGE,
  values: lineOf(line),
});

export const digestMail = ({ to, today, lines, fgOverdue, dashboardUrl }: Addressed<'digest'>): MailOf<'digest'> => ({
  to,
  kind: 'digest',
  language: DEFAULT_LANGUAGE,
  values: {
    today,
    lines: lines.map(lineOf),
    ...(fgOverdue?.length
      ? {
          fgOverdue: fgOverdue.map((part) => ({
            partyName: part.partyName,
            overdue: part.overdue.map(({ reference, deadline }) => ({ reference, deadline })),
          })),
        }
      : {}),
    ...(dashboardUrl ? { dashboardUrl } : {}),
  },
});

export const clarificationAnsweredMail = ({ to, reference, portalUrl }: Addressed<'clarificationAnswered'>): MailOf<'clarificationAnswered'> => ({
  to,
  kind: 'clarificationAnswered',
  language: DEFAULT_LANGUAGE,
  values: { reference, portalUrl },
});

export const downloadCodeMail = ({ to, code }: Addressed<'downloadCode'>, language: Language = DEFAULT_LANGUAGE): MailOf<'downloadCode'> => ({
  to,
  kind: 'downloadCode',
  language,
  values: { code },
});

export const newNoteMail = ({ to, reference, portalUrl }: Addressed<'newNote'>): MailOf<'newNote'> => ({
  to,
  kind: 'newNote',
  language: DEFAULT_LANGUAGE,
  values: { reference, portalUrl },
});

export const invitationMail = ({ to, partyName, role, signInUrl }: Addressed<'invitation'>): MailOf<'invitation'> => ({
  to,
  kind: 'invitation',
  language: DEFAULT_LANGUAGE,
  values: { partyName, role, signInUrl },
});
