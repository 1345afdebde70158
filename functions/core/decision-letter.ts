import { letter as texts, letterTitle } from '#texts/nl/letter';
import { longDate } from '#texts/format';
import { amsterdamDate } from './calendar-date';
import type { DecisionPart } from './decision';
import { decisionCovering, decisionKind, decisionsOf, type DecisionKind } from './decision-scope';
import type { Directory } from './directory';
import { type DocumentRecord, letterId, releasedToRequester } from './documents';
import { isPublicBody } from './remedies';
import { type AuditEvent, type Decision, expiryOf, type RequestRecord, withExpiryOf } from './request-record';
import type { Change } from './request-lifecycle';
import { keptBy } from './retention';

/**
 * The decision as a letter (PDF): archivable, printable for post, and what
 * the requester can show the Autoriteit Persoonsgegevens. Its body is the
 * decision's own text (DecisionText), the one the status page shows, so the
 * two cannot differ; the letter adds the letterhead, the framing and, where a
 * public body decided a part, what an Awb besluit needs. Decided here; the
 * PDF adapter only lays it out.
 */

export { letterId, letterNumber } from './documents';

/**
 * The letter's document as the decision writes it: still being made, so it
 * enters the pending index and the render-letters job makes the PDF.
 */
export function pendingLetter(reference: string, n: number, kind: DecisionKind, at: string): DocumentRecord {
  return {
    reference,
    id: letterId(n),
    owner: { kind: 'letter' },
    title: `${letterTitle[kind]} ${reference}`,
    status: 'checking',
    createdAt: at,
    createdBy: 'system',
    typeCheck: 'pending',
    malwareScan: 'pending',
    version: 1,
  };
}

/** The letter as laid out: each field a line or paragraph of the PDF, in order. */
export interface LetterContent {
  sender: { name: string; address?: string };
  recipient: string;
  /** The requester's postal address, a line each, for a request registered without e-mail: the letter goes by post (in a window envelope). */
  recipientAddress: string[];
  facts: Array<{ label: string; value: string }>;
  salutation: string;
  paragraphs: string[];
  partsTitle: string;
  parts: DecisionPart[];
  rightsTitle: string;
  rights: string[];
  documentsTitle: string;
  documents: string[];
  awbTitle?: string;
  awb: string[];
  closing: string[];
}

/** The `n`th decision's letter, from the record, the configuration and the request's files. */
export function letterContent(record: RequestRecord, n: number, directory: Directory, documents: readonly DocumentRecord[]): LetterContent | null {
  const decision = decisionsOf(record)[n];
  if (!decision) return null;
  const kind = decisionKind(decision, n);
  const coordinator = directory.party(record.coordinatorPartyId);
  const coordinatorName = coordinator?.name ?? record.coordinatorPartyId;
  const sentOn = longDate('nl', amsterdamDate(new Date(decision.decidedAt)));
  const parts = decision.text.parts ?? [];
  const publicParts = parts.filter((part) => {
    const party = directory.party(part.partyId);
    return party ? isPublicBody(party) : false;
  });
  const released = releasedBy(record, decision, documents);
  const overleg = directory.casusoverleg(record.regionId, record.casusoverlegId);
  return {
    sender: { name: coordinatorName, ...(coordinator?.address ? { address: coordinator.address } : {}) },
    recipient: record.requester.name,
    recipientAddress: (record.requester.postalAddress ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    facts: [
      { label: texts.reference, value: record.reference },
      { label: texts.date, value: sentOn },
      { label: texts.about, value: texts.subject(letterTitle[kind], record.reference) },
    ],
    salutation: texts.salutation(record.requester.name),
    paragraphs: decision.text.paragraphs,
    partsTitle: texts.partsTitle,
    parts,
    rightsTitle: texts.rightsTitle,
    rights: decision.text.rights ?? [],
    documentsTitle: texts.documentsTitle,
    documents: released.length > 0 ? [texts.documentsIntro, ...released.map((document) => document.title)] : [texts.noDocuments],
    ...(publicParts.length > 0 ? { awbTitle: texts.awbTitle } : {}),
    awb: publicParts.length > 0 ? [texts.awbBesluit(publicParts.map((part) => part.name).join(', ')), texts.awbSent(sentOn)] : [],
    closing: [texts.closing, coordinatorName, ...(overleg ? [texts.onBehalf(overleg.name)] : [])],
  };
}

/** The files this decision released: the requester's release rule on the day it was sent, for the parts it covers. */
function releasedBy(record: RequestRecord, decision: Decision, documents: readonly DocumentRecord[]): DocumentRecord[] {
  const sentAt = new Date(decision.decidedAt);
  return documents.filter(
    (document) =>
      document.owner.kind === 'party' && decisionCovering(record, document.owner.partyId) === decision && releasedToRequester(record, document, sentAt),
  );
}

/** Every text of the letter in reading order: what the PDF must show, glyph for glyph (the renderer checks it, the tests read it back). */
export function letterLines(content: LetterContent): string[] {
  return [
    content.sender.name,
    ...(content.sender.address ? [content.sender.address] : []),
    content.recipient,
    ...content.recipientAddress,
    ...content.facts.map((fact) => `${fact.label}: ${fact.value}`),
    content.salutation,
    ...content.paragraphs,
    ...(content.parts.length > 0 ? [content.partsTitle] : []),
    ...content.parts.flatMap((part) => [part.name, ...part.lines, ...part.remedies]),
    ...(content.rights.length > 0 ? [content.rightsTitle, ...content.rights] : []),
    content.documentsTitle,
    ...content.documents,
    ...(content.awbTitle ? [content.awbTitle, ...content.awb] : []),
    ...content.closing,
  ];
}

/**
 * The letter made (stored, so available) or refused (a character the font
 * cannot show), with its audit event. Written under the document's version:
 * two runs never both record it.
 */
export function letterOutcome(
  record: RequestRecord,
  document: DocumentRecord,
  result: { ok: true; size: number } | { ok: false; missing: number },
  now: Date,
): Change {
  const at = now.toISOString();
  const next: DocumentRecord = result.ok
    ? {
        ...document,
        status: 'available',
        size: result.size,
        fileType: 'pdf',
        typeCheck: 'passed',
        malwareScan: 'clean',
        checkedAt: at,
        version: document.version + 1,
      }
    : { ...document, status: 'refused', refusal: 'glyphs', checkedAt: at, version: document.version + 1 };
  // Made after closing: it expires with the request, or with the longest part kept longer (the decision as sent).
  const kept = keptBy({ document }, record.retainedParts ?? []);
  const expiresAt = kept?.expiresAt ?? expiryOf(record);
  if (kept) next.retainUntil = kept.until;
  const event: AuditEvent = {
    reference: record.reference,
    at,
    actor: { kind: 'systeem' },
    action: result.ok ? 'besluitbrief-gemaakt' : 'besluitbrief-niet-gemaakt',
    facts: result.ok ? { document: document.id, size: result.size } : { document: document.id, missing: result.missing },
  };
  return {
    tasks: [],
    mails: [],
    documents: [{ document: next, readVersion: document.version, ...(expiresAt === undefined ? {} : { expiresAt }) }],
    audit: [withExpiryOf(record, event)],
  };
}
