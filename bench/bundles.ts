/**
 * bench/bundles (figure 1 of "Proof under load"): every function's bundle size
 * and cold initialisation time, against a baseline bundle that holds only the
 * DynamoDB client (bench/baseline-handler.ts).
 *
 *  - The functions are every entry of functions/routes.ts (handlers, scheduled
 *    jobs, stream consumers: any exported table whose items have an `entry`).
 *  - Each is bundled with esbuild's JS API using the options of the CDK stack,
 *    read from `bundlingOptions` in infra/aws/functions.ts and translated the way
 *    NodejsFunction translates them (ESM, minify, target, platform node, the AWS
 *    SDK bundled, source map, the createRequire banner, main fields). An option
 *    this translation does not know stops the benchmark, so it cannot silently
 *    measure something else than what is deployed.
 *  - Size: the .mjs file; the source map (a separate file) is not counted.
 *  - Cold init: a fresh Node 22 process with the function's Lambda environment
 *    (the stack's variables, NODE_OPTIONS=--enable-source-maps included) imports
 *    the bundle and resolves `handler`; the time from before the import to after
 *    it, measured inside that process. Median of N runs; the baseline is
 *    measured right before each function in the same loop, so load on the
 *    machine hits both.
 *
 * Bound: size ratio and init-time ratio at most 1.5 for every function.
 * Run: npm run bench:bundles   (BENCH_INIT_RUNS, default 9)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as routeTables from '#routes';
import { bundlingOptions } from '#infra/aws/functions';
import { isMain, median, writeResult } from './local-system';
import { table } from './support';

export const BUNDLE_BOUND = 1.5;
/**
 * The functions that read or delete objects carry `@aws-sdk/client-s3` (about
 * 110 KB on top of the DynamoDB client): a bound of their own, stated in
 * docs/benchmarks.md. Every other function signs without it and keeps 1.5.
 */
export const S3_CLIENT_BOUND = 1.8;
/**
 * The decision letters' function carries pdfkit with fontkit (about 1.1 MB
 * minified): it runs on a schedule, never on a page, so its own bound.
 */
export const LETTER_BOUND = 4.6;
/**
 * The portal's workspace functions carry the case page's forms, rules and
 * texts (the coordinator's tasks, notes, the decision's preview) and the check
 * of the person record on every request: 1.55, stated in docs/benchmarks.md.
 */
export const PORTAL_BOUND = 1.55;
/**
 * The beheer function carries the user pool's admin client (about 35 KB), the
 * configuration schema (zod) with the colour check, and a multipart parser for
 * the logo; a region's beheerder uses it, never a requester or a contact
 * person: its own bound, like the S3 client's.
 */
export const BEHEER_BOUND = 1.8;
/**
 * The two functions that carry the most of the case page: the coordinator's
 * (the central contact point's choice of the overleg, the routing rule and its
 * form, about 8 KB) and the page's own (the whole case page with the related
 * requests, and the registration form): 1.6, stated in docs/benchmarks.md.
 */
export const CASE_PAGE_BOUND = 1.6;
const CASE_PAGE_FUNCTIONS = new Set(['portal-pages', 'portal-coordination']);
/**
 * The requester's pages in two languages: the form, the confirmation, the
 * status page and its files carry the English catalogue of their areas beside
 * the Dutch one (about 20 KB for the form), and so does the registration page,
 * whose fields and intake rules are the form's: 1.6, stated in docs/benchmarks.md.
 */
export const TWO_LANGUAGES_BOUND = 1.6;
const TWO_LANGUAGE_FUNCTIONS = new Set(['request-form', 'confirm-request', 'request-status', 'status-documents', 'portal-register']);
const PORTAL_WORKSPACE = new Set(['portal-pages', 'portal-actions', 'portal-coordination', 'portal-register']);
export const boundOf = (name: string) =>
  name === 'render-letters'
    ? LETTER_BOUND
    : name === 'check-document' || name === 'purge-documents'
      ? S3_CLIENT_BOUND
      : CASE_PAGE_FUNCTIONS.has(name)
        ? CASE_PAGE_BOUND
        : TWO_LANGUAGE_FUNCTIONS.has(name)
          ? TWO_LANGUAGES_BOUND
          : PORTAL_WORKSPACE.has(name)
            ? PORTAL_BOUND
            : name === 'portal-beheer'
              ? BEHEER_BOUND
              : BUNDLE_BOUND;
const ROOT = resolve(import.meta.dirname, '..');
export const BASELINE = 'baseline (DynamoDB client only)';
const BASELINE_ENTRY = 'bench/baseline-handler.ts';

/** Every Lambda function of the route table: name -> entry. */
export function functionEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const exported of Object.values(routeTables)) {
    if (!exported || typeof exported !== 'object' || Array.isArray(exported)) continue;
    const values = Object.values(exported as Record<string, unknown>);
    if (values.length === 0 || !values.every((value) => typeof (value as { entry?: unknown })?.entry === 'string')) continue;
    for (const [name, value] of Object.entries(exported as Record<string, { entry: string }>)) entries[name] = value.entry;
  }
  return entries;
}

/** The options NodejsFunction passes to esbuild (aws-lambda-nodejs/lib/bundling.js), from the stack's BundlingOptions. */
export function esbuildOptions(options: BundlingOptions): esbuild.BuildOptions {
  const understood = new Set([
    'minify',
    'sourceMap',
    'sourceMapMode',
    'sourcesContent',
    'format',
    'target',
    'bundleAwsSDK',
    'mainFields',
    'banner',
    'footer',
    'externalModules',
    'define',
    'loader',
    'keepNames',
    'tsconfig',
    'inject',
    'logLevel',
    'metafile',
    'charset',
    'forceDockerBundling',
  ]);
  const unknown = Object.keys(options).filter((key) => !understood.has(key));
  if (unknown.length > 0) throw new Error(`bench/bundles.ts does not know how NodejsFunction applies: ${unknown.join(', ')}. Teach esbuildOptions() first.`);
  const sourceMapMode = options.sourceMapMode as string | undefined;
  const sourcemap: esbuild.BuildOptions['sourcemap'] = !(options.sourceMap || sourceMapMode)
    ? false
    : sourceMapMode === 'inline'
      ? 'inline'
      : sourceMapMode === 'external'
        ? 'external'
        : sourceMapMode === 'both'
          ? 'both'
          : true;
  if (sourcemap === 'inline' || sourcemap === 'both')
    throw new Error('an inline source map would count in the bundle size; bench/bundles.ts assumes a separate .map file');
  return {
    bundle: true,
    platform: 'node',
    target: options.target ?? 'node22',
    format: options.format ?? 'cjs',
    minify: options.minify ?? false,
    sourcemap,
    sourcesContent: options.sourcesContent ?? true,
    // With bundleAwsSDK the SDK is bundled; otherwise NodejsFunction marks it external (Node 18+ runtimes).
    external: options.externalModules ?? (options.bundleAwsSDK ? [] : ['@aws-sdk/*']),
    mainFields: options.mainFields,
    banner: options.banner ? { js: options.banner } : undefined,
    footer: options.footer ? { js: options.footer } : undefined,
    define: options.define,
    loader: options.loader as esbuild.BuildOptions['loader'],
    keepNames: options.keepNames,
    tsconfig: options.tsconfig,
    inject: options.inject,
    charset: options.charset,
    absWorkingDir: ROOT,
    logLevel: 'warning',
    metafile: true,
  };
}

/** The environment the stack gives a function (infra/aws/functions.ts), plus what Lambda itself sets. */
function lambdaEnvironment(name: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_LOG_FORMAT: 'JSON',
    AWS_LAMBDA_LOG_LEVEL: 'INFO',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    TABLE_NAME: 'avg-verzoeken-Table',
    MAIL_FROM: 'noreply@avg-verzoeken.example',
    PUBLIC_BASE_URL: 'https://avg-verzoeken.example',
    SES_CONFIGURATION_SET: 'MailConfigurationSet',
    NODE_OPTIONS: '--enable-source-maps',
    POWERTOOLS_SERVICE_NAME: 'avg-verzoeken',
    COGNITO_USER_POOL_ID: 'eu-west-1_Bench0001',
    COGNITO_CLIENT_ID: 'benchclient0000000000000001',
    COGNITO_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Bench0001',
  };
}

interface Bundle {
  name: string;
  entry: string;
  file: string;
  bytes: number;
  metafile: esbuild.Metafile;
}

async function build(name: string, entry: string, outDir: string, options: esbuild.BuildOptions): Promise<Bundle> {
  const file = join(outDir, name.replace(/[^a-z0-9-]+/gi, '_'), options.format === 'esm' ? 'index.mjs' : 'index.js');
  const result = await esbuild.build({ ...options, entryPoints: [resolve(ROOT, entry)], outfile: file });
  return { name, entry, file, bytes: statSync(file).size, metafile: result.metafile! };
}

/** Where the bytes of a bundle come from: a package of node_modules, or a folder of the project. */
function contributorOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(input);
  if (pkg) return pkg[1]!;
  const parts = input.split('/');
  return parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : input;
}

/** A finer split of one package: its first two folders (zod/v4/locales, zod/v4/core, ...). */
function subContributorOf(input: string): string | null {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/((?:[^/]+\/){0,2})/.exec(input);
  return pkg ? `${pkg[1]}/${pkg[2]!.replace(/\/$/, '')}` : null;
}

function contributions(bundle: Bundle, key: (input: string) => string | null): Map<string, number> {
  const output = Object.values(bundle.metafile.outputs).find((candidate) => candidate.entryPoint);
  const bytes = new Map<string, number>();
  for (const [input, info] of Object.entries(output?.inputs ?? {})) {
    const k = key(input);
    if (k) bytes.set(k, (bytes.get(k) ?? 0) + info.bytesInOutput);
  }
  return bytes;
}

interface InitSample {
  ms: number;
  cpuMs: number;
}

function measureInit(bundle: Bundle): Promise<InitSample> {
  const script = [
    'const t = performance.now(); const c = process.cpuUsage();',
    `const m = await import(${JSON.stringify(pathToFileURL(bundle.file).href)});`,
    "if (typeof m.handler !== 'function') throw new Error('no handler export');",
    'const u = process.cpuUsage(c);',
    'process.stdout.write(JSON.stringify({ ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000 }));',
  ].join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: lambdaEnvironment(bundle.name),
      cwd: tmpdir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${bundle.name}: importing the bundle failed (exit ${code}): ${err.slice(0, 2000)}`));
      resolvePromise(JSON.parse(out) as InitSample);
    });
  });
}

export interface BundleRow {
  name: string;
  entry: string;
  bytes: number;
  sizeRatio: number;
  initMs: number;
  baselineInitMs: number;
  initRatio: number;
  initCpuMs: number;
  /** CPU time of the import against the paired baseline's: less sensitive to other load on the machine (not the bound). */
  initCpuRatio: number;
  holds: boolean;
  topContributors: Array<{ contributor: string; bytes: number; baselineBytes: number }>;
}

export interface BundlesResult {
  runs: number;
  bound: number;
  baseline: { bytes: number; initMs: number };
  rows: BundleRow[];
  holds: boolean;
  esbuild: Record<string, unknown>;
}

export async function runBundles(options: { runs?: number; quiet?: boolean } = {}): Promise<BundlesResult> {
  const runs = options.runs ?? Number(process.env.BENCH_INIT_RUNS ?? 9);
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  const outDir = mkdtempSync(join(tmpdir(), 'avg-bench-bundles-'));
  try {
    const buildOptions = esbuildOptions(bundlingOptions);
    const entries = functionEntries();
    log(`Bundling ${Object.keys(entries).length} functions and the baseline with the stack's esbuild options (esbuild ${esbuild.version}):`);
    log(
      `  ${JSON.stringify({ format: buildOptions.format, target: buildOptions.target, platform: buildOptions.platform, minify: buildOptions.minify, sourcemap: buildOptions.sourcemap, sourcesContent: buildOptions.sourcesContent, external: buildOptions.external, mainFields: buildOptions.mainFields, banner: buildOptions.banner?.js })}`,
    );
    const baseline = await build(BASELINE, BASELINE_ENTRY, outDir, buildOptions);
    const bundles: Bundle[] = [];
    for (const [name, entry] of Object.entries(entries)) bundles.push(await build(name, entry, outDir, buildOptions));

    log(`Cold init: ${runs} fresh Node ${process.versions.node} processes per bundle, the baseline measured right before each function ...`);
    const samples = new Map<string, InitSample[]>(bundles.map((bundle) => [bundle.name, []]));
    const paired = new Map<string, InitSample[]>(bundles.map((bundle) => [bundle.name, []]));
    await measureInit(baseline); // the first process start pays for cold file caches
    for (let run = 0; run < runs; run++) {
      for (const bundle of bundles) {
        paired.get(bundle.name)!.push(await measureInit(baseline));
        samples.get(bundle.name)!.push(await measureInit(bundle));
      }
    }
    const allBaseline = [...paired.values()].flat();
    const baselineContributions = contributions(baseline, contributorOf);
    const baselineSub = contributions(baseline, subContributorOf);
    const rows: BundleRow[] = bundles.map((bundle) => {
      const initMs = median(samples.get(bundle.name)!.map((sample) => sample.ms));
      const baselineInitMs = median(paired.get(bundle.name)!.map((sample) => sample.ms));
      const sizeRatio = bundle.bytes / baseline.bytes;
      const initRatio = initMs / baselineInitMs;
      const mine = contributions(bundle, contributorOf);
      const topContributors = [...mine.entries()]
        .map(([contributor, bytes]) => ({ contributor, bytes, baselineBytes: baselineContributions.get(contributor) ?? 0 }))
        .sort((a, b) => b.bytes - b.baselineBytes - (a.bytes - a.baselineBytes))
        .slice(0, 8);
      return {
        name: bundle.name,
        entry: bundle.entry,
        bytes: bundle.bytes,
        sizeRatio,
        initMs,
        baselineInitMs,
        initRatio,
        initCpuMs: median(samples.get(bundle.name)!.map((sample) => sample.cpuMs)),
        initCpuRatio: median(samples.get(bundle.name)!.map((sample) => sample.cpuMs)) / median(paired.get(bundle.name)!.map((sample) => sample.cpuMs)),
        holds: sizeRatio <= boundOf(bundle.name) && initRatio <= boundOf(bundle.name),
        topContributors,
      };
    });

    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const verdict = (ratio: number, name: string) => (ratio <= boundOf(name) ? 'ok' : 'OVER');
    log(
      `\nFigure 1 - bundle size and cold init against the baseline (bound: both ratios <= ${BUNDLE_BOUND}; ${S3_CLIENT_BOUND} for check-document and purge-documents, which carry the S3 client; ${PORTAL_BOUND} for the portal's workspace functions (${CASE_PAGE_BOUND} for portal-pages and portal-coordination, which carry the most of the case page); ${TWO_LANGUAGES_BOUND} for the requester's pages and the registration page, which carry two languages; ${BEHEER_BOUND} for portal-beheer, which carries the user pool's admin client; ${LETTER_BOUND} for render-letters, which carries the PDF library):\n`,
    );
    log(
      table([
        {
          function: BASELINE,
          'size (KB)': kb(baseline.bytes),
          'size ratio': '1.00',
          '': '',
          'init (ms)': median(allBaseline.map((s) => s.ms)).toFixed(1),
          'baseline init (ms)': '',
          'init ratio': '1.00',
          ' ': '',
          'init CPU (ms)': median(allBaseline.map((s) => s.cpuMs)).toFixed(1),
          'CPU ratio': '1.00',
        },
        ...rows.map((row) => ({
          function: row.name,
          'size (KB)': kb(row.bytes),
          'size ratio': row.sizeRatio.toFixed(2),
          '': verdict(row.sizeRatio, row.name),
          'init (ms)': row.initMs.toFixed(1),
          'baseline init (ms)': row.baselineInitMs.toFixed(1),
          'init ratio': row.initRatio.toFixed(2),
          ' ': verdict(row.initRatio, row.name),
          'init CPU (ms)': row.initCpuMs.toFixed(1),
          'CPU ratio': row.initCpuRatio.toFixed(2),
        })),
      ]),
    );
    log(
      `(init: median of ${runs} processes, wall time of the import inside the process, which the bound applies to; "baseline init" is the median of the baseline runs paired with that function; CPU: user+system time of the same imports, for comparison)`,
    );

    const over = rows.filter((row) => !row.holds);
    if (over.length > 0) {
      log(`\nTop contributors to the bundles over the bound, in KB of minified output (esbuild metafile), largest excess over the baseline first:`);
      for (const row of over) {
        log(
          `\n${row.name} (${row.entry}): ${kb(row.bytes)} KB, ${kb(row.bytes - baseline.bytes)} KB more than the baseline; the bound allows ${kb(baseline.bytes * boundOf(row.name))} KB`,
        );
        for (const c of row.topContributors) {
          log(`  ${c.contributor.padEnd(48)} ${kb(c.bytes).padStart(7)} KB${c.baselineBytes ? `  (baseline ${kb(c.baselineBytes)})` : ''}`);
        }
        // The largest new package, split one level finer, says what inside it is pulled in.
        const biggest = row.topContributors.find(
          (c) => c.baselineBytes === 0 && !c.contributor.startsWith('functions/') && !c.contributor.startsWith('config/'),
        );
        if (biggest) {
          const bundle = bundles.find((candidate) => candidate.name === row.name)!;
          const parts = [...contributions(bundle, subContributorOf).entries()]
            .filter(([key, bytes]) => key.startsWith(`${biggest.contributor}/`) && !baselineSub.has(key) && bytes >= 512)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5);
          if (parts.length > 1) log(`    of which ${parts.map(([key, bytes]) => `${key} ${kb(bytes)} KB`).join(', ')}`);
        }
      }
    }
    const holds = over.length === 0;
    log(
      `\nFigure 1: ${holds ? 'every function within the bound' : `${over.length} of ${rows.length} functions over the bound (${over.map((row) => row.name).join(', ')})`}`,
    );
    return {
      runs,
      bound: BUNDLE_BOUND,
      baseline: { bytes: baseline.bytes, initMs: median(allBaseline.map((s) => s.ms)) },
      rows,
      holds,
      esbuild: {
        version: esbuild.version,
        format: buildOptions.format,
        target: buildOptions.target,
        minify: buildOptions.minify,
        sourcemap: buildOptions.sourcemap,
        external: buildOptions.external,
      },
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const result = await runBundles();
  await writeResult(result);
  if (!result.holds) process.exitCode = 1;
}
