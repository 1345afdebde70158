import { documentKey } from '#core/documents';
import { letterContent, letterNumber, letterOutcome, type LetterContent } from '#core/decision-letter';
import type { Directory } from '#core/directory';
import { logger } from '#logger';
import type { CaseFileRepository, Clock, DocumentObjects, PendingLetters } from './ports';

/**
 * Makes the decision letters the decisions asked for (core/decision-letter.ts):
 * the PDF goes to the document bucket under the letter's own key, then the
 * letter's document becomes available with its audit event. Asynchronous and
 * in a function of its own, so the PDF library weighs on no page. A run that
 * fails half-way leaves the letter pending, and the next run makes it again
 * (same key, same content): nothing is lost, nothing is recorded twice.
 */
export type LetterRenderer = (
  content: LetterContent,
  meta: { title: string; createdAt: Date },
) => Promise<{ ok: true; bytes: Uint8Array } | { ok: false; missing: string[] }>;

export interface LetterDeps {
  letters: PendingLetters;
  cases: Pick<CaseFileRepository, 'getRequest' | 'getDocuments' | 'saveChange'>;
  objects: Pick<DocumentObjects, 'write'>;
  clock: Clock;
  config: { directory: Directory };
  render: LetterRenderer;
}

export type LetterResult = 'made' | 'refused' | 'ignored';

export interface LettersReport {
  made: number;
  refused: number;
  ignored: number;
  failed: number;
}

/** One run of the job: every pending letter, oldest first; one that fails does not stop the others. */
export async function renderPendingLetters(deps: LetterDeps, limit = 25): Promise<LettersReport> {
  const report: LettersReport = { made: 0, refused: 0, ignored: 0, failed: 0 };
  for (const pending of await deps.letters.list(limit)) {
    try {
      report[await renderLetter(deps, pending.reference, pending.documentId)]++;
    } catch (error) {
      report.failed++;
      logger.error('decision letter failed', { reference: pending.reference, document: pending.documentId, error: (error as Error).name });
    }
  }
  return report;
}

export async function renderLetter(deps: LetterDeps, reference: string, documentId: string): Promise<LetterResult> {
  const now = deps.clock.now();
  const n = letterNumber(documentId);
  const record = await deps.cases.getRequest(reference, now);
  if (n === null || !record) return 'ignored';
  const documents = await deps.cases.getDocuments(reference);
  const document = documents.find((candidate) => candidate.id === documentId);
  if (!document || document.owner.kind !== 'letter' || document.status !== 'checking') return 'ignored';
  const content = letterContent(record, n, deps.config.directory, documents);
  if (!content) return 'ignored';
  const rendered = await deps.render(content, { title: document.title, createdAt: new Date(document.createdAt) });
  if (rendered.ok) await deps.objects.write(documentKey(reference, documentId), rendered.bytes, 'application/pdf');
  const change = letterOutcome(
    record,
    document,
    rendered.ok ? { ok: true, size: rendered.bytes.length } : { ok: false, missing: rendered.missing.length },
    now,
  );
  if ((await deps.cases.saveChange(change, now)) === 'conflict') return 'ignored';
  logger.info('decision letter', { reference, document: documentId, made: rendered.ok });
  return rendered.ok ? 'made' : 'refused';
}
