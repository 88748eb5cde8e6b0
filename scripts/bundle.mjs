#!/usr/bin/env node
// Bundles the extension for VS Code: the client (dist/client.js, `vscode` left to the editor) and
// the language server (dist/server.js, with the catalog JSON inlined), both CommonJS for Node; and
// the same pair for VS Code for the Web: dist/browserClient.js (CommonJS, as the web worker
// extension host loads it) and dist/browserServer.js (a classic Worker script).
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

/**
 * In the browser bundles, the Node modules that shared code imports resolve to a module that
 * fails when called (the browser server reads no file through them), and the language server and
 * client libraries' `/node` entries to the packages' own entries, whose "browser" field names
 * their browser flavour.
 */
const browserResolution = {
  name: 'browser-resolution',
  setup(build) {
    const noNode = join(root, 'server', 'src', 'browser', 'noNodeBuiltins.ts');
    build.onResolve({ filter: /^node:(fs|path|url)$/ }, () => ({ path: noNode }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { 'vscode-languageserver/node': 'vscode-languageserver', 'vscode-languageclient/node': 'vscode-languageclient' },
  plugins: [browserResolution],
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] },
  { ...browser, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browserServer.js' },
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
