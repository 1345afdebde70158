import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { plural, longDate, dateTime, monthName, shortDate } from '#texts/format';
import { textsFor } from '#texts/catalogue';
import { LANGUAGES } from '#texts/language';

const ROOT = resolve(import.meta.dirname, '../..');
const sourcesIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'generated' ? [] : sourcesIn(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
/**
 * Where sentences must come from the catalogue: every view, handler and use
 * case, and the mail builder. The rest of core takes its messages from the
 * catalogue too (texts/nl/intake.ts, case-rules.ts); what strings it still
 * holds are the domain's values (outcomes stored as words, data categories,
 * holiday names) and developers' messages, which this check cannot tell from
 * sentences.
 */
const CHECKED = [
  ...sourcesIn('functions/views'),
  ...sourcesIn('functions/handlers'),
  ...sourcesIn('functions/application'),
  'functions/core/mails.ts',
  'functions/core/mail-rendering.ts',
];
/** Logged and thrown texts are for developers, in English: not the catalogue's. */
const DEVELOPER_CALLS = /^(logger\.\w+|console\.\w+|new \w*Error)$/;
/** Attributes that hold markup data, never text a person reads. */
const DATA_ATTRIBUTES = new Set([
  'class',
  'id',
  'for',
  'href',
  'name',
  'type',
  'autocomplete',
  'inputmode',
  'rel',
  'method',
  'action',
  'role',
  'content',
  'd',
  'viewBox',
  'font-family',
  'accept',
]);
/** Header values and addresses: media types, cache and HSTS directives, URLs. */
const PROTOCOL_VALUE = /charset=|max-age|includeSubDomains|attachment;|:\/\//;
/** Class lists, wherever they are written (a ternary, a helper): every word a CSS class name. */
const CLASS_LIST = /^\s*(?:[a-z][a-z0-9]*(?:(?:-{1,2}|_{2})[a-z0-9]*)+\s*)+$/;
const TWO_WORDS = /\p{L}{2,}[\s,.:;!?]+\p{L}{2,}/u;

/** Text written in the code itself: JSX text with a word in it, or a string of two words or more outside markup attributes. */
function inlineTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 60)}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) report(node, node.text);
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal && TWO_WORDS.test(node.text) && !CLASS_LIST.test(node.text) && !PROTOCOL_VALUE.test(node.text) && !node.text.includes('<')) {
      // A part of a template literal belongs to the whole template: look at what holds that.
      let owner: ts.Node = node;
      while (ts.isTemplateSpan(owner.parent) || ts.isTemplateExpression(owner.parent)) owner = owner.parent;
      const parent = owner.parent;
      const attribute = ts.isJsxAttribute(parent) ? parent.name.getText(source) : undefined;
      const imported = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
      // A key or a compared value of the domain ('te laat' is a group of core's), not a sentence.
      const key =
        ts.isElementAccessExpression(parent) ||
        (ts.isBinaryExpression(parent) &&
          [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind));
      const call = ts.isCallExpression(parent) || ts.isNewExpression(parent) ? parent.expression.getText(source) : '';
      const developer = DEVELOPER_CALLS.test(call) || DEVELOPER_CALLS.test(`new ${call}`);
      if (!imported && !key && !developer && !(attribute && DATA_ATTRIBUTES.has(attribute))) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the message catalogue', () => {
  it('holds every sentence of the views and the mails: none is written inline', () => {
    const inline = CHECKED.flatMap(inlineTexts);
    expect(inline, `${inline.length} inline texts; move them to functions/texts/`).toEqual([]);
  });

  it('has every key in every language (the types make a missing key a compile error; this guards the runtime)', () => {
    const keysOf = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`)) : [prefix];
    const dutch = keysOf(textsFor('nl')).sort();
    for (const language of LANGUAGES) expect(keysOf(textsFor(language)).sort(), language).toEqual(dutch);
  });

  it("has the requester's pages and mails in English: no sentence of theirs left in Dutch", () => {
    // A function's words, from sample arguments; one that needs the domain's values (a role, a list) is left to the e2e tests.
    const sample = (fn: (...args: unknown[]) => unknown) => {
      try {
        return fn('X', 'Y', 'Z');
      } catch {
        return undefined;
      }
    };
    const leaves = (value: unknown, prefix = ''): Array<[string, string]> =>
      typeof value === 'function'
        ? leaves(sample(value as (...args: unknown[]) => unknown), prefix)
        : Array.isArray(value)
          ? value.flatMap((inner, n) => leaves(inner, `${prefix}${n}.`))
          : value && typeof value === 'object'
            ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${prefix}${key}.`))
            : typeof value === 'string'
              ? [[prefix, value]]
              : [];
    const [nl, en] = [textsFor('nl'), textsFor('en')];
    const requesterMails = (texts: typeof nl) => {
      const { confirmation, coRequesterInvite, news, downloadCode, signature, noPersonalData } = texts.mails;
      return { confirmation, coRequesterInvite, news, downloadCode, signature, noPersonalData };
    };
    const areas = [
      'about',
      'answers',
      'common',
      'confirm',
      'form',
      'intake',
      'layout',
      'messages',
      'receipt',
      'status',
      'statusLinkAgain',
      'statusFiles',
      'terms',
      'upload',
      'withdrawal',
    ] as const;
    const dutch = new Map([...areas.flatMap((area) => leaves(nl[area], `${area}.`)), ...leaves(requesterMails(nl), 'mails.')]);
    const english = [...areas.flatMap((area) => leaves(en[area], `${area}.`)), ...leaves(requesterMails(en), 'mails.')];
    // The same word in both languages, a shared format, or the portal's words that reach these areas.
    const SAME = new Set(['Contact', 'Status', 'Privacy', 'Download X', 'Upload X', 'e-mail X', 'X: Y', 'Fout: ', 'Error: ']);
    const untranslated = english.filter(([key, text]) => dutch.get(key) === text && !SAME.has(text) && /\p{L}{3,}/u.test(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('formats plurals and dates the English way on English pages', () => {
    expect(plural('en', 1, { one: '# file', other: '# files' })).toBe('1 file');
    expect(plural('en', 1234, { one: '# file', other: '# files' })).toBe('1,234 files');
    expect(longDate('en', '2027-01-04')).toMatch(/^Monday,? 4 January 2027$/);
  });

  it('formats plurals and dates the Dutch way, dates as the calendar day whatever the server zone', () => {
    expect(plural('nl', 1, { one: '# verzoek', other: '# verzoeken' })).toBe('1 verzoek');
    expect(plural('nl', 0, { one: '# verzoek', other: '# verzoeken' })).toBe('0 verzoeken');
    expect(plural('nl', 1234, { one: '# verzoek', other: '# verzoeken' })).toBe('1.234 verzoeken');
    expect(longDate('nl', '2027-01-04')).toBe('maandag 4 januari 2027');
    expect(shortDate('nl', '2026-12-31')).toBe('31 december 2026');
    expect(monthName('nl', '2026-03')).toBe('maart 2026');
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(dateTime('nl', '2026-12-31T23:30:00Z')).toMatch(/^0?1-0?1-2027/);
  });
});
