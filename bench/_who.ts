import * as esbuild from 'esbuild';
import { bundlingOptions } from '#infra/aws/functions';
import { esbuildOptions, functionEntries } from './bundles';
await esbuild.build({
  ...esbuildOptions(bundlingOptions),
  minify: false,
  entryPoints: [functionEntries()[process.argv[2] ?? 'portal-pages']!],
  outfile: '/tmp/who.mjs',
  metafile: true,
  write: true,
} as never);
