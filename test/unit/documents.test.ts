import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { objectChecked, readDocumentTitle, scanReported } from '#core/document-steps';
import {
  canInspectAsFg,
  canOpenDocument,
  canSeeDocument,
  DOCUMENT_LIMITS,
  type DocumentRecord,
  downloadFileName,
  parseDocumentKey,
  documentKey,
  releasedToRequester,
} from '#core/documents';
import { checkDownloadCode, DOWNLOAD_CODE, normaliseCode } from '#core/download-code';
import { detectFileType, zipEntryNames } from '#core/file-type';
import type { PortalActor } from '#core/portal-access';

/** A zip with these entries (stored or deflated), built here so the office checks run on real zip structures. */
function zip(entries: Array<{ name: string; data?: string; store?: boolean }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data ?? 'x');
    const data = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const bytes = (text: string | number[]) => new Uint8Array(typeof text === 'string' ? Buffer.from(text) : text);
const ooxml = (main: string, extra: string[] = []) => zip([{ name: '[Content_Types].xml' }, { name: main }, ...extra.map((name) => ({ name }))]);
const odf = (type: string, extra: string[] = []) =>
  zip([{ name: 'mimetype', data: type, store: true }, { name: 'content.xml' }, ...extra.map((name) => ({ name }))]);

describe('detectFileType: by the bytes, never by a name', () => {
  it('recognises each kind on the list', () => {
    expect(detectFileType(bytes('%PDF-1.7\n...'))).toEqual({ ok: true, fileType: 'pdf' });
    expect(detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ ok: true, fileType: 'png' });
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toEqual({ ok: true, fileType: 'jpeg' });
    expect(detectFileType(bytes('naam;datum\nSem;2026-03-01\n'))).toEqual({ ok: true, fileType: 'text' });
    expect(detectFileType(ooxml('word/document.xml'))).toEqual({ ok: true, fileType: 'docx' });
    expect(detectFileType(ooxml('xl/workbook.xml'))).toEqual({ ok: true, fileType: 'xlsx' });
    expect(detectFileType(ooxml('ppt/presentation.xml'))).toEqual({ ok: true, fileType: 'pptx' });
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text'))).toEqual({ ok: true, fileType: 'odt' });
    expect(detectFileType(odf('application/vnd.oasis.opendocument.spreadsheet'))).toEqual({ ok: true, fileType: 'ods' });
  });

  it('refuses office files with macros, and everything not on the list', () => {
    expect(detectFileType(ooxml('word/document.xml', ['word/vbaProject.bin']))).toEqual({ ok: false, reason: 'macros' });
    expect(detectFileType(ooxml('xl/workbook.xml', ['xl/vbaProject.bin']))).toEqual({ ok: false, reason: 'macros' });
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text', ['Basic/Standard/Module1.xml']))).toEqual({ ok: false, reason: 'macros' });
    for (const refused of [
      bytes([0x4d, 0x5a, 0x90, 0]), // a Windows executable (renamed .pdf or not)
      bytes([0x7f, 0x45, 0x4c, 0x46]), // ELF
      zip([{ name: 'readme.txt' }]), // a plain zip
      odf('application/vnd.oasis.opendocument.graphics'),
      bytes([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]), // GIF: not on the list
      bytes('tekst met \u0000 een nul'),
      bytes([0xc3, 0x28]), // not UTF-8
      new Uint8Array(0),
    ]) {
      expect(detectFileType(refused).ok, Buffer.from(refused.slice(0, 8)).toString('hex')).toBe(false);
    }
  });

  it('reads a zip’s names from its central directory, and nothing from a broken one', () => {
    expect(zipEntryNames(zip([{ name: 'a.txt' }, { name: 'map/b.xml' }]))).toEqual(['a.txt', 'map/b.xml']);
    const broken = zip([{ name: 'a.txt' }]).slice(0, -10);
    expect(zipEntryNames(broken)).toBeNull();
  });
});

const document = (overrides: Partial<DocumentRecord> = {}): DocumentRecord => ({
  reference: 'AVG-7K3M-Q9TZ',
  id: 'abcdefghijklmnopqrstuvwxyz',
  owner: { kind: 'party', partyId: 'rgo' },
  title: 'Leerlingdossier',
  status: 'awaiting-upload',
  createdAt: '2026-03-02T10:00:00.000Z',
  createdBy: 'user',
  typeCheck: 'pending',
  malwareScan: 'pending',
  version: 1,
  ...overrides,
});
const record = { coordinatorPartyId: 'swv-go', partyIds: ['swv-go', 'rgo', 'cjg-rijnmond'] };
const as = (partyId: string, role: PortalActor['role'] = 'contact'): PortalActor => ({ userId: `${partyId}-${role}`, partyId, role });
const NOW = new Date('2026-03-05T10:00:00Z');

describe('the checks decide a file', () => {
  it('makes a file available only when the type check and the scan both passed, in either order', () => {
    const afterType = objectChecked(document(), [], { size: 1000, fileType: 'pdf' }, NOW);
    expect(afterType.ok && afterType.change.documents![0]!.document).toMatchObject({ status: 'checking', typeCheck: 'passed', malwareScan: 'pending' });
    const checking = afterType.ok ? afterType.change.documents![0]!.document : document();
    const clean = scanReported(checking, [], 'clean', NOW);
    expect(clean.ok && clean.change.documents![0]!.document).toMatchObject({ status: 'available', fileType: 'pdf', checkedAt: NOW.toISOString() });
    expect(clean.ok && clean.change.audit.map((event) => event.action)).toEqual(['document-goedgekeurd']);

    // GuardDuty first: the file still waits for its own check.
    const scannedFirst = scanReported(document(), [], 'clean', NOW);
    const waiting = scannedFirst.ok ? scannedFirst.change.documents![0]!.document : document();
    expect(waiting.status).toBe('awaiting-upload');
    const typed = objectChecked(waiting, [], { size: 1000, fileType: 'pdf' }, NOW);
    expect(typed.ok && typed.change.documents![0]!.document.status).toBe('available');
  });

  it('refuses a file over 25 MB, one that would take the request over 200 MB, a refused type, malware and a failed scan', () => {
    const result = (size: number, others: DocumentRecord[] = [], extra = {}) => {
      const outcome = objectChecked(document(), others, { size, fileType: 'pdf', malware: 'clean', ...extra }, NOW);
      return outcome.ok ? outcome.change.documents![0]!.document : undefined;
    };
    expect(result(DOCUMENT_LIMITS.maxFileBytes)?.status).toBe('available');
    expect(result(DOCUMENT_LIMITS.maxFileBytes + 1)).toMatchObject({ status: 'refused', refusal: 'too-large' });
    const full = Array.from({ length: 8 }, (_, n) => document({ id: `other-${n}`, status: 'available', size: 24 * 1024 * 1024 }));
    expect(result(9 * 1024 * 1024, full)).toMatchObject({ status: 'refused', refusal: 'request-full' });
    expect(result(1000, [], { fileType: undefined, typeRefusal: 'macros' })).toMatchObject({ status: 'refused', refusal: 'macros' });
    expect(result(1000, [], { malware: 'found' })).toMatchObject({ status: 'refused', refusal: 'malware' });
    expect(result(1000, [], { malware: 'failed' })).toMatchObject({ status: 'refused', refusal: 'not-scanned' });
    // A checked file is not checked again (a repeated event changes nothing).
    expect(objectChecked(document({ status: 'available' }), [], { size: 1 }, NOW).ok).toBe(false);
  });

  it('asks a title of one line, at most 120 characters', () => {
    expect(readDocumentTitle(' Leerlingdossier ')).toEqual({ ok: true, title: 'Leerlingdossier' });
    expect(readDocumentTitle('').ok).toBe(false);
    expect(readDocumentTitle('a'.repeat(121)).ok).toBe(false);
    expect(readDocumentTitle('twee\nregels').ok).toBe(false);
  });
});

describe('who sees and opens which file', () => {
  const available = document({ status: 'available' });
  it('the owning party’s contacts and the coordinator open it; its FG sees it; other parties and other FGs see nothing', () => {
    expect(canOpenDocument(as('rgo'), record, available)).toBe(true);
    expect(canOpenDocument(as('swv-go'), record, available)).toBe(true);
    expect([canSeeDocument(as('rgo', 'fg'), record, available), canOpenDocument(as('rgo', 'fg'), record, available)]).toEqual([true, false]);
    expect(canSeeDocument(as('cjg-rijnmond'), record, available)).toBe(false);
    expect(canSeeDocument(as('cjg-rijnmond', 'fg'), record, available)).toBe(false);
    expect(canSeeDocument(as('gemeente-goeree-overflakkee'), record, available)).toBe(false);
    expect(canOpenDocument(as('rgo'), record, document({ status: 'checking' }))).toBe(false);
    // The FG's own audited step: their party's checked files only.
    expect(canInspectAsFg(as('rgo', 'fg'), record, available)).toBe(true);
    expect(canInspectAsFg(as('swv-go', 'fg'), record, available)).toBe(false);
    expect(canInspectAsFg(as('rgo'), record, available)).toBe(false);
    expect(canInspectAsFg(as('rgo', 'fg'), record, document({ status: 'checking' }))).toBe(false);
  });

  it('reaches the requester only after a decision that grants (part of) inzage, and for 90 days', () => {
    const decision = (outcome: string, decidedAt = '2026-03-01T10:00:00.000Z') =>
      ({ decision: { decidedAt, byPartyId: 'swv-go', decisions: [{ type: 'inzage', outcome, motivation: '' }], text: { paragraphs: [] } } }) as never;
    expect(releasedToRequester({ decision: null }, available, NOW)).toBe(false);
    expect(releasedToRequester(decision('toegewezen'), available, NOW)).toBe(true);
    expect(releasedToRequester(decision('deels toegewezen'), available, NOW)).toBe(true);
    expect(releasedToRequester(decision('afgewezen'), available, NOW)).toBe(false);
    expect(releasedToRequester(decision('toegewezen'), document({ status: 'refused' }), NOW)).toBe(false);
    expect(releasedToRequester(decision('toegewezen'), available, new Date('2026-05-30T09:00:00Z'))).toBe(true);
    expect(releasedToRequester(decision('toegewezen'), available, new Date('2026-05-31T11:00:00Z'))).toBe(false);
  });

  it("reaches the requester only when the decision released that party's own copy", () => {
    const releasing = (partyIds: string[]) =>
      ({
        decision: {
          decidedAt: '2026-03-01T10:00:00.000Z',
          byPartyId: 'swv-go',
          decisions: [{ type: 'inzage', outcome: 'deels toegewezen', motivation: '' }],
          text: { paragraphs: [] },
          releasedPartyIds: partyIds,
        },
      }) as never;
    // The file is the school's (rgo): another party's release does not open it.
    expect(releasedToRequester(releasing(['rgo', 'cjg-rijnmond']), available, NOW)).toBe(true);
    expect(releasedToRequester(releasing(['cjg-rijnmond']), available, NOW)).toBe(false);
    expect(releasedToRequester(releasing([]), available, NOW)).toBe(false);
  });

  it('names a download safely and keys objects by ids only', () => {
    expect(downloadFileName({ title: 'Dossier "Sem" / 2025: ééN?', fileType: 'pdf' })).toBe('Dossier Sem 2025 eeN.pdf');
    expect(downloadFileName({ title: '../..', fileType: 'docx' })).toBe('document.docx');
    expect(parseDocumentKey(documentKey('AVG-7K3M-Q9TZ', 'abcdefghijklmnopqrstuvwxyz'))).toEqual({
      reference: 'AVG-7K3M-Q9TZ',
      documentId: 'abcdefghijklmnopqrstuvwxyz',
    });
    expect(parseDocumentKey('verzoeken/AVG-7K3M-Q9TZ/../x')).toBeNull();
  });
});

describe('the requester’s code', () => {
  const stored = { reference: 'AVG-7K3M-Q9TZ', codeHash: 'right', expiresAt: 1000, tries: 0 };
  it('works for 10 minutes and 5 tries', () => {
    expect(DOWNLOAD_CODE).toMatchObject({ digits: 6, validSeconds: 600, maxTries: 5, sessionSeconds: 1800 });
    expect(checkDownloadCode(stored, 'right', 999)).toEqual({ kind: 'right' });
    expect(checkDownloadCode(stored, 'right', 1000)).toEqual({ kind: 'expired' });
    expect(checkDownloadCode(stored, 'wrong', 999)).toEqual({ kind: 'wrong', triesLeft: 4 });
    expect(checkDownloadCode({ ...stored, tries: 4 }, 'wrong', 999)).toEqual({ kind: 'locked' });
    expect(checkDownloadCode({ ...stored, tries: 5 }, 'right', 999)).toEqual({ kind: 'locked' });
    expect(checkDownloadCode(null, 'right', 999)).toEqual({ kind: 'none' });
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('12345')).toBeNull();
  });
});
