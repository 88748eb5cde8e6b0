#!/usr/bin/env node
// Bundles the extension for VS Code: the client (dist/client.js, `vscode` left to the editor) and
// the language server (dist/server.js, with the catalog JSON inlined), both CommonJS for Node.
// `--watch` rebuilds on change; `--minify` is used when packaging.
import { build, context } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  sourcesContent: false,
  minify,
  logLevel: 'warning',
  loader: { '.json': 'json' },
  absWorkingDir: root,
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
];

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
