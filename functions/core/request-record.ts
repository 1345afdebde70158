import type { RetainedPart } from './retention';
import { answerByDate } from './answer-by';
import { addDays, amsterdamDate, daysBetween, type IsoDate, epochSeconds } from './calendar-date';
import { deadlineArithmetic, type Pause } from './deadline';
import type { DecisionText, TypeDecision } from './decision';
import type { TypeAnswer } from './party-answer';
import type { AcceptedRequest } from './intake';
import { coRequesterInviteMail, confirmationMail, inRegion, type Mail, partyTaskMail, requesterNewsMails } from './mails';
import type { Directory } from './directory';
import type { RequestInput, RequestType } from './request-schema';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { type RequestStatus, transition } from './request-state';

/** Unconfirmed requests disappear after this many days (their TTL). */
export const UNCONFIRMED_RETENTION_DAYS = 7;

export type Channel = 'formulier' | 'api' | 'brief' | 'e-mail' | 'telefoon';

/** A pause to ask the requester for identification or clarification (EDPB 01/2022 §159). */
export interface Clarification extends Pause {
  question: string;
  answer?: string;
}

export interface Decision {
  decidedAt: string;
  byPartyId: string;
  decisions: TypeDecision[];
  text: DecisionText;
  /**
   * The parties whose copy this decision released: each provided inzage for
   * its own part. Absent on decisions sent before it was recorded: then every
   * party's (the decision granted inzage as a whole).
   */
  releasedPartyIds?: string[];
  /** The organisations whose parts this decision covers (core/decision-scope.ts). Absent on decisions sent before partial decisions: every part. */
  partyIds?: string[];
  /** On a partial decision (deelbesluit): the organisations still working, whose parts follow in the supplementary decision. */
  pendingPartyIds?: string[];
}

export interface RequestRecord {
  reference: string;
  status: RequestStatus;
  /** Optimistic locking: every update names the version it read. */
  version: number;
  channel: Channel;
  /**
   * The instant it arrived through the form or API (or was registered in the
   * portal), and the Amsterdam date that counts legally: for a registered
   * letter or call, the day it actually came in.
   */
  receivedAt: string;
  receivedOn: IsoDate;
  /** The last determined deadline; while a pause is open the clock stands still at this value. */
  deadline: IsoDate;
  /** The parties' internal answer-by date for that deadline (core/answer-by.ts), set with it from routing on; absent before routing. */
  answerBy?: IsoDate;
  extended: boolean;
  extension: { months: number; reason: string; extendedOn: IsoDate } | null;
  pauses: Clarification[];
  regionId: string;
  casusoverlegId: string;
  variablePartyId: string | null;
  coordinatorPartyId: string;
  /**
   * The version of the region's configuration the request was routed with
   * (docs/configuration.md): its parties and coordinator are fixed on it, so a
   * beheerder's later change of the overleg changes no request already routed.
   */
  regionVersion?: number;
  /** Present (true) while the region's central contact point must still assign the overleg (core/routing.ts); `casusoverlegId` is then the requester's guess or UNKNOWN_OVERLEG. */
  toAssign?: boolean;
  partyIds: string[];
  types: RequestType[];
  requester: RequestInput['requester'];
  child: RequestInput['child'];
  details: string;
  confirmedAt: string | null;
  /**
   * The requester's link to the status page. Kept in the record (the table is
   * encrypted and already holds everything the page shows) so later mails can
   * repeat the link; looked up through its hash.
   */
  statusToken: string;
  decision: Decision | null;
  /** The supplementary decision (aanvullend besluit) after a partial one: the parts of the organisations that were late. */
  supplement?: Decision | null;
  closedAt: string | null;
  /** Retention: the whole request is deleted after this date. */
  retainUntil: IsoDate | null;
  /** Set on closing where a party keeps its own part longer than the covenant's year (core/retention.ts). */
  retainedParts?: RetainedPart[];
  /** How the coordinator checked who the requester is; required before an inzage is decided. Absent on older records. */
  identityCheck?: IdentityCheck | null;
  /** For a requester without e-mail: the day each decision (in decisionsOf order) went by post, with the released copies on paper. */
  sentByPost?: IsoDate[];
  /** What the requester withdrew, and when (core/withdrawal.ts): some of the types, or, with status withdrawn, the whole request. */
  withdrawals?: Withdrawal[];
  /** The parent, guardian or youth asking together with the requester (intake.ts): their own status link, kept like the requester's; `confirmedAt` once they joined. */
  coRequester?: NonNullable<RequestInput['coRequester']> & { statusToken: string; confirmedAt: string | null };
  /**
   * The language the requester used the form in: their mails and the links in
   * them are in it. Absent on Dutch requests (and on records from before
   * there was a choice), so `languageOf` reads it.
   */
  language?: Language;
}

/** The requester's language: the mails to them and the status links in them. */
export const languageOf = (record: Pick<RequestRecord, 'language'>): Language => record.language ?? DEFAULT_LANGUAGE;

/**
 * The address behind a status link: the requester's, or the co-requester's
 * once they joined; null for a link that is neither. The download code goes
 * to that address, so each opens the files with their own mail.
 */
export function statusLinkHolder(record: Pick<RequestRecord, 'statusToken' | 'requester' | 'coRequester'>, token: string): StatusLinkHolder | null {
  return statusLinksOf(record).find((link) => link.token === token) ?? null;
}

export interface StatusLinkHolder {
  role: 'requester' | 'co-requester';
  email?: string;
}

/**
 * Every status token the request has stored, joined or not: the requester's,
 * and the co-requester's from the submission on. Their token items live
 * outside the request's partition, so confirming and closing name them.
 */
export function statusTokensOf(record: Pick<RequestRecord, 'statusToken' | 'coRequester'>): string[] {
  return [record.statusToken, ...(record.coRequester ? [record.coRequester.statusToken] : [])];
}

/** Every working status link of a request with whom it belongs to: the requester's, and a co-requester's once they joined. */
export function statusLinksOf(record: Pick<RequestRecord, 'statusToken' | 'requester' | 'coRequester'>): Array<StatusLinkHolder & { token: string }> {
  return [
    { role: 'requester', token: record.statusToken, ...(record.requester.email ? { email: record.requester.email } : {}) },
    ...(record.coRequester?.confirmedAt ? [{ role: 'co-requester' as const, token: record.coRequester.statusToken, email: record.coRequester.email }] : []),
  ];
}

export interface Withdrawal {
  types: RequestType[];
  on: IsoDate;
}

/**
 * The ways a coordinator can establish who asks and that they may (EDPB
 * 01/2022 §§ 60-79: proportionate, with what the organisation already
 * knows): seen at the desk with an ID, known to the casusoverleg, a
 * machtiging received and checked, a court order for a guardian, a verified
 * login the party has.
 */
export const IDENTITY_METHODS = ['balie', 'bekend', 'machtiging', 'rechterlijke-uitspraak', 'inlog'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

export interface IdentityCheck {
  method: IdentityMethod;
  checkedOn: IsoDate;
  checkedBy: string;
  recordedAt: string;
}

/** withdrawn: the requester withdrew the request while the task was open (core/withdrawal.ts). */
export type TaskStatus = 'open' | 'answered' | 'withdrawn';

/**
 * answer: the party answers for its own part. art19: another party changed
 * data it shared, and this party must apply the same change to its copy.
 */
export type TaskKind = 'answer' | 'art19';

export interface PartyTask {
  reference: string;
  partyId: string;
  kind: TaskKind;
  coordinator: boolean;
  status: TaskStatus;
  deadline: IsoDate;
  /** The internal date by which this party answers (core/answer-by.ts); the reminders count to it. Absent on tasks older than it: the deadline. */
  answerBy?: IsoDate;
  /** The request's date of receipt: the FG's overview lists a party's requests by it. */
  receivedOn?: IsoDate;
  version: number;
  createdAt: string;
  answers?: TypeAnswer[];
  answeredAt?: string;
  answeredBy?: string;
  /** "Ik pak dit op": the contact person of the party who works on it, so colleagues see who. */
  takenBy?: { userId: string; at: string };
  /** Open tasks while the request is paused for a question: since when the clock stands still (Mijn taken says so, not "nog 20 dagen"). */
  pausedSince?: IsoDate;
  /** art19 tasks: who changed the data, and how (`type:outcome`), and in the changing party's words what was changed. */
  fromPartyId?: string;
  changes?: string[];
  changed?: Array<{ type: RequestType; outcome: string; what: string }>;
}

export function taskId(task: Pick<PartyTask, 'partyId' | 'kind' | 'fromPartyId'>): string {
  return task.kind === 'art19' ? `${task.partyId}#ART19#${task.fromPartyId}` : task.partyId;
}

/** What happened, by whom: never the content of free text. */
export interface AuditEvent {
  reference: string;
  at: string;
  /** `onBehalfOf`: a deputy acted for the absent colleague who had taken the task (core/people.ts). */
  actor: { kind: 'aanvrager' | 'systeem' | 'medewerker'; partyId?: string; userId?: string; onBehalfOf?: string };
  action: string;
  /** Short, non-personal facts: statuses, party ids, dates. */
  facts?: Record<string, string | number | boolean | string[]>;
  /** Only on an event written after the request was closed: the request's own expiry (its TTL), so the event goes with it. */
  expiresAt?: number;
}

/**
 * The instant every item of a closed request expires, as closing set it
 * (the closing instant plus the retention days); undefined while it is open.
 * What is written to a closed request later (a download, an FG's
 * inspection) carries it, so nothing outlives the request.
 */
export function expiryOf(record: Pick<RequestRecord, 'closedAt' | 'retainUntil'>): number | undefined {
  if (!record.closedAt || !record.retainUntil) return undefined;
  const closedAt = new Date(record.closedAt);
  return epochSeconds(closedAt) + daysBetween(amsterdamDate(closedAt), record.retainUntil) * 86_400;
}

/** An event for this request, with the request's expiry once it is closed. */
export function withExpiryOf(record: Pick<RequestRecord, 'closedAt' | 'retainUntil'>, event: AuditEvent): AuditEvent {
  const expiresAt = expiryOf(record);
  return expiresAt === undefined ? event : { ...event, expiresAt };
}

export function newRequestRecord(
  accepted: AcceptedRequest,
  meta: { reference: string; receivedAt: Date; channel: Channel; statusToken: string; coStatusToken?: string; language?: Language },
): RequestRecord {
  const { input, routing } = accepted;
  const co = input.coRequester && meta.coStatusToken ? { ...input.coRequester, statusToken: meta.coStatusToken, confirmedAt: null } : undefined;
  return {
    reference: meta.reference,
    status: 'awaiting_confirmation',
    version: 1,
    channel: meta.channel,
    receivedAt: meta.receivedAt.toISOString(),
    receivedOn: accepted.receivedOn,
    deadline: accepted.deadline,
    extended: false,
    extension: null,
    pauses: [],
    regionId: routing.regionId,
    casusoverlegId: routing.casusoverlegId,
    variablePartyId: routing.variablePartyId,
    coordinatorPartyId: routing.coordinatorPartyId,
    partyIds: routing.parties.map((party) => party.partyId),
    regionVersion: routing.regionVersion,
    ...(routing.toAssign ? { toAssign: true } : {}),
    types: input.types,
    requester: input.requester,
    child: input.child,
    details: input.details,
    ...(co ? { coRequester: co } : {}),
    confirmedAt: null,
    statusToken: meta.statusToken,
    decision: null,
    closedAt: null,
    retainUntil: null,
    ...(meta.language && meta.language !== DEFAULT_LANGUAGE ? { language: meta.language } : {}),
  };
}

/** The deadline of a record as it stands, or null while the clock is stopped. */
export function currentDeadline(record: RequestRecord, designatedHolidays: readonly IsoDate[] = []): IsoDate | null {
  return deadlineArithmetic(
    { receivedOn: record.receivedOn, extended: record.extended, extensionMonths: record.extension?.months, pauses: record.pauses },
    designatedHolidays,
  ).deadline;
}

/** Epoch seconds after which an unconfirmed request is removed. */
export function unconfirmedExpiry(receivedAt: Date): number {
  return epochSeconds(receivedAt) + UNCONFIRMED_RETENTION_DAYS * 86_400;
}

export function submissionEffects(record: RequestRecord, links: { confirmUrl: string; statusUrl: string; coConfirmUrl?: string }, at: Date) {
  // The form and the API require an address (requestSchema); only a registration can lack one.
  const to = record.requester.email;
  if (!to) throw new Error('a submitted request without an e-mail address');
  return {
    mails: [
      inRegion(
        record.regionId,
        confirmationMail(
          {
            to,
            reference: record.reference,
            receivedOn: record.receivedOn,
            deadline: record.deadline,
            confirmUrl: links.confirmUrl,
            statusUrl: links.statusUrl,
          },
          languageOf(record),
        ),
      ),
      // The co-requester's own link to join: the status link comes only once they did.
      ...(record.coRequester && links.coConfirmUrl
        ? [
            inRegion(
              record.regionId,
              coRequesterInviteMail(
                { to: record.coRequester.email, reference: record.reference, deadline: record.deadline, confirmUrl: links.coConfirmUrl },
                languageOf(record),
              ),
            ),
          ]
        : []),
    ],
    audit: [
      {
        reference: record.reference,
        at: at.toISOString(),
        actor: { kind: 'aanvrager' as const },
        action: 'verzoek-ontvangen',
        facts: { channel: record.channel, receivedOn: record.receivedOn, deadline: record.deadline, types: record.types },
      },
    ],
  };
}

export interface Routed {
  record: RequestRecord;
  tasks: PartyTask[];
  mails: Mail[];
  audit: AuditEvent[];
}

/**
 * Confirmation routes the request: a task and a mail for every party. The
 * deadline stays the one fixed at receipt.
 */
export function confirmAndRoute(
  record: RequestRecord,
  context: { directory: Directory; designatedHolidays: readonly IsoDate[]; portalUrl: string; now: Date },
): { ok: true; routed: Routed } | { ok: false; reason: string } {
  const next = transition(record.status, 'confirm');
  if (!next.ok) return next;
  const overleg = context.directory.casusoverleg(record.regionId, record.casusoverlegId);
  if (!overleg && !record.toAssign) return { ok: false, reason: `casusoverleg ${record.casusoverlegId} is no longer configured` };
  const at = context.now.toISOString();
  const answerBy = answerByDate(record.regionId, record.deadline, context);
  const tasks: PartyTask[] = routedTasks(record, record.partyIds, { answerBy, at });
  const today = amsterdamDate(context.now);
  const mails = taskMails(record, tasks, { ...context, overlegName: overleg?.name ?? '', answerBy, today });
  return {
    ok: true,
    routed: {
      record: { ...record, status: next.status, version: record.version + 1, confirmedAt: at, answerBy },
      tasks,
      mails,
      audit: [
        { reference: record.reference, at, actor: { kind: 'aanvrager' }, action: 'e-mailadres-bevestigd' },
        {
          reference: record.reference,
          at,
          actor: { kind: 'systeem' },
          action: record.toAssign ? 'doorgestuurd-naar-centraal-aanspreekpunt' : 'doorgestuurd-naar-partijen',
          facts: { parties: record.partyIds, coordinator: record.coordinatorPartyId },
        },
      ],
    },
  };
}

/** A new answer task for each of these parties, at the request's deadline. */
export function routedTasks(
  record: Pick<RequestRecord, 'reference' | 'coordinatorPartyId' | 'deadline' | 'receivedOn'>,
  partyIds: readonly string[],
  meta: { answerBy: IsoDate; at: string },
): PartyTask[] {
  return partyIds.map((partyId) => ({
    reference: record.reference,
    partyId,
    kind: 'answer',
    coordinator: partyId === record.coordinatorPartyId,
    status: 'open',
    deadline: record.deadline,
    answerBy: meta.answerBy,
    receivedOn: record.receivedOn,
    version: 1,
    createdAt: meta.at,
  }));
}

/** The mail to each new task's party (none for one without a mailbox or an active contact person: the beheer pages show it has nobody to mail). */
export function taskMails(
  record: Pick<RequestRecord, 'reference' | 'regionId' | 'deadline' | 'toAssign'>,
  tasks: readonly PartyTask[],
  context: { directory: Directory; portalUrl: string; overlegName: string; answerBy: IsoDate; today: IsoDate },
): Mail[] {
  return tasks.flatMap((task) => {
    if (!context.directory.party(task.partyId)) throw new Error(`party ${task.partyId} is no longer configured`);
    const to = context.directory.mailboxes(task.partyId, 'contact', context.today);
    if (to.length === 0) return [];
    return inRegion(
      record.regionId,
      partyTaskMail({
        to,
        reference: record.reference,
        casusoverlegName: context.overlegName,
        deadline: record.deadline,
        answerBy: context.answerBy,
        portalUrl: context.portalUrl,
        coordinator: task.coordinator,
        ...(record.toAssign ? { toAssign: true } : {}),
      }),
    );
  });
}

/** The last day an unconfirmed request can still be confirmed (for the page text). */
export function confirmableUntil(receivedOn: IsoDate): IsoDate {
  return addDays(receivedOn, UNCONFIRMED_RETENTION_DAYS);
}

/**
 * A request that came in by letter, e-mail or phone, registered by a contact
 * person: the requester's address needs no confirmation, the deadline runs
 * from the date it was actually received, and it is routed at once.
 */
export function registerAndRoute(
  accepted: AcceptedRequest,
  meta: {
    reference: string;
    channel: Channel;
    statusToken: string;
    statusUrl: string;
    registeredBy: { partyId: string; userId: string };
    language?: Language;
  },
  context: Parameters<typeof confirmAndRoute>[1],
): { ok: true; routed: Routed } | { ok: false; reason: string } {
  const record = newRequestRecord(accepted, {
    reference: meta.reference,
    receivedAt: context.now,
    channel: meta.channel,
    statusToken: meta.statusToken,
    ...(meta.language ? { language: meta.language } : {}),
  });
  const result = confirmAndRoute(record, context);
  if (!result.ok) return result;
  const at = context.now.toISOString();
  const actor = { kind: 'medewerker' as const, ...meta.registeredBy };
  return {
    ok: true,
    routed: {
      ...result.routed,
      mails: [...result.routed.mails, ...requesterNewsMails(record, { reference: record.reference, statusUrl: meta.statusUrl, news: 'geregistreerd' })],
      audit: [
        {
          reference: record.reference,
          at,
          actor,
          action: 'verzoek-geregistreerd',
          facts: { channel: meta.channel, receivedOn: record.receivedOn, deadline: record.deadline, types: record.types },
        },
        ...result.routed.audit.filter((event) => event.action !== 'e-mailadres-bevestigd'),
      ],
    },
  };
}
