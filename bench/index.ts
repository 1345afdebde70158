/**
 * npm run bench: the three figures of "Proof under load", measured in one run,
 * one after the other so that none disturbs another's timing:
 *   1. bundle size and cold init of every function against a DynamoDB-only baseline (bench/bundles.ts);
 *   2. submit throughput against raw PutItem on the same DynamoDB Local (bench/throughput.ts);
 *   3. cost per 1,000 requests in eu-west-1 (bench/cost.ts, using figure 1's cold init times).
 * Each runs in a process of its own (each starts its own local system, and the
 * handlers keep their runtime per process). The summary table at the end puts
 * each figure against its bound; the exit code is 1 when a bound is missed or a
 * part failed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { boundOf, type BundlesResult } from './bundles';
import type { CostResult } from './cost';
import type { ThroughputResult } from './throughput';
import { table } from './support';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'avg-bench-results-'));
const started = performance.now();

function part(script: string, resultFile: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    console.log(`\n${'='.repeat(100)}\n${script}\n${'='.repeat(100)}`);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env, BENCH_RESULT_FILE: resultFile },
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function read<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

try {
  const files = { bundles: join(dir, 'bundles.json'), throughput: join(dir, 'throughput.json'), cost: join(dir, 'cost.json') };
  const codes = {
    bundles: await part('bench/bundles.ts', files.bundles),
    throughput: await part('bench/throughput.ts', files.throughput),
    cost: await part('bench/cost.ts', files.cost, { BENCH_BUNDLES_RESULT: files.bundles }),
  };
  const bundles = read<BundlesResult>(files.bundles);
  const throughput = read<ThroughputResult>(files.throughput);
  const cost = read<CostResult>(files.cost);

  const rows: Array<Record<string, string>> = [];
  let failed = false;
  if (bundles) {
    const worstSize = bundles.rows.reduce((a, b) => (b.sizeRatio > a.sizeRatio ? b : a));
    const worstInit = bundles.rows.reduce((a, b) => (b.initRatio > a.initRatio ? b : a));
    // Each function against its own bound (bundles.ts, boundOf): the S3 client's, the letters', the portal's, beheer's, or 1.5.
    const sizeOver = bundles.rows.filter((row) => row.sizeRatio > boundOf(row.name));
    const initOver = bundles.rows.filter((row) => row.initRatio > boundOf(row.name));
    rows.push({
      figure: '1a bundle size / baseline',
      measured: `max ${worstSize.sizeRatio.toFixed(2)} (${worstSize.name}, ${(worstSize.bytes / 1024).toFixed(0)} KB vs ${(bundles.baseline.bytes / 1024).toFixed(0)} KB); ${sizeOver.length} of ${bundles.rows.length} functions over`,
      bound: `<= ${bundles.bound} per function, or its own`,
      holds: sizeOver.length === 0 ? 'yes' : 'NO',
    });
    rows.push({
      figure: '1b cold init / baseline',
      measured: `max ${worstInit.initRatio.toFixed(2)} (${worstInit.name}, ${worstInit.initMs.toFixed(0)} ms vs ${worstInit.baselineInitMs.toFixed(0)} ms); ${initOver.length} of ${bundles.rows.length} functions over`,
      bound: `<= ${bundles.bound} per function, or its own`,
      holds: initOver.length === 0 ? 'yes' : 'NO',
    });
    failed ||= !bundles.holds;
  } else {
    rows.push({ figure: '1 bundles and cold init', measured: `failed (exit ${codes.bundles})`, bound: '<= 1.5', holds: 'NO' });
    failed = true;
  }
  if (throughput) {
    rows.push({
      figure: '2 submit / PutItem throughput',
      measured: `${throughput.ratio.toFixed(3)} (${throughput.submit.rps.toFixed(1)} vs ${throughput.putItem.rps.toFixed(1)} req/s at ${throughput.concurrency} clients; p99 ${throughput.submit.p99.toFixed(0)} vs ${throughput.putItem.p99.toFixed(0)} ms${throughput.submit.errors ? `; ${throughput.submit.errors} submit errors` : ''})`,
      bound: `>= ${throughput.bound}`,
      holds: throughput.holds ? 'yes' : 'NO',
    });
    failed ||= !throughput.holds;
  } else {
    rows.push({ figure: '2 submit / PutItem throughput', measured: `failed (exit ${codes.throughput})`, bound: '>= 0.5', holds: 'NO' });
    failed = true;
  }
  if (cost) {
    rows.push({
      figure: '3 cost per 1,000 requests (eu-west-1)',
      measured: `$${cost.perThousandRequests.toFixed(2)} per 1,000 AVG requests (${cost.callsPerJourney} HTTP calls each: $${cost.perThousandHttpCalls.toFixed(3)} per 1,000 calls)`,
      bound: 'none set by the issue',
      holds: 'reported',
    });
  } else {
    rows.push({ figure: '3 cost per 1,000 requests', measured: `failed (exit ${codes.cost})`, bound: 'none set by the issue', holds: 'NO' });
    failed = true;
  }

  console.log(`\n${'='.repeat(100)}\nProof under load: all three figures measured in this run (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  console.log(table(rows));
  console.log(failed ? '\nAt least one bound is missed (or a part failed): exit code 1.' : '\nEvery bound holds.');
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
