import type { PortalActor } from './portal-access';
import { canCoordinate, canView } from './portal-access';
import type { Decision, RequestRecord } from './request-record';
import { decisionCovering, decisionsOf } from './decision-scope';

/**
 * The files of a request: the copy a party hands over for its part (AVG art.
 * 15(3)), evidence, proof of authority. The bytes live in the document bucket
 * and never pass through a function; what is kept here is the object list with
 * the request, so access, release and deletion are decided on it.
 */

/** Who a file belongs to: a party (its answer), the requester (evidence, a machtiging), or the decision (its letter, core/decision-letter.ts). */
export type DocumentOwner = { kind: 'party'; partyId: string } | { kind: 'requester' } | { kind: 'letter' };

/**
 * awaiting-upload: described, the upload form signed; checking: the object
 * arrived and is being checked (a letter: being made); available: every
 * check passed; refused: a check failed and the object is deleted (a letter:
 * it could not be made).
 */
export type DocumentStatus = 'awaiting-upload' | 'checking' | 'available' | 'refused';

export type RefusalReason = 'type' | 'macros' | 'too-large' | 'request-full' | 'malware' | 'not-scanned' | 'glyphs';

export interface DocumentRecord {
  reference: string;
  id: string;
  owner: DocumentOwner;
  /** What it is, in the uploader's words ("Leerlingdossier 2025-2026"); the download's file name is made from it. */
  title: string;
  status: DocumentStatus;
  createdAt: string;
  createdBy: string;
  /** Known once the object arrived. */
  size?: number;
  fileType?: FileTypeId;
  /** The two checks; available only when both passed. */
  typeCheck: 'pending' | 'passed' | 'failed';
  malwareScan: 'pending' | 'clean' | 'found' | 'failed';
  refusal?: RefusalReason;
  checkedAt?: string;
  /** Set on closing for a file its party keeps longer than the covenant's year (core/retention.ts): the purge job spares it until then. */
  retainUntil?: string;
  version: number;
}

/**
 * The limits, one place: a file, a request's files together, how long a
 * signed upload form and a signed download link work, and how long after the
 * decision the requester can download.
 */
export const DOCUMENT_LIMITS = {
  maxFileBytes: 25 * 1024 * 1024,
  maxRequestBytes: 200 * 1024 * 1024,
  uploadFormSeconds: 15 * 60,
  downloadLinkSeconds: 60,
  downloadableDaysAfterDecision: 90,
  maxTitleLength: 120,
} as const;

/**
 * The kinds of file we accept, recognised by their bytes, never by a name or
 * a declared type (docs/documents.md says why each is on the list and what is
 * not). Office files only without macros.
 */
export const FILE_TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  png: { mediaType: 'image/png', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  text: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extension: 'odp' },
} as const;
export type FileTypeId = keyof typeof FILE_TYPES;

/** Every document object lives under this prefix (the scan, the rules and the IAM rights name it). */
export const DOCUMENT_PREFIX = 'verzoeken/';

/** The object key: ids only, so a key in a redirect or a log names no one. */
export const documentKey = (reference: string, documentId: string) => `${DOCUMENT_PREFIX}${reference}/${documentId}`;

export function parseDocumentKey(key: string): { reference: string; documentId: string } | null {
  const match = /^verzoeken\/(AVG-[A-Z0-9]{4}-[A-Z0-9]{4})\/([a-z0-9]{26})$/.exec(key);
  return match ? { reference: match[1]!, documentId: match[2]! } : null;
}

/** One letter per decision sent (core/decision-letter.ts): the first (whole or partial) and the supplementary one; 26 characters like every id. */
export const letterId = (n: number) => `besluitbrief${String(n + 1).padStart(14, '0')}`;

/** Which decision a letter belongs to (its place in decisionsOf), from its id. */
export function letterNumber(documentId: string): number | null {
  const match = /^besluitbrief(\d{14})$/.exec(documentId);
  return match ? Number(match[1]) - 1 : null;
}

/** The download's file name: the title with only letters, digits, spaces, dots and dashes, and the type's extension. */
export function downloadFileName(document: Pick<DocumentRecord, 'title' | 'fileType'>): string {
  const base =
    document.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9 ._-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[ .]+|[ .]+$/g, '')
      .slice(0, 80) || 'document';
  return `${base}.${document.fileType ? FILE_TYPES[document.fileType].extension : 'bin'}`;
}

/** What the type check and the scans decide, as the document's next state. */
export function afterChecks(
  document: DocumentRecord,
  result: { size?: number; fileType?: FileTypeId; typeRefusal?: RefusalReason; malware?: DocumentRecord['malwareScan'] },
  otherBytes: number,
  at: string,
): DocumentRecord {
  const next: DocumentRecord = { ...document, version: document.version + 1 };
  if (result.size !== undefined) {
    next.size = result.size;
    const refusal: RefusalReason | undefined =
      result.size > DOCUMENT_LIMITS.maxFileBytes
        ? 'too-large'
        : otherBytes + result.size > DOCUMENT_LIMITS.maxRequestBytes
          ? 'request-full'
          : result.typeRefusal;
    next.typeCheck = refusal ? 'failed' : 'passed';
    if (refusal) next.refusal = refusal;
    if (result.fileType && !refusal) next.fileType = result.fileType;
  }
  if (result.malware) next.malwareScan = result.malware;
  if (next.malwareScan === 'found' && !next.refusal) next.refusal = 'malware';
  if (next.malwareScan === 'failed' && !next.refusal) next.refusal = 'not-scanned';
  // Before its own check the object has not arrived (GuardDuty may report first): it stays awaiting upload.
  next.status = next.refusal
    ? 'refused'
    : next.typeCheck === 'passed' && next.malwareScan === 'clean'
      ? 'available'
      : next.typeCheck === 'pending'
        ? document.status
        : 'checking';
  if (next.status !== 'checking') next.checkedAt = at;
  return next;
}

/** The bytes a request's files take together, counting those still being checked. */
export function bytesInUse(documents: readonly DocumentRecord[], except?: string): number {
  return documents
    .filter((document) => document.id !== except && (document.status === 'available' || document.status === 'checking'))
    .reduce((sum, document) => sum + (document.size ?? 0), 0);
}

/**
 * Who sees a file in the portal: the owning party's contact persons, the
 * coordinator (who assembles the answer), and the owning party's FG (the
 * list, for supervision; the content only through the audited FG step,
 * `canInspectAsFg`). The requester's own files: the coordinator and the contacts of
 * every routed party, who may need the evidence. Never another party's FG or
 * contact for a party's file. The decision's letter: the coordinator, and
 * every routed party's FG (each supervises its own part of it).
 */
export function canSeeDocument(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>, document: DocumentRecord): boolean {
  if (!canView(actor, record)) return false;
  if (canCoordinate(actor, record)) return true;
  if (document.owner.kind === 'requester') return actor.role === 'contact';
  if (document.owner.kind === 'letter') return actor.role === 'fg';
  return document.owner.partyId === actor.partyId;
}

/** Opening the content: as seeing it, without the FG (their audited access is a step of its own). */
export function canOpenDocument(actor: PortalActor, record: Pick<RequestRecord, 'coordinatorPartyId' | 'partyIds'>, document: DocumentRecord): boolean {
  return document.status === 'available' && actor.role === 'contact' && canSeeDocument(actor, record, document);
}

/**
 * The FG of the owning party may open a file's content when supervision needs
 * it (covenant art. 15), through a step of its own that records why; the
 * decision's letter, the FG of every routed party.
 */
export function canInspectAsFg(actor: PortalActor, record: Pick<RequestRecord, 'partyIds'>, document: DocumentRecord): boolean {
  if (actor.role !== 'fg' || !canView(actor, record) || document.status !== 'available') return false;
  return document.owner.kind === 'letter' || (document.owner.kind === 'party' && document.owner.partyId === actor.partyId);
}

/** The upload form for a described file: only its own party's contact persons, until its object arrived. */
export function canUploadTo(actor: PortalActor, document: DocumentRecord): boolean {
  return actor.role === 'contact' && document.owner.kind === 'party' && document.owner.partyId === actor.partyId && document.status === 'awaiting-upload';
}

/** Only a party's contact persons add files for their party, and only while the request is open and their part undecided (a file added later was never part of the decision). */
export function canAddDocument(actor: PortalActor, record: Pick<RequestRecord, 'partyIds' | 'status' | 'decision' | 'supplement'>): boolean {
  const open = record.status === 'in_progress' || record.status === 'paused';
  return actor.role === 'contact' && canView(actor, record) && open && !decisionCovering(record, actor.partyId);
}

/** Whether the decision released this party's copy (core/decision.ts partiesReleasingCopy fixed whose). */
export function copyReleasedBy(decision: Pick<Decision, 'decisions' | 'releasedPartyIds'>, partyId: string): boolean {
  const inzage = decision.decisions.find((candidate) => candidate.type === 'inzage');
  if (!inzage || inzage.outcome === 'afgewezen') return false;
  return decision.releasedPartyIds?.includes(partyId) ?? true;
}

/** Whether a party has a file checked and ready: with one, its inzage answer may leave the copy's text empty. */
export function hasCheckedFile(documents: readonly DocumentRecord[], partyId: string): boolean {
  return documents.some((document) => document.owner.kind === 'party' && document.owner.partyId === partyId && document.status === 'available');
}

/**
 * A party's files reach the requester only after the decision released that
 * party's copy (a granted or partly granted inzage, and the party provided
 * it), for the set period after the decision. Refused or unchecked files never.
 * The decision's letter, once made, for as long as the request is kept: it is
 * the decision itself.
 */
export function releasedToRequester(record: Pick<RequestRecord, 'decision' | 'supplement'>, document: DocumentRecord, now: Date): boolean {
  if (document.owner.kind === 'letter') return document.status === 'available';
  if (document.owner.kind !== 'party' || document.status !== 'available') return false;
  // The decision that covers the owner's part: a late organisation's files wait for the supplementary decision.
  const decision = decisionCovering(record, document.owner.partyId);
  if (!decision || !copyReleasedBy(decision, document.owner.partyId)) return false;
  const until = new Date(decision.decidedAt).getTime() + DOCUMENT_LIMITS.downloadableDaysAfterDecision * 86_400_000;
  return now.getTime() <= until;
}

/** The files on the requester's status page. */
export interface StatusFilesView {
  /** Released to the requester (their titles shown only in an open session). */
  documents: DocumentRecord[];
  /** Of those, the organisations' files (the letters are announced under their decisions). */
  partyFiles: number;
  /** Each decision's letter once made, by the decision's place in decisionsOf. */
  letters: Array<DocumentRecord | undefined>;
  open: boolean;
  /** What the requester sent themselves, with its check's outcome. */
  own: DocumentRecord[];
  /** Whether the requester may send a file now (the request is open). */
  canSend: boolean;
}

/** The requester may send a file while the request is open (a machtiging, evidence, an attachment to an answer). */
export function canRequesterSend(record: Pick<RequestRecord, 'status'>): boolean {
  return record.status === 'in_progress' || record.status === 'paused';
}

/** What the status page shows of the files: decided here, as caseViewFor decides the portal's. */
export function statusFilesFor(
  record: Pick<RequestRecord, 'decision' | 'supplement' | 'status'>,
  documents: readonly DocumentRecord[],
  open: boolean,
  now: Date,
): StatusFilesView {
  const released = documents.filter((document) => releasedToRequester(record, document, now));
  return {
    documents: released,
    partyFiles: released.filter((document) => document.owner.kind === 'party').length,
    letters: decisionsOf(record).map((_, n) => released.find((document) => document.id === letterId(n))),
    open,
    own: documents.filter((document) => document.owner.kind === 'requester').sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
    canSend: canRequesterSend(record),
  };
}
