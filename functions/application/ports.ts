import type { Language } from '#texts/language';
import type { Digest } from '#core/reminder-digest';
import type { Note } from '#core/notes';
import type { PartyRequestPage, PartyRequestQuery } from '#core/party-requests';
import type { IsoDate } from '#core/calendar-date';
import type { Mail } from '#core/mails';
import type { DocumentRecord } from '#core/documents';
import type { DownloadCode } from '#core/download-code';
import type { Directory } from '#core/directory';
import type { Change } from '#core/request-lifecycle';
import type { AuditEvent, PartyTask, RequestRecord, Routed } from '#core/request-record';

/**
 * The ports of the use cases: what the application layer needs from the
 * outside world, declared once. The DynamoDB and SES adapters implement them
 * (functions/adapters/), each handler composes only those its function needs,
 * and the unit tests use the in-memory versions in test/support/in-memory.ts.
 */

/** The only source of the current time; the core takes `now` as a parameter. */
export interface Clock {
  now(): Date;
}

/** The region configuration and the settings the rules need, fixed per deployment. */
export interface Configuration {
  directory: Directory;
  designatedHolidays: readonly IsoDate[];
  /** Days a closed request is kept before it is deleted. */
  retentionDays: number;
}

/** Absolute links for mails, built from the route table and the site's public address. */
export interface SiteLinks {
  portalHome(): string;
  request(reference: string): string;
  /** The requester's pages, in their language (the request's). */
  status(statusToken: string, language: Language): string;
  confirm(confirmToken: string, language: Language): string;
  fgDashboard(): string;
  signIn(): string;
}

/** New references and secrets, and the one-way hash under which secrets are stored. */
export interface Secrets {
  newReference(): string;
  newToken(): string;
  hashSecret(secret: string): string;
}

/** `co-confirm`: the link by which a co-requester joins the request (confirm-request.ts). */
export type TokenPurpose = 'confirm' | 'status' | 'co-confirm';

/** Reading a request and what belongs to it. */
export interface CaseReader {
  findReferenceByToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null>;
  getRequest(reference: string, now: Date): Promise<RequestRecord | null>;
  getTasks(reference: string): Promise<PartyTask[]>;
  getAuditTrail(reference: string): Promise<AuditEvent[]>;
  getDocuments(reference: string): Promise<DocumentRecord[]>;
  getNotes(reference: string): Promise<Note[]>;
  /** The requests about the same child in the same overleg, this one included (core/related-requests.ts). */
  getSameChild(record: RequestRecord, now: Date): Promise<RequestRecord[]>;
}

/** Writing a lifecycle Change, guarded by the versions it was computed from. */
export interface CaseWriter {
  saveChange(change: Change, now: Date): Promise<'saved' | 'conflict'>;
}

/** A party's open work across requests: its open tasks, and the requests it coordinates that wait for it (with their answer tasks while in progress). */
export interface PartyWork {
  tasks: PartyTask[];
  coordinated: Array<{ record: RequestRecord; tasks: PartyTask[] }>;
}

export interface TaskList {
  workForParty(partyId: string): Promise<PartyWork>;
  /** Alle verzoeken: a page of the party's requests (core/party-requests.ts). */
  partyRequests(partyId: string, query: PartyRequestQuery): Promise<PartyRequestPage>;
  /** Whether the party has a part in this request: a search by reference. */
  hasPart(partyId: string, reference: string): Promise<boolean>;
}

export type CaseRepository = CaseReader & CaseWriter & TaskList;

/** A case's file and its changes: what the portal's actions read and write. */
export type CaseFileRepository = Pick<CaseReader, 'getRequest' | 'getTasks' | 'getAuditTrail' | 'getDocuments' | 'getNotes'> & CaseWriter;

/** The first answer given to an Idempotency-Key, replayed for 24 hours. */
export interface StoredAnswer {
  statusCode: number;
  body: string;
}

export type CreateResult = { outcome: 'created' } | { outcome: 'idempotent-replay'; answer: StoredAnswer } | { outcome: 'reference-taken' };

/**
 * What a submission causes besides the request itself: its tokens, the
 * confirmation mail and the audit event. Submit stores them inside the request
 * item (one write); a deliverer writes them as items of their own before the
 * mail goes out, so the mailed links work.
 */
export interface DeferredEffects {
  /** When they happened: ids and audit keys derive from it, so writing them twice writes the same items. */
  at: string;
  tokens: Array<{ hash: string; purpose: TokenPurpose }>;
  mails: Mail[];
  audit: AuditEvent[];
}

/** Creating and routing requests: the form, the API, confirmation and registration. */
export interface IntakeRepository {
  createSubmittedRequest(args: {
    record: RequestRecord;
    expiresAt: number;
    effects: DeferredEffects;
    idempotency?: { keyHash: string; answer: StoredAnswer };
    now: Date;
  }): Promise<CreateResult>;
  createRegisteredRequest(args: {
    record: RequestRecord;
    tasks: PartyTask[];
    tokens: DeferredEffects['tokens'];
    mails: Mail[];
    audit: AuditEvent[];
    /** The registration form's submission id, hashed: a second post of the same form replays the first result. */
    idempotency?: { keyHash: string; answer: StoredAnswer };
    now: Date;
  }): Promise<CreateResult>;
  findIdempotentAnswer(keyHash: string, now: Date): Promise<StoredAnswer | null>;
  saveRouting(routed: Routed, readVersion: number, now: Date): Promise<'saved' | 'conflict'>;
}

/** The daily sweep's reads and writes: the reminder index, reminder steps, FG summaries and, locally, expired items. */
export interface SweepRepository {
  /** The number of shards of the reminder index, each read on its own. */
  shards: number;
  dueForReminders(shard: number, today: IsoDate): Promise<{ references: string[]; consumedReadUnits: number }>;
  reminderState(reference: string, now: Date): Promise<{ record: RequestRecord; tasks: PartyTask[]; sent: Set<string>; consumedReadUnits: number } | null>;
  recordReminder(reference: string, stepId: string, mails: Mail[], audit: AuditEvent[], now: Date): Promise<'saved' | 'conflict'>;
  setNextReminder(reference: string, next: IsoDate | null): Promise<void>;
  overdueTasks(partyId: string, today: IsoDate): Promise<PartyTask[]>;
  recordDigest(digest: Digest, mail: Mail, today: IsoDate, now: Date): Promise<'saved' | 'conflict'>;
  recordedMarks(digest: Digest, today: IsoDate): Promise<Set<string>>;
  purgeExpired(now: Date): Promise<number>;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

/** The outbox's delivering side: sends what is pending and due. */
export interface Outbox {
  deliverPending(now: Date, limit?: number): Promise<DeliveryReport>;
}

/** The FG's reads: the requests a party is involved in, by date of receipt. */
export interface OversightRepository {
  requestsInvolving(partyId: string, period: { from: IsoDate; to: IsoDate }, now: Date): Promise<RequestRecord[]>;
  /** The requester's downloads of the party's files, per request (absent: none). */
  downloadsOf(partyId: string, references: readonly string[]): Promise<Map<string, number>>;
}

/** Where a sign-in stands after a call to the identity provider; `session` is its opaque challenge state. */
export type SignInStep =
  | { kind: 'signed-in'; idToken: string }
  | { kind: 'totp'; session: string; username: string }
  | { kind: 'new-password'; session: string; username: string }
  | { kind: 'mfa-setup'; session: string; username: string }
  | { kind: 'unsupported'; challenge: string };

/**
 * Why the identity provider said no. `credentials` covers an unknown address
 * and a wrong password alike, so the page cannot tell an attacker which one.
 */
export type SignInRefusal = 'credentials' | 'code' | 'code-used' | 'expired' | 'too-many-attempts' | 'password-reset' | 'password-policy' | 'unsupported';

/** Thrown by the identity provider for a refusal; anything else it throws is an outage or a bug. */
export class SignInRefusedError extends Error {
  override name = 'SignInRefusedError';
  constructor(readonly reason: SignInRefusal) {
    super(reason);
  }
}

/** The identity provider's sign-in calls (Cognito in AWS, cognito-local locally). */
export interface IdentityProvider {
  start(email: string, password: string): Promise<SignInStep>;
  answerTotp(state: { session: string; username: string }, code: string): Promise<SignInStep>;
  setNewPassword(state: { session: string; username: string }, newPassword: string): Promise<SignInStep>;
  /** First step of linking an authenticator app: the secret to enter in the app, and the next session. */
  beginMfaSetup(state: { session: string }): Promise<{ secret: string; session: string }>;
  finishMfaSetup(state: { session: string; username: string }, code: string): Promise<SignInStep>;
}

/** Signs what a browser uses to reach the document bucket directly: the bytes never pass through a function. */
export interface DocumentSigner {
  uploadForm(reference: string, documentId: string, redirect: string, now: Date): { url: string; fields: Record<string, string> };
  downloadLink(document: DocumentRecord, now: Date): Promise<string>;
}

/** The document bucket as the checking and deleting steps use it. */
export interface DocumentObjects {
  /** The first `maxBytes` of an object and its full size, or null when it is gone. */
  read(key: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array } | null>;
  delete(keys: string[]): Promise<void>;
  /** Stores an object we made ourselves (a decision letter), with the bucket's own encryption. */
  write(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

/** Decision letters still to be made (adapters/letter-store.ts). */
export interface PendingLetters {
  list(limit: number): Promise<Array<{ reference: string; documentId: string }>>;
}

/** The requester's step-up: the code, wrong tries, the download session (adapters/download-store.ts). */
export interface DownloadSessions {
  saveCode(code: DownloadCode, mail: Mail, audit: AuditEvent, now: Date): Promise<void>;
  getCode(reference: string): Promise<DownloadCode | null>;
  countWrongTry(code: DownloadCode, audit: AuditEvent): Promise<'counted' | 'conflict'>;
  openSession(code: DownloadCode, sessionHash: string, expiresAt: number, audit: AuditEvent): Promise<'opened' | 'conflict'>;
  sessionReference(sessionHash: string, nowSeconds: number): Promise<string | null>;
  /** A requester's download of one party's file: its audit event, and one more on that party's count for the FG's figures (null: the decision's letter, no party's). */
  recordDownload(audit: AuditEvent, partyId: string | null): Promise<void>;
}

/** Closed requests whose files are due for deletion, and forgetting their object list (adapters/purge-store.ts). */
export interface PurgeStore {
  /** Closed requests whose retention ended on or before `today`, with their files (and the last day of those kept longer). */
  dueForPurge(today: IsoDate): Promise<Array<{ reference: string; documents: Array<{ id: string; retainUntil?: IsoDate }> }>>;
  /** Deletes those document items; then the purge marker, or, while files kept longer remain, moves it to the next of their days. */
  forget(reference: string, documentIds: string[], nextDue: IsoDate | null): Promise<void>;
}

/** The user pool, as the beheer pages change it (adapters/identity-admin.ts). */
export interface IdentityAdmin {
  /** A new account with a temporary password, in its group; 'exists' when the e-mail address has an account already. */
  createUser(user: { email: string; temporaryPassword: string; group: string }): Promise<{ outcome: 'created'; personId: string } | { outcome: 'exists' }>;
  disable(email: string): Promise<void>;
  enable(email: string): Promise<void>;
  /** Deletes the account; one already gone is no error. */
  remove(email: string): Promise<void>;
}
