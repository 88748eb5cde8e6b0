#!/usr/bin/env node
// Bundles the real-editor suite (test/vscode/suite) for a browser's web worker extension host:
// out/vscode-test/web/suite.js, CommonJS (`run()` exported, as the extension host loads it),
// `vscode` left to the editor. The test files are the Node run's, unchanged: node:assert/strict
// resolves to test/vscode/web/strictAssert.ts, and Node's file modules (reached by shared code,
// never called) to the browser server's stand-in.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const suiteDir = join(root, 'test', 'vscode', 'suite');

const webSuite = {
  name: 'web-suite',
  setup(build) {
    build.onResolve({ filter: /^imr:suite-files$/ }, () => ({ path: 'suite-files', namespace: 'imr' }));
    build.onLoad({ filter: /.*/, namespace: 'imr' }, () => {
      const files = readdirSync(suiteDir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort();
      const requires = files.map((f) => `  require(${JSON.stringify(join(suiteDir, f))});`).join('\n');
      return { contents: `export function loadSuiteFiles() {\n${requires}\n}\n`, resolveDir: suiteDir, loader: 'js' };
    });
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: join(root, 'test', 'vscode', 'web', 'strictAssert.ts') }));
    build.onResolve({ filter: /^node:(fs|path|url)$/ }, () => ({ path: join(root, 'server', 'src', 'browser', 'noNodeBuiltins.ts') }));
  },
};

const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['test/vscode/web/index.ts'],
  outfile: 'out/vscode-test/web/suite.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  loader: { '.json': 'json' },
  metafile: true,
  plugins: [webSuite],
});
const bytes = result.metafile.outputs['out/vscode-test/web/suite.js']?.bytes ?? 0;
console.log(`bundle-web-suite: out/vscode-test/web/suite.js ${Math.round(bytes / 1024)} KiB in ${Date.now() - started} ms`);
