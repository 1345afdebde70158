import { documentRules } from '#texts/nl/case-rules';
import { checkText, type TextMessages } from './free-text';
import {
  afterChecks,
  bytesInUse,
  canAddDocument,
  canInspectAsFg,
  canRequesterSend,
  canOpenDocument,
  DOCUMENT_LIMITS,
  type DocumentRecord,
  type FileTypeId,
  type RefusalReason,
} from './documents';
import type { FieldError } from './field-errors';
import type { Change, Outcome } from './request-lifecycle';
import type { PortalActor } from './portal-access';
import { type AuditEvent, type RequestRecord, withExpiryOf } from './request-record';

/**
 * The steps of a document's life as Changes, written like the lifecycle's:
 * the store puts the document and its audit event in one transaction,
 * guarded by the document's version, and for a new file by the request still
 * being open. Nothing here names a file's content or title in the audit
 * trail: ids, sizes, types and outcomes only.
 */
type Actor = AuditEvent['actor'];
const staff = (actor: PortalActor): Actor => ({ kind: 'medewerker', partyId: actor.partyId, userId: actor.userId });
const SYSTEM: Actor = { kind: 'systeem' };

function audit(document: DocumentRecord, at: string, actor: Actor, action: string, facts: AuditEvent['facts'] = {}): AuditEvent {
  return { reference: document.reference, at, actor, action, facts: { document: document.id, ...facts } };
}

const documentChange = (document: DocumentRecord, readVersion: number | null, events: AuditEvent[], extra: Partial<Change> = {}): Outcome => ({
  ok: true,
  change: { tasks: [], mails: [], audit: events, documents: [{ document, readVersion }], ...extra },
});

/** The title a contact person gives a file before uploading it: required, one line, at most 120 characters. */
export function readDocumentTitle(
  value: string | null | undefined,
  /** The requester's page passes its own words (and language); the portal's are these. */
  messages: { missing: string; tooLong: (max: number) => string; text?: TextMessages } = {
    missing: documentRules.titleMissing,
    tooLong: documentRules.titleTooLong,
  },
): { ok: true; title: string } | { ok: false; errors: FieldError[] } {
  const checked = checkText(value ?? '', {
    max: DOCUMENT_LIMITS.maxTitleLength,
    shape: 'line',
    missing: messages.missing,
    tooLong: messages.tooLong(DOCUMENT_LIMITS.maxTitleLength),
    ...(messages.text ? { messages: messages.text } : {}),
  });
  return checked.ok ? { ok: true, title: checked.text } : { ok: false, errors: [{ path: 'title', message: checked.message }] };
}

/** A contact person describes a file for their party's part; the upload form for it is signed next. */
export function describeDocument(record: RequestRecord, actor: PortalActor, input: { id: string; title: string }, now: Date): Outcome | 'forbidden' {
  if (!canAddDocument(actor, record)) return record.partyIds.includes(actor.partyId) ? { ok: false, message: documentRules.closed } : 'forbidden';
  const at = now.toISOString();
  const document: DocumentRecord = {
    reference: record.reference,
    id: input.id,
    owner: { kind: 'party', partyId: actor.partyId },
    title: input.title,
    status: 'awaiting-upload',
    createdAt: at,
    createdBy: actor.userId,
    typeCheck: 'pending',
    malwareScan: 'pending',
    version: 1,
  };
  return documentChange(document, null, [audit(document, at, staff(actor), 'document-aangemaakt', { party: actor.partyId })], {
    requireStatus: { reference: record.reference, statuses: ['in_progress', 'paused'] },
  });
}

/** The requester sends a file with the request (a machtiging, evidence for a rectification), while it is open. */
export function describeRequesterDocument(record: RequestRecord, input: { id: string; title: string }, now: Date): Outcome {
  if (!canRequesterSend(record)) return { ok: false, message: documentRules.closed };
  const at = now.toISOString();
  const document: DocumentRecord = {
    reference: record.reference,
    id: input.id,
    owner: { kind: 'requester' },
    title: input.title,
    status: 'awaiting-upload',
    createdAt: at,
    createdBy: 'aanvrager',
    typeCheck: 'pending',
    malwareScan: 'pending',
    version: 1,
  };
  return documentChange(document, null, [audit(document, at, { kind: 'aanvrager' }, 'document-aangemaakt', { party: 'aanvrager' })], {
    requireStatus: { reference: record.reference, statuses: ['in_progress', 'paused'] },
  });
}

/**
 * The checks' verdict on an arrived object: its size against the file and
 * request limits, its type by its bytes, and the malware scan (locally the
 * stand-in runs in the same step; in AWS GuardDuty reports later, see
 * `scanReported`). A refused file is deleted by the caller.
 */
export function objectChecked(
  document: DocumentRecord,
  others: readonly DocumentRecord[],
  result: { size: number; fileType?: FileTypeId; typeRefusal?: RefusalReason; malware?: DocumentRecord['malwareScan'] },
  now: Date,
): Outcome {
  if (document.status !== 'awaiting-upload') return { ok: false, message: 'the object of this document was already checked' };
  const at = now.toISOString();
  const next = afterChecks(document, result, bytesInUse(others, document.id), at);
  const events = [audit(next, at, SYSTEM, 'document-ontvangen', { size: result.size })];
  if (next.status !== 'checking') events.push(checkEvent(next, at));
  return documentChange(next, document.version, events);
}

/** GuardDuty's result for an object whose type check already ran (or has yet to: the two may arrive in any order). */
export function scanReported(document: DocumentRecord, others: readonly DocumentRecord[], malware: 'clean' | 'found' | 'failed', now: Date): Outcome {
  if (document.status === 'available' || document.status === 'refused') return { ok: false, message: 'this document was already decided' };
  const at = now.toISOString();
  const next = afterChecks(document, { malware }, bytesInUse(others, document.id), at);
  return documentChange(next, document.version, next.status === 'available' || next.status === 'refused' ? [checkEvent(next, at)] : []);
}

function checkEvent(document: DocumentRecord, at: string): AuditEvent {
  return document.status === 'available'
    ? audit(document, at, SYSTEM, 'document-goedgekeurd', { fileType: document.fileType ?? '', size: document.size ?? 0 })
    : audit(document, at, SYSTEM, 'document-geweigerd', { refusal: document.refusal ?? '' });
}

/** A contact person or the coordinator opens a file: allowed as canOpenDocument says, and always an audit event. */
export function documentOpened(record: RequestRecord, document: DocumentRecord, actor: PortalActor, now: Date): AuditEvent | null {
  if (!canOpenDocument(actor, record, document)) return null;
  return withExpiryOf(record, audit(document, now.toISOString(), staff(actor), 'document-gedownload', { party: actor.partyId }));
}

/** The FG opens a file's content for supervision: only with a reason, which the audit trail keeps (covenant art. 15). */
export function inspectedByFg(
  record: RequestRecord,
  document: DocumentRecord,
  actor: PortalActor,
  reason: string | null,
  now: Date,
): { ok: true; audit: AuditEvent } | { ok: false; errors: FieldError[] } | 'forbidden' {
  if (!canInspectAsFg(actor, record, document)) return 'forbidden';
  const checked = checkText(reason ?? '', { max: 500, shape: 'line', missing: documentRules.reasonMissing, tooLong: documentRules.reasonTooLong(500) });
  if (!checked.ok) return { ok: false, errors: [{ path: 'reason', message: checked.message }] };
  return {
    ok: true,
    audit: withExpiryOf(record, audit(document, now.toISOString(), staff(actor), 'document-ingezien-door-fg', { party: actor.partyId, reason: checked.text })),
  };
}
