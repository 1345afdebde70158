import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { pathTo } from '#routes';

/**
 * `npm run build:styles`: the one stylesheet of every page, and the fonts it
 * loads, written as a generated module the static function serves
 * (functions/views/generated/). Committed, so every tool (tsx, vitest, the
 * CDK bundler) finds it without a build step; a unit test rebuilds it and
 * fails when the committed copy is stale.
 *
 * What goes in (docs/design.md, _The look_):
 * - the NL Design System community components (`@utrecht/*-css`, EUPL-1.2):
 *   class-based ones for the form controls and the page frame, the `html`
 *   variants for plain headings, paragraphs, links, lists and tables;
 * - the design tokens they read: only those, taken with everything they
 *   refer to from the EUPL example theme (`@nl-design-system-unstable/
 *   voorbeeld-design-tokens`), its violet brand scale replaced by our own
 *   `--avg-brand-*` scale (functions/views/styles/theme.css), which is the one
 *   place a region's look changes;
 * - Noto Sans (OFL, `@fontsource/noto-sans`), latin and latin-ext, regular and
 *   bold, woff2 only, served from our own origin;
 * - functions/views/styles/layout.css: the few rules no component covers.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const GENERATED = join(ROOT, 'functions/views/generated');

/** Class-based components: the markup names them (functions/views/components.tsx, layout.tsx). */
const COMPONENTS = [
  'document',
  'page',
  'page-header',
  'page-footer',
  'page-content',
  'skip-link',
  'alert',
  'form-field',
  'form-label',
  'form-field-description',
  'form-field-error-message',
  'form-fieldset',
  'textbox',
  'textarea',
  'select',
  'radio-button',
  'checkbox',
  'button',
  'button-link',
  'badge-status',
  'data-list',
  'table',
  'heading-1',
  'heading-2',
  'heading-3',
  'paragraph',
  'link',
  'unordered-list',
  'ordered-list',
];
/** Plain elements styled as the component, so running text needs no class on every tag. */
const HTML_VARIANTS = ['heading-1', 'heading-2', 'heading-3', 'paragraph', 'link', 'unordered-list', 'ordered-list', 'table'];
const FONT_WEIGHTS = ['400', '700'];
const FONT_SUBSETS = ['latin-ext', 'latin'];
/** The example theme's brand scale, replaced by ours. */
const EXAMPLE_BRAND = /var\(--voorbeeld-kleuren-violet-(\d+)\)/g;

export interface BuiltStyles {
  stylesheet: string;
  files: Array<{ name: string; contentType: string; body: Buffer }>;
}

/** Noto Sans @font-face rules for the subsets we serve, woff2 only (every browser we support reads it). */
function fontFaces(): string {
  const faces: string[] = [];
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(join(ROOT, `node_modules/@fontsource/noto-sans/${weight}.css`), 'utf8');
    for (const subset of FONT_SUBSETS) {
      const block = new RegExp(`/\\* noto-sans-${subset}-${weight}-normal \\*/\\s*(@font-face \\{[^}]*\\})`).exec(css)?.[1];
      if (!block) throw new Error(`no ${subset} ${weight} face in @fontsource/noto-sans`);
      faces.push(block.replace(/, url\([^)]*\.woff\) format\('woff'\)/, '').replace(/url\(\.\/files\//, 'url(./node_modules/@fontsource/noto-sans/files/'));
    }
  }
  return faces.join('\n');
}

/** Every custom property the components read, with what those refer to, from the example theme; ours on top. */
function tokensFor(componentCss: string): string {
  const theme = readFileSync(join(ROOT, 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'), 'utf8');
  const declared = new Map<string, string>();
  for (const [, name, value] of theme.matchAll(/^\s*(--[a-z0-9-]+):\s*([^;]+);/gm)) declared.set(name!, value!.trim());
  const referenced = (css: string) => [...css.matchAll(/var\((--[a-z0-9-]+)/g)].map(([, name]) => name!).filter((name) => !name.startsWith('--_'));
  const wanted = new Set<string>();
  const queue = referenced(componentCss);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (wanted.has(name) || !declared.has(name)) continue;
    wanted.add(name);
    queue.push(...referenced(declared.get(name)!));
  }
  const declarations = [...wanted]
    .sort()
    .map((name) => `${name}:${declared.get(name)!.replace(EXAMPLE_BRAND, 'var(--avg-brand-$1)')};`)
    .filter((line) => !line.includes('--voorbeeld-kleuren-violet'));
  return `.avg-theme{${declarations.join('')}}`;
}

export async function buildStyles(): Promise<BuiltStyles> {
  const assetPath = pathTo('asset', { file: '' }).replace(/\/$/, '');
  const imports = [
    ...COMPONENTS.map((name) => `@import '@utrecht/${name}-css/dist/index.css';`),
    ...HTML_VARIANTS.map((name) => `@import '@utrecht/${name}-css/dist/html/index.css';`),
    `@import './functions/views/styles/theme.css';`,
    `@import './functions/views/styles/layout.css';`,
  ];
  const bundled = await esbuild.build({
    stdin: { contents: `${imports.join('\n')}\n${fontFaces()}`, resolveDir: ROOT, loader: 'css', sourcefile: 'app.css' },
    bundle: true,
    minify: true,
    write: false,
    outdir: '/static',
    loader: { '.woff2': 'file' },
    assetNames: '[name]-[hash]',
    publicPath: assetPath,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const css = bundled.outputFiles.find((file) => file.path.endsWith('.css'))!.text;
  const { code: stylesheetCss } = await esbuild.transform(`${tokensFor(css)}\n${css}`, { loader: 'css', minify: true, legalComments: 'none' });
  const licence =
    '/* NL Design System components (c) Frameless B.V., Gemeente Utrecht; example theme (c) NL Design System: EUPL-1.2. Noto Sans: SIL OFL 1.1. */\n';
  const stylesheetBody = Buffer.from(licence + stylesheetCss);
  const hash = createHash('sha256').update(stylesheetBody).digest('hex').slice(0, 10);
  const stylesheet = `app-${hash}.css`;
  return {
    stylesheet,
    files: [
      { name: stylesheet, contentType: 'text/css; charset=utf-8', body: stylesheetBody },
      ...bundled.outputFiles
        .filter((file) => file.path.endsWith('.woff2'))
        .map((file) => ({ name: basename(file.path), contentType: 'font/woff2', body: Buffer.from(file.contents) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ],
  };
}

/** The generated modules' sources: the stylesheet's name (for the pages) apart from the files (for the static function only). */
export function generatedSources(built: BuiltStyles): Record<string, string> {
  const header = '// Generated by `npm run build:styles` (infra/build/styles.ts). Do not edit.\n';
  const files = built.files
    .map((file) => {
      const text = file.contentType.startsWith('text/');
      const body = text ? JSON.stringify(file.body.toString('utf8')) : JSON.stringify(file.body.toString('base64'));
      return `  ${JSON.stringify(file.name)}: { contentType: ${JSON.stringify(file.contentType)}, base64: ${!text}, body: ${body} },`;
    })
    .join('\n');
  return {
    'stylesheet-name.ts': `${header}export const STYLESHEET_FILE = ${JSON.stringify(built.stylesheet)};\n`,
    'static-files.ts': `${header}export const STATIC_FILES: Record<string, { contentType: string; base64: boolean; body: string }> = {\n${files}\n};\n`,
  };
}

export const GENERATED_DIR = GENERATED;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = await buildStyles();
  for (const [name, source] of Object.entries(generatedSources(built))) writeFileSync(join(GENERATED, name), source);
  for (const file of built.files) console.log(`${file.name.padEnd(48)} ${(file.body.length / 1024).toFixed(1)} KB`);
}
