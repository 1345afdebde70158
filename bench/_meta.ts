import * as esbuild from 'esbuild';
import { functionEntries } from './bundles';
import { bundlingOptions } from '#infra/aws/functions';
import { esbuildOptions } from './bundles';
const only = process.argv[2];
for (const [name, entry] of Object.entries(functionEntries())) {
  if (only && name !== only && only !== 'all') continue;
  const result = await esbuild.build({
    ...(esbuildOptions as any)(bundlingOptions),
    entryPoints: [entry],
    outfile: `/tmp/meta/${name}.mjs`,
    metafile: true,
    write: true,
  });
  const out = Object.values(result.metafile!.outputs).find((o) => o.entryPoint);
  console.log(name, out?.bytes);
  if (only && only !== 'all') {
    const inputs = Object.entries(out!.inputs)
      .filter(([f]) => (process.env.APP ? !f.startsWith('node_modules') : true))
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 60);
    console.log(
      'app total',
      Object.entries(out!.inputs)
        .filter(([f]) => !f.startsWith('node_modules'))
        .reduce((t, [, i]) => t + i.bytesInOutput, 0),
    );
    for (const [file, info] of inputs) console.log('  ', info.bytesInOutput, file);
  }
}
