import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { type LetterContent, letterLines } from '#core/decision-letter';

/**
 * The decision letter as a PDF, with pdfkit (docs/design.md says why). Noto
 * Sans is embedded (subset by pdfkit), so the text is extractable and prints
 * the same everywhere. pdfkit, like every PDF library, silently drops a
 * character its font has no glyph for; so every character is checked against
 * the font first, and a letter that cannot be made whole is refused, never
 * sent with letters missing.
 */

interface Face {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
  /** Both weights parsed once, for the glyph check of every letter (pdfkit parses its own copy per document). */
  faces: Face[];
}

/** The two weights: beside the bundle in Lambda (LETTER_FONT_DIR), from the npm package locally. */
export function loadLetterFonts(fontDir?: string): LetterFonts {
  const dir = fontDir ?? path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
  const file = (weight: string) => {
    const flat = path.join(dir, `NotoSans_${weight}.ttf`);
    try {
      return readFileSync(flat);
    } catch {
      return readFileSync(path.join(dir, weight, `NotoSans_${weight}.ttf`));
    }
  };
  const regular = file('400Regular');
  const bold = file('700Bold');
  return { regular, bold, faces: [fontkit.create(regular) as Face, fontkit.create(bold) as Face] };
}

export type RenderedLetter = { ok: true; bytes: Buffer } | { ok: false; missing: string[] };

/** The characters of the letter that the font cannot show (spaces and line breaks need no glyph). */
export function missingGlyphs(content: LetterContent, fonts: Pick<LetterFonts, 'faces'>): string[] {
  const { faces } = fonts;
  const missing = new Set<string>();
  for (const line of letterLines(content))
    for (const character of line) {
      if (/\s/u.test(character)) continue;
      const codePoint = character.codePointAt(0)!;
      if (!faces.every((face) => face.hasGlyphForCodePoint(codePoint))) missing.add(character);
    }
  return [...missing];
}

const A4_MARGIN = 64;

export async function renderLetterPdf(content: LetterContent, fonts: LetterFonts, meta: { title: string; createdAt: Date }): Promise<RenderedLetter> {
  const missing = missingGlyphs(content, fonts);
  if (missing.length > 0) return { ok: false, missing };
  // font: null keeps pdfkit from loading its bundled Helvetica (a file the bundle does not carry).
  const doc = new PDFDocument({
    font: null as unknown as string,
    size: 'A4',
    margin: A4_MARGIN,
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: false,
    info: { Title: meta.title, Creator: 'avg-verzoeken', CreationDate: meta.createdAt, ModDate: meta.createdAt },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const paragraph = (text: string, options: { bold?: boolean; size?: number; gap?: number } = {}) => {
    doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? 10.5)
      .text(text, { lineGap: 2 });
    doc.moveDown(options.gap ?? 0.6);
  };
  const heading = (text: string) => {
    doc.moveDown(0.4);
    paragraph(text, { bold: true, size: 12, gap: 0.4 });
  };
  const bullet = (text: string) => {
    doc.font('regular').fontSize(10.5).list([text], { bulletRadius: 1.8, textIndent: 12, lineGap: 2 });
    doc.moveDown(0.2);
  };

  paragraph(content.sender.name, { bold: true, size: 13, gap: content.sender.address ? 0.1 : 1.5 });
  if (content.sender.address) paragraph(content.sender.address, { gap: 1.5 });
  paragraph(content.recipient, { gap: content.recipientAddress.length > 0 ? 0.1 : 1.2 });
  content.recipientAddress.forEach((line, n) => paragraph(line, { gap: n === content.recipientAddress.length - 1 ? 1.2 : 0.1 }));
  for (const fact of content.facts) paragraph(`${fact.label}: ${fact.value}`, { gap: 0.1 });
  doc.moveDown(1.2);
  paragraph(content.salutation);
  for (const text of content.paragraphs) paragraph(text);
  if (content.parts.length > 0) heading(content.partsTitle);
  for (const part of content.parts) {
    paragraph(part.name, { bold: true, gap: 0.3 });
    for (const line of part.lines) bullet(line);
    doc.moveDown(0.3);
    for (const sentence of part.remedies) paragraph(sentence);
  }
  if (content.rights.length > 0) {
    heading(content.rightsTitle);
    for (const sentence of content.rights) paragraph(sentence);
  }
  heading(content.documentsTitle);
  const [intro, ...titles] = content.documents;
  paragraph(intro!);
  for (const title of titles) bullet(title);
  if (content.awbTitle) {
    heading(content.awbTitle);
    for (const sentence of content.awb) paragraph(sentence);
  }
  doc.moveDown(0.8);
  for (const line of content.closing) paragraph(line, { gap: 0.1 });
  doc.end();
  await done;
  return { ok: true, bytes: Buffer.concat(chunks) };
}
