#!/usr/bin/env node
// Bundles the extension (the four bundles of scripts/bundleTargets.mjs: desktop and web, client
// and server). `--watch` rebuilds on change; `--minify` is used when packaging.
import { build, context } from 'esbuild';
import { bundleTargets } from './bundleTargets.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const targets = bundleTargets(minify);

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  console.log('bundle: watching client and server');
} else {
  const started = Date.now();
  const results = await Promise.all(targets.map((options) => build({ ...options, metafile: true })));
  const sizes = results.map((r, i) => {
    const out = r.metafile.outputs[targets[i].outfile];
    return `${targets[i].outfile} ${Math.round(out.bytes / 1024)} KiB`;
  });
  console.log(`bundle: ${sizes.join(', ')} in ${Date.now() - started} ms`);
}
