import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { loadLetterFonts, renderLetterPdf } from '#adapters/letter-pdf';
import { renderLetter, type LetterDeps } from '#application/render-letters';
import { composeDecisionText, type TypeDecision } from '#core/decision';
import { letterContent, letterId, letterLines, pendingLetter } from '#core/decision-letter';
import type { DocumentRecord } from '#core/documents';
import { ANSWER_OUTCOMES } from '#core/party-answer';
import { REQUEST_TYPES, type RequestType } from '#core/request-kinds';
import type { RequestRecord } from '#core/request-record';
import { statusViewFor } from '#core/status-view';
import { remedies } from '#texts/nl/remedies';
import { renderStatusPage } from '#views/status-page';
import { dir, REQUESTER_NAME, routedRequest } from './support/records';
import { expectedRemedies } from './support/remedies';

const fonts = loadLetterFonts();
const SENT_AT = '2026-03-04T23:30:00.000Z'; // 00:30 on Thursday 5 March in Amsterdam

/** A municipality (a public body) and a private youth-care foundation, as configured. */
const PARTIES = {
  public: { partyId: 'gemeente-goeree-overflakkee', name: dir.party('gemeente-goeree-overflakkee')!.name, sendTo: 'avg@gemeente-go.example' },
  private: { partyId: 'kindwijs', name: dir.party('kindwijs')!.name, sendTo: 'privacy@kindwijs.example' },
};

/** The request decided for one organisation's part, with the decision as core composes it. */
function decidedFor(type: RequestType, outcome: string, publicBody: boolean): RequestRecord {
  const { record } = routedRequest({ types: [type] });
  const party = publicBody ? PARTIES.public : PARTIES.private;
  const answer = outcome === 'afgewezen' ? { type, outcome: 'afgewezen', ground: 'avg-12-5' as const } : { type, outcome };
  const decision: TypeDecision =
    outcome === 'afgewezen'
      ? { type, outcome: 'deels toegewezen', ground: 'avg-12-5', motivation: 'Een deel is geweigerd: het verzoek is het vijfde deze maand.' }
      : { type, outcome: 'toegewezen', motivation: 'Wij hebben uw verzoek uitgevoerd.' };
  const text = composeDecisionText([decision], {
    coordinatorName: dir.party(record.coordinatorPartyId)!.name,
    parts: [{ ...party, publicBody, answers: [answer] }],
  });
  return {
    ...record,
    status: 'decided',
    decision: { decidedAt: SENT_AT, byPartyId: record.coordinatorPartyId, decisions: [decision], text, partyIds: [party.partyId] },
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return collapse(text);
}

async function letterOf(record: RequestRecord, documents: DocumentRecord[] = []) {
  const content = letterContent(record, 0, dir, documents)!;
  const rendered = await renderLetterPdf(content, fonts, { title: 'Besluit', createdAt: new Date(SENT_AT) });
  if (!rendered.ok) throw new Error(`letter refused: ${rendered.missing.join('')}`);
  return { content, text: await pdfText(rendered.bytes) };
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('the decision letter: the status page’s text, as a PDF read back', () => {
  // Every right × outcome × public or private party: the letter and the status page carry that part's remedies.
  const cases = REQUEST_TYPES.flatMap((type) =>
    ANSWER_OUTCOMES[type].flatMap((outcome) => [true, false].map((publicBody) => [type, outcome, publicBody] as const)),
  );
  it.each(cases)('%s answered "%s" (public body: %s): the remedies in the letter and on the status page', async (type, outcome, publicBody) => {
    const record = decidedFor(type, outcome, publicBody);
    const party = publicBody ? PARTIES.public : PARTIES.private;
    const expected = expectedRemedies(party, publicBody, outcome === 'afgewezen');
    const sentences = [...expected, ...(type === 'inzage' ? [remedies.accessRights] : [])];
    const { content, text } = await letterOf(record);
    // Glyph for glyph: the extracted text is the letter's text, nothing dropped, nothing added.
    expect(text).toBe(collapse(letterLines(content).join(' ')));
    const page = collapse(decode(renderStatusPage({ view: statusViewFor(record, []), directory: dir, token: 't' })));
    for (const sentence of sentences) {
      expect(text).toContain(collapse(sentence));
      expect(page).toContain(collapse(sentence));
    }
    // What the page says of the decision, the letter says too (one source).
    for (const paragraph of [...record.decision!.text.paragraphs, ...record.decision!.text.parts!.flatMap((part) => part.lines)])
      expect(text).toContain(collapse(paragraph));
    // No remedy the part does not have: a private party's grant names neither bezwaar nor the court.
    const absent = [remedies.bezwaar(party.name, party.sendTo), remedies.complaint(party.name), remedies.court(party.name)].filter(
      (s) => !expected.includes(s),
    );
    for (const sentence of absent) expect(text).not.toContain(collapse(sentence));
    expect(text.includes('artikel 1:3 van de Algemene wet bestuursrecht')).toBe(publicBody);
  });

  it('carries the letterhead, the requester, the reference and the Amsterdam date (00:30 on 5 March, not the UTC 4 March)', async () => {
    const record = decidedFor('inzage', 'verstrekt', true);
    const { text } = await letterOf(record);
    expect(text.startsWith(dir.party(record.coordinatorPartyId)!.name)).toBe(true);
    expect(text).toContain(REQUESTER_NAME);
    expect(text).toContain(`Ons kenmerk: ${record.reference}`);
    expect(text).toContain('Datum: donderdag 5 maart 2026');
    expect(text).not.toContain('4 maart');
    expect(text).toContain('bekendgemaakt door het te versturen op donderdag 5 maart 2026');
    // The status page's "Verstuurd op" is the same Amsterdam day, which starts the bezwaar term (Awb 6:8).
    const page = collapse(decode(renderStatusPage({ view: statusViewFor(record, []), directory: dir, token: 't' })));
    expect(page).toContain('Verstuurd op donderdag 5 maart 2026.');
    expect(page).not.toContain('4 maart');
    // The decision stands first, before who works on the request.
    expect(page.indexOf('Het besluit Verstuurd op')).toBeGreaterThan(0);
    expect(page.indexOf('Het besluit Verstuurd op')).toBeLessThan(page.indexOf('Wie werkt eraan?'));
  });

  it('lists the files this decision released, and only those', async () => {
    const record = {
      ...decidedFor('inzage', 'verstrekt', true),
      decision: { ...decidedFor('inzage', 'verstrekt', true).decision!, releasedPartyIds: [PARTIES.public.partyId] },
    };
    const file = (partyId: string, title: string, status: DocumentRecord['status'] = 'available'): DocumentRecord => ({
      reference: record.reference,
      id: `${partyId}-${title}`
        .replace(/[^a-z0-9]/g, '')
        .padEnd(26, '0')
        .slice(0, 26),
      owner: { kind: 'party', partyId },
      title,
      status,
      createdAt: '2026-03-03T10:00:00.000Z',
      createdBy: 'user',
      typeCheck: 'passed',
      malwareScan: 'clean',
      version: 3,
    });
    const { text } = await letterOf(record, [
      file(PARTIES.public.partyId, 'Leerplichtdossier 2025–2026'),
      file(PARTIES.public.partyId, 'Nog in controle', 'checking'),
      file('cjg-rijnmond', 'Dossier van een ander'),
    ]);
    expect(text).toContain('Leerplichtdossier 2025–2026');
    expect(text).not.toContain('Nog in controle');
    expect(text).not.toContain('Dossier van een ander');
  });

  it('is refused, not sent with letters missing, when the font has no glyph for a character', async () => {
    const record = { ...decidedFor('inzage', 'verstrekt', false), requester: { ...decidedFor('inzage', 'verstrekt', false).requester, name: '王小明' } };
    const letter = pendingLetter(record.reference, 0, 'whole', SENT_AT);
    const written: string[] = [];
    const saved: unknown[] = [];
    const deps: LetterDeps = {
      letters: { list: async () => [] },
      cases: { getRequest: async () => record, getDocuments: async () => [letter], saveChange: async (change) => (saved.push(change), 'saved') },
      objects: { write: async (key) => void written.push(key) },
      clock: { now: () => new Date('2026-03-05T08:00:00Z') },
      config: { directory: dir },
      render: (content, meta) => renderLetterPdf(content, fonts, meta),
    };
    expect(await renderLetter(deps, record.reference, letterId(0))).toBe('refused');
    expect(written).toEqual([]);
    expect(saved).toMatchObject([{ documents: [{ document: { status: 'refused', refusal: 'glyphs' } }], audit: [{ action: 'besluitbrief-niet-gemaakt' }] }]);
    // The same request with a name the font has: made, stored under the letter's key, then recorded.
    const made: LetterDeps = { ...deps, cases: { ...deps.cases, getRequest: async () => decidedFor('inzage', 'verstrekt', false) } };
    saved.length = 0;
    expect(await renderLetter(made, record.reference, letterId(0))).toBe('made');
    expect(written).toEqual([`verzoeken/${record.reference}/${letterId(0)}`]);
    expect(saved).toMatchObject([
      { documents: [{ document: { status: 'available', fileType: 'pdf' }, readVersion: 1 }], audit: [{ action: 'besluitbrief-gemaakt' }] },
    ]);
  });
});
