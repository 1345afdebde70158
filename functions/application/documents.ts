import { canUploadTo, type DocumentRecord } from '#core/documents';
import { describeDocument, documentOpened, inspectedByFg, readDocumentTitle } from '#core/document-steps';
import type { FieldError } from '#core/field-errors';
import type { PortalActor } from '#core/portal-access';
import { loadCase } from './case-file';
import type { CaseFileRepository, Clock, DocumentSigner } from './ports';

/**
 * A party's files in the portal: describe one, get the signed upload form for
 * it, open one. What an actor may do is decided in core (documents.ts);
 * "not yours" and "does not exist" look the same from outside.
 */
export interface DocumentDeps {
  cases: CaseFileRepository;
  clock: Clock;
  signer: DocumentSigner;
  newDocumentId(): string;
}

export type AddResult =
  | { kind: 'added'; documentId: string }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'refused'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'conflict' };

export async function addDocument(deps: DocumentDeps, actor: PortalActor, reference: string, title: string | null): Promise<AddResult> {
  const file = await loadCase(deps, actor, reference);
  if (!file) return { kind: 'forbidden' };
  const read = readDocumentTitle(title);
  if (!read.ok) return { kind: 'invalid', errors: read.errors };
  const documentId = deps.newDocumentId();
  const outcome = describeDocument(file.record, actor, { id: documentId, title: read.title }, deps.clock.now());
  if (outcome === 'forbidden') return { kind: 'forbidden' };
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  return (await deps.cases.saveChange(outcome.change, deps.clock.now())) === 'saved' ? { kind: 'added', documentId } : { kind: 'conflict' };
}

export type UploadPageResult =
  { kind: 'form'; document: DocumentRecord; form: { url: string; fields: Record<string, string> } } | { kind: 'already-uploaded' } | { kind: 'forbidden' };

/** The upload form for a described file: only for the party's own contact persons, only until its object arrived. */
export async function uploadFormFor(
  deps: DocumentDeps,
  actor: PortalActor,
  reference: string,
  documentId: string,
  redirect: string,
): Promise<UploadPageResult> {
  const file = await loadCase(deps, actor, reference);
  const document = file?.documents?.find((candidate) => candidate.id === documentId);
  if (!file || !document || !canUploadTo(actor, { ...document, status: 'awaiting-upload' })) return { kind: 'forbidden' };
  if (!canUploadTo(actor, document)) return { kind: 'already-uploaded' };
  return { kind: 'form', document, form: deps.signer.uploadForm(reference, documentId, redirect, deps.clock.now()) };
}

/** A one-minute download link, after the audit event that records who opened which file. */
export async function openDocument(
  deps: DocumentDeps,
  actor: PortalActor,
  reference: string,
  documentId: string,
): Promise<{ kind: 'link'; url: string } | { kind: 'forbidden' }> {
  const file = await loadCase(deps, actor, reference);
  const document = file?.documents?.find((candidate) => candidate.id === documentId);
  const now = deps.clock.now();
  const event = file && document ? documentOpened(file.record, document, actor, now) : null;
  if (!file || !document || !event) return { kind: 'forbidden' };
  // Recorded before the link exists: a download nobody can account for never happens.
  await deps.cases.saveChange({ tasks: [], mails: [], audit: [event] }, now);
  return { kind: 'link', url: await deps.signer.downloadLink(document, now) };
}

/** The FG opens a file of their own party for supervision, with a reason the audit trail keeps. */
export async function inspectDocument(
  deps: DocumentDeps,
  actor: PortalActor,
  reference: string,
  documentId: string,
  reason: string | null,
): Promise<{ kind: 'link'; url: string } | { kind: 'invalid'; errors: FieldError[] } | { kind: 'forbidden' }> {
  const file = await loadCase(deps, actor, reference);
  const document = file?.documents?.find((candidate) => candidate.id === documentId);
  if (!file || !document) return { kind: 'forbidden' };
  const now = deps.clock.now();
  const inspected = inspectedByFg(file.record, document, actor, reason, now);
  if (inspected === 'forbidden') return { kind: 'forbidden' };
  if (!inspected.ok) return { kind: 'invalid', errors: inspected.errors };
  await deps.cases.saveChange({ tasks: [], mails: [], audit: [inspected.audit] }, now);
  return { kind: 'link', url: await deps.signer.downloadLink(document, now) };
}
