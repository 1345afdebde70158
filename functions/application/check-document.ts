import { DOCUMENT_LIMITS, documentKey, parseDocumentKey } from '#core/documents';
import { objectChecked, scanReported } from '#core/document-steps';
import { detectFileType } from '#core/file-type';
import type { Outcome } from '#core/request-lifecycle';
import { logger } from '#logger';
import type { CaseFileRepository, Clock, DocumentObjects } from './ports';

/**
 * The checking step: every uploaded object stays unopenable until it passed.
 * It runs on the bucket's "object created" event, never trusting the upload
 * form's policy alone (the local server does not enforce it): the key must be
 * one we signed for a file still awaiting its upload, the size within the
 * limits, the type recognised by its bytes. The malware scan is GuardDuty's
 * in AWS (reported separately, `recordScan`); locally a stand-in scanner runs
 * here. A refused object is deleted at once.
 */
export interface CheckDeps {
  cases: Pick<CaseFileRepository, 'getRequest' | 'getDocuments' | 'saveChange'>;
  clock: Clock;
  objects: DocumentObjects;
  /** Locally: the stand-in scanner; in AWS absent (GuardDuty reports by event). */
  scanLocally?: (bytes: Uint8Array) => 'clean' | 'found';
}

export type CheckResult = 'available' | 'refused' | 'checking' | 'ignored';

async function load(deps: CheckDeps, key: string) {
  const parsed = parseDocumentKey(key);
  if (!parsed) return null;
  const documents = await deps.cases.getDocuments(parsed.reference);
  const document = documents.find((candidate) => candidate.id === parsed.documentId);
  return document ? { document, documents } : null;
}

async function save(deps: CheckDeps, key: string, outcome: Outcome): Promise<CheckResult> {
  if (!outcome.ok) return 'ignored';
  if ((await deps.cases.saveChange(outcome.change, deps.clock.now())) === 'conflict') return 'ignored';
  const next = outcome.change.documents![0]!.document;
  if (next.status === 'refused') await deps.objects.delete([key]);
  logger.info('document checked', { reference: next.reference, document: next.id, status: next.status, refusal: next.refusal });
  return next.status === 'available' ? 'available' : next.status === 'refused' ? 'refused' : 'checking';
}

export async function checkUploadedObject(deps: CheckDeps, key: string): Promise<CheckResult> {
  const found = await load(deps, key);
  if (!found) {
    // No file of ours awaits this key: nobody can ever open it, so it goes.
    logger.warn('object without a document deleted');
    await deps.objects.delete([key]);
    return 'ignored';
  }
  const { document, documents } = found;
  if (document.status !== 'awaiting-upload') return 'ignored';
  // One byte past the limit is enough to know it is too large.
  const object = await deps.objects.read(documentKey(document.reference, document.id), DOCUMENT_LIMITS.maxFileBytes + 1);
  if (!object) return 'ignored';
  const detected = object.size > DOCUMENT_LIMITS.maxFileBytes ? null : detectFileType(object.bytes);
  const result = {
    size: object.size,
    ...(detected?.ok ? { fileType: detected.fileType } : detected ? { typeRefusal: detected.reason } : {}),
    ...(deps.scanLocally ? { malware: deps.scanLocally(object.bytes) } : {}),
  };
  return save(deps, key, objectChecked(document, documents, result, deps.clock.now()));
}

/** GuardDuty's verdict on an object (NO_THREATS_FOUND, THREATS_FOUND, or a scan that could not run). */
export async function recordScan(deps: CheckDeps, key: string, verdict: 'clean' | 'found' | 'failed'): Promise<CheckResult> {
  const found = await load(deps, key);
  // A decision letter is our own PDF, made from our own text: no upload to judge.
  if (!found || found.document.owner.kind === 'letter') return 'ignored';
  return save(deps, key, scanReported(found.document, found.documents, verdict, deps.clock.now()));
}
