import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tableDesign } from '#adapters/table-design';
import { functionEntries } from '../../bench/bundles';
import { type FunctionName, functionPermissions } from '../../infra/aws/permissions';

const INDEX_NAMES = new Set<string>(tableDesign.globalSecondaryIndexes.map((index) => index.indexName));

/** The index names a function's bundle holds as string literals: what esbuild keeps after tree-shaking is what it can query. */
async function indexesInBundle(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node22', write: false, logLevel: 'silent' });
  const text = result.outputFiles[0]!.text;
  return [...new Set([...text.matchAll(/["'`](GSI\d+)["'`]/g)].map((match) => match[1]!))].filter((name) => INDEX_NAMES.has(name)).sort();
}

/**
 * Index names a bundle carries in code it never runs, each with why. The stream consumer shares the
 * delivery object with the poller (adapters/mail-delivery.ts) but is handed its items by the stream:
 * it never calls `deliverPending`, the one place that queries GSI3.
 */
const CARRIED_NOT_QUERIED: Partial<Record<string, string[]>> = { 'outbox-stream': ['GSI3'] };

describe('index permissions', () => {
  // A function whose code queries an index it has no right to fails in AWS only, with AccessDenied:
  // portal-pages read GSI2 and GSI4 for Alle verzoeken long before it was allowed to.
  it('allow every function exactly the indexes its own code queries', async () => {
    const mismatches: string[] = [];
    for (const [name, entry] of Object.entries(functionEntries())) {
      const used = (await indexesInBundle(entry)).filter((index) => !(CARRIED_NOT_QUERIED[name] ?? []).includes(index));
      const allowed = [...(functionPermissions[name as FunctionName]?.queryIndexes ?? [])].sort();
      if (JSON.stringify(used) !== JSON.stringify(allowed)) mismatches.push(`${name}: bundle queries [${used.join(', ')}], allowed [${allowed.join(', ')}]`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
