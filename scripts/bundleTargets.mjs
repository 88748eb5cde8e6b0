// The extension's bundles, as esbuild options: the client (dist/client.js, `vscode` left to the
// editor) and the language server (dist/server.js, with the catalog JSON inlined), both CommonJS
// for Node; and the same pair for VS Code for the Web: dist/browserClient.js (CommonJS, as the web
// worker extension host loads it) and dist/browserServer.js (a classic Worker script).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The esbuild options of the four bundles (scripts/bundle.mjs builds them; a unit test builds the browser server). */
export function bundleTargets(minify = false) {
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

  return [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
    { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
    { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] },
    { ...browser, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browserServer.js' },
  ];
}
