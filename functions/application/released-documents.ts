import { randomInt } from 'node:crypto';
import { epochSeconds } from '#core/calendar-date';
import { checkDownloadCode, DOWNLOAD_CODE, type DownloadCode, normaliseCode } from '#core/download-code';
import { releasedToRequester, statusFilesFor, type DocumentRecord, type StatusFilesView } from '#core/documents';
import { downloadCodeMail, inRegion } from '#core/mails';
import { type AuditEvent, languageOf, type RequestRecord, statusLinkHolder, withExpiryOf } from '#core/request-record';
import { intakeTexts, statusFilesTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { CaseReader, CaseWriter, Clock, DocumentSigner, DownloadSessions, Secrets } from './ports';
import { describeRequesterDocument, readDocumentTitle } from '#core/document-steps';
import type { FieldError } from '#core/field-errors';

/**
 * The requester's side of the files: which are released to them, the code
 * by mail, the download session, the download itself. The status link finds
 * the request; only the code opens its files, and every download is recorded.
 */
export interface ReleasedDeps {
  cases: Pick<CaseReader, 'findReferenceByToken' | 'getRequest' | 'getDocuments'> & CaseWriter;
  sessions: DownloadSessions;
  clock: Clock;
  secrets: Pick<Secrets, 'hashSecret' | 'newToken'>;
  signer: DocumentSigner;
}

const requesterEvent = (record: RequestRecord, now: Date, action: string, facts?: AuditEvent['facts']): AuditEvent =>
  withExpiryOf(record, { reference: record.reference, at: now.toISOString(), actor: { kind: 'aanvrager' }, action, ...(facts ? { facts } : {}) });

type ReadDeps = { cases: Pick<CaseReader, 'findReferenceByToken' | 'getRequest' | 'getDocuments'>; clock: Clock; secrets: Pick<Secrets, 'hashSecret'> };

async function byToken(deps: ReadDeps, token: string) {
  const now = deps.clock.now();
  const reference = await deps.cases.findReferenceByToken(deps.secrets.hashSecret(token), 'status', now);
  const record = reference ? await deps.cases.getRequest(reference, now) : null;
  const holder = record && statusLinkHolder(record, token);
  if (!record || !holder) return null;
  return { record, holder, all: await deps.cases.getDocuments(record.reference) };
}

async function released(deps: ReadDeps, token: string): Promise<{ record: RequestRecord; holder: { email?: string }; documents: DocumentRecord[] } | null> {
  const found = await byToken(deps, token);
  const now = deps.clock.now();
  return found && { record: found.record, holder: found.holder, documents: found.all.filter((document) => releasedToRequester(found.record, document, now)) };
}

/** The status page's files of a request already loaded: one read for the documents, one for this browser's session. */
export async function filesOf(
  deps: Pick<ReadDeps, 'cases' | 'clock' | 'secrets'> & Pick<ReleasedDeps, 'sessions'>,
  record: RequestRecord,
  session: string | undefined,
): Promise<StatusFilesView> {
  const [documents, sessionOf] = await Promise.all([deps.cases.getDocuments(record.reference), openSessionOf(deps, session)]);
  return statusFilesFor(record, documents, sessionOf === record.reference, deps.clock.now());
}

/** The same, from the status link. */
async function releasedFiles(
  deps: ReadDeps & Pick<ReleasedDeps, 'sessions'>,
  token: string,
  session: string | undefined,
): Promise<(StatusFilesView & { record: RequestRecord }) | null> {
  const found = await byToken(deps, token);
  if (!found) return null;
  const open = (await openSessionOf(deps, session)) === found.record.reference;
  return { ...statusFilesFor(found.record, found.all, open, deps.clock.now()), record: found.record };
}

const openSessionOf = (deps: Pick<ReadDeps, 'clock' | 'secrets'> & Pick<ReleasedDeps, 'sessions'>, session: string | undefined) =>
  session ? deps.sessions.sessionReference(deps.secrets.hashSecret(session), epochSeconds(deps.clock.now())) : Promise.resolve(null);

export type SendResult =
  | { kind: 'described'; documentId: string }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'refused'; message: string }
  | { kind: 'unknown' }
  | { kind: 'conflict' };

/** The requester describes a file to send (a machtiging, evidence); the upload form for it comes next. */
export async function describeRequesterFile(
  deps: ReleasedDeps & { newDocumentId(): string },
  token: string,
  title: string | null,
  language: Language = DEFAULT_LANGUAGE,
): Promise<SendResult> {
  const found = await byToken(deps, token);
  if (!found) return { kind: 'unknown' };
  const read = readDocumentTitle(title, { ...statusFilesTexts(language).section.titleRules, text: intakeTexts(language).text });
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const documentId = deps.newDocumentId();
  const outcome = describeRequesterDocument(found.record, { id: documentId, title: read.title }, deps.clock.now());
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  return (await deps.cases.saveChange(outcome.change, deps.clock.now())) === 'saved' ? { kind: 'described', documentId } : { kind: 'conflict' };
}

/** The upload form for a file the requester described, until its object arrived. */
export async function requesterUploadForm(deps: ReleasedDeps, token: string, documentId: string, redirect: string) {
  const found = await byToken(deps, token);
  const document = found?.all.find((candidate) => candidate.id === documentId && candidate.owner.kind === 'requester');
  if (!found || !document) return { kind: 'unknown' as const };
  if (document.status !== 'awaiting-upload') return { kind: 'already-uploaded' as const };
  return { kind: 'form' as const, document, form: deps.signer.uploadForm(found.record.reference, documentId, redirect, deps.clock.now()) };
}

const codeHash = (deps: ReleasedDeps, reference: string, code: string) => deps.secrets.hashSecret(`download-code:${reference}:${code}`);

/** Sends a new code to the confirmed address (replacing an earlier one); only when there is something to open. */
export async function sendDownloadCode(deps: ReleasedDeps, token: string): Promise<'sent' | 'nothing-released' | 'unknown'> {
  const found = await released(deps, token);
  if (!found) return 'unknown';
  // A requester registered by post was never sent the status link; their files go on paper.
  const to = found.holder.email;
  if (!to) return 'unknown';
  if (found.documents.length === 0) return 'nothing-released';
  const now = deps.clock.now();
  const code = String(randomInt(0, 10 ** DOWNLOAD_CODE.digits)).padStart(DOWNLOAD_CODE.digits, '0');
  const stored: DownloadCode = {
    reference: found.record.reference,
    codeHash: codeHash(deps, found.record.reference, code),
    expiresAt: epochSeconds(now) + DOWNLOAD_CODE.validSeconds,
    tries: 0,
  };
  await deps.sessions.saveCode(
    stored,
    inRegion(found.record.regionId, downloadCodeMail({ to, code }, languageOf(found.record))),
    requesterEvent(found.record, now, 'code-verstuurd'),
    now,
  );
  return 'sent';
}

export type CodeOutcome =
  { kind: 'opened'; session: string } | { kind: 'wrong'; triesLeft: number } | { kind: 'locked' } | { kind: 'expired' } | { kind: 'unknown' };

/** Checks a typed code: right opens a 30-minute session in this browser; five wrong tries lock the code. */
export async function enterDownloadCode(deps: ReleasedDeps, token: string, typed: string | null): Promise<CodeOutcome> {
  const found = await released(deps, token);
  if (!found) return { kind: 'unknown' };
  const now = deps.clock.now();
  const reference = found.record.reference;
  const stored = await deps.sessions.getCode(reference);
  const digits = normaliseCode(typed);
  const check = checkDownloadCode(stored, digits ? codeHash(deps, reference, digits) : '', epochSeconds(now));
  if (check.kind === 'none' || check.kind === 'expired') return { kind: 'expired' };
  if (check.kind === 'right') {
    const session = deps.secrets.newToken();
    const opened = await deps.sessions.openSession(
      stored!,
      deps.secrets.hashSecret(session),
      epochSeconds(now) + DOWNLOAD_CODE.sessionSeconds,
      requesterEvent(found.record, now, 'bestanden-geopend'),
    );
    return opened === 'opened' ? { kind: 'opened', session } : { kind: 'expired' };
  }
  if (check.kind === 'locked' && stored!.tries >= DOWNLOAD_CODE.maxTries) return { kind: 'locked' };
  // A wrong try (also the fifth, which locks): counted once, even when two browsers try at the same moment.
  await deps.sessions.countWrongTry(stored!, requesterEvent(found.record, now, check.kind === 'locked' ? 'code-geblokkeerd' : 'code-fout'));
  return check.kind === 'locked' ? { kind: 'locked' } : check;
}

/** A download link for one released file, in an open session, after the audit event. */
export async function openReleasedDocument(
  deps: ReleasedDeps,
  token: string,
  session: string | undefined,
  documentId: string,
): Promise<{ kind: 'link'; url: string } | { kind: 'needs-code' } | { kind: 'unknown' }> {
  const files = await releasedFiles(deps, token, session);
  if (!files) return { kind: 'unknown' };
  const document = files.documents.find((candidate) => candidate.id === documentId);
  if (!document) return { kind: 'unknown' };
  if (!files.open) return { kind: 'needs-code' };
  const now = deps.clock.now();
  const partyId = document.owner.kind === 'party' ? document.owner.partyId : null;
  await deps.sessions.recordDownload(
    requesterEvent(files.record, now, 'document-gedownload', { document: document.id, ...(partyId ? { party: partyId } : {}) }),
    partyId,
  );
  return { kind: 'link', url: await deps.signer.downloadLink(document, now) };
}
