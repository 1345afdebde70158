import type { FileTypeId, RefusalReason } from './documents';

/**
 * What a file is, from its bytes: the signature at the start, and for the
 * zip-based office formats the names inside. A name or a declared media type
 * says nothing (an executable renamed .pdf is still an executable).
 */
export type Detected = { ok: true; fileType: FileTypeId } | { ok: false; reason: Extract<RefusalReason, 'type' | 'macros'> };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectFileType(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { ok: false, reason: 'type' };
  if (startsWith(bytes, PDF)) return { ok: true, fileType: 'pdf' };
  if (startsWith(bytes, PNG)) return { ok: true, fileType: 'png' };
  if (startsWith(bytes, JPEG)) return { ok: true, fileType: 'jpeg' };
  if (startsWith(bytes, ZIP)) return officeType(bytes);
  return isPlainText(bytes) ? { ok: true, fileType: 'text' } : { ok: false, reason: 'type' };
}

/** UTF-8 without control characters other than tab, line breaks and form feed: text and CSV. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

const ODF_TYPES: Record<string, FileTypeId> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function officeType(bytes: Uint8Array): Detected {
  const names = zipEntryNames(bytes);
  if (!names) return { ok: false, reason: 'type' };
  // OpenDocument: the first entry is "mimetype", stored, holding the type (ODF 1.2 part 3, 3.3).
  const odf = odfMimeType(bytes);
  if (odf && ODF_TYPES[odf]) {
    if (names.some((name) => name.startsWith('Basic/') || name.startsWith('Scripts/'))) return { ok: false, reason: 'macros' };
    return { ok: true, fileType: ODF_TYPES[odf] };
  }
  if (names.includes('[Content_Types].xml')) {
    if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name))) return { ok: false, reason: 'macros' };
    if (names.includes('word/document.xml')) return { ok: true, fileType: 'docx' };
    if (names.includes('xl/workbook.xml')) return { ok: true, fileType: 'xlsx' };
    if (names.includes('ppt/presentation.xml')) return { ok: true, fileType: 'pptx' };
  }
  return { ok: false, reason: 'type' };
}

function odfMimeType(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 30) return null;
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype' || method !== 0 || size > 100) return null;
  const start = 30 + nameLength + extraLength;
  return new TextDecoder().decode(bytes.subarray(start, start + size));
}

/** The names in a zip's central directory, or null when it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
