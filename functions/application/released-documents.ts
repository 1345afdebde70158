import { randomInt } from 'node:crypto';
import { epochSeconds } from '#core/calendar-date';
import { checkDownloadCode, DOWNLOAD_CODE, type DownloadCode, normaliseCode } from '#core/download-code';
import { releasedToRequester, type DocumentRecord } from '#core/documents';
import { downloadCodeMail } from '#core/mails';
import type { AuditEvent, RequestRecord } from '#core/request-record';
import type { CaseReader, Clock, DocumentSigner, Secrets } from './ports';

/**
 * The requester's side of the files: which are released to them, the code
 * by mail, the download session, the download itself. The status link finds
 * the request; only the code opens its files, and every download is recorded.
 */
export interface DownloadSessions {
  saveCode(code: DownloadCode, mail: ReturnType<typeof downloadCodeMail>, audit: AuditEvent, now: Date): Promise<void>;
  getCode(reference: string): Promise<DownloadCode | null>;
  countWrongTry(code: DownloadCode, audit: AuditEvent): Promise<'counted' | 'conflict'>;
  openSession(code: DownloadCode, sessionHash: string, expiresAt: number, audit: AuditEvent): Promise<'opened' | 'conflict'>;
  sessionReference(sessionHash: string, nowSeconds: number): Promise<string | null>;
  recordAudit(audit: AuditEvent): Promise<void>;
}

export interface ReleasedDeps {
  cases: Pick<CaseReader, 'findReferenceByToken' | 'getRequest' | 'getDocuments'>;
  sessions: DownloadSessions;
  clock: Clock;
  secrets: Pick<Secrets, 'hashSecret' | 'newToken'>;
  signer: DocumentSigner;
}

const requesterEvent = (reference: string, now: Date, action: string, facts?: AuditEvent['facts']): AuditEvent => ({
  reference,
  at: now.toISOString(),
  actor: { kind: 'aanvrager' },
  action,
  ...(facts ? { facts } : {}),
});

type ReadDeps = Pick<ReleasedDeps, 'cases' | 'clock'> & { secrets: Pick<Secrets, 'hashSecret'> };

async function released(deps: ReadDeps, token: string): Promise<{ record: RequestRecord; documents: DocumentRecord[] } | null> {
  const now = deps.clock.now();
  const reference = await deps.cases.findReferenceByToken(deps.secrets.hashSecret(token), 'status', now);
  const record = reference ? await deps.cases.getRequest(reference, now) : null;
  if (!record || record.statusToken !== token) return null;
  const documents = (await deps.cases.getDocuments(record.reference)).filter((document) => releasedToRequester(record, document, now));
  return { record, documents };
}

/** The files the requester may download now, and whether this browser's session opens them. */
export async function releasedFiles(
  deps: ReadDeps & Pick<ReleasedDeps, 'sessions'>,
  token: string,
  session: string | undefined,
): Promise<{ documents: DocumentRecord[]; open: boolean } | null> {
  const found = await released(deps, token);
  if (!found) return null;
  const open = session
    ? (await deps.sessions.sessionReference(deps.secrets.hashSecret(session), epochSeconds(deps.clock.now()))) === found.record.reference
    : false;
  return { documents: found.documents, open };
}

const codeHash = (deps: ReleasedDeps, reference: string, code: string) => deps.secrets.hashSecret(`download-code:${reference}:${code}`);

/** Sends a new code to the confirmed address (replacing an earlier one); only when there is something to open. */
export async function sendDownloadCode(deps: ReleasedDeps, token: string): Promise<'sent' | 'nothing-released' | 'unknown'> {
  const found = await released(deps, token);
  if (!found) return 'unknown';
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
    downloadCodeMail({ to: found.record.requester.email, code }),
    requesterEvent(stored.reference, now, 'code-verstuurd'),
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
      requesterEvent(reference, now, 'bestanden-geopend'),
    );
    return opened === 'opened' ? { kind: 'opened', session } : { kind: 'expired' };
  }
  if (check.kind === 'locked' && stored!.tries >= DOWNLOAD_CODE.maxTries) return { kind: 'locked' };
  // A wrong try (also the fifth, which locks): counted once, even when two browsers try at the same moment.
  await deps.sessions.countWrongTry(stored!, requesterEvent(reference, now, check.kind === 'locked' ? 'code-geblokkeerd' : 'code-fout'));
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
  await deps.sessions.recordAudit(
    requesterEvent(document.reference, now, 'document-gedownload', {
      document: document.id,
      party: document.owner.kind === 'party' ? document.owner.partyId : '',
    }),
  );
  return { kind: 'link', url: await deps.signer.downloadLink(document, now) };
}
