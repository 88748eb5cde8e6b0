/**
 * The pieces of the server that differ in a browser (VS Code for the Web): its bundle holds no
 * Node module, the workspace reads no project file and says so once, letters are decoded as on
 * the desktop without Node, and the client's answers for "Lint all determinations" are checked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { clientLetters } from '../../../server/src/browser/clientLetters';
import { FIND_LETTER_FILES, READ_LETTER_FILE } from '../../../server/src/browser/fileRequests';
import { decodeLetterBytes } from '../../../server/src/workspace/decodeLetterBytes';
import { readLetterFile } from '../../../server/src/workspace/letterFile';
import { noProjectFiles } from '../../../server/src/workspace/projectFiles';
import { Workspace } from '../../../server/src/workspace/workspace';
import { ESI_ITEM, letter } from '../../support/letters';
import { FIXTURES_DIR, PROJECT_ROOT } from '../../support/paths';

// The bundle's options are an ES module (scripts/*.mjs); this file compiles to CommonJS, where tsc
// would turn import() into require(): the import is made at run time instead.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

const doc = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

describe('the server in a browser', () => {
  it('its bundle (dist/browserServer.js) holds no Node module and no codec: it builds for the browser from the shared code', async () => {
    const { build } = await import('esbuild');
    const { bundleTargets } = (await importModule(pathToFileURL(join(PROJECT_ROOT, 'scripts', 'bundleTargets.mjs')).href)) as {
      bundleTargets: () => import('esbuild').BuildOptions[];
    };
    const target = bundleTargets().find((t) => t.outfile === 'dist/browserServer.js');
    assert.ok(target, 'scripts/bundleTargets.mjs has no browser server');
    const result = await build({ ...target, write: false, sourcemap: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    // Of iconv-lite only its table data (no codec, no Buffer).
    assert.deepEqual(
      inputs.filter((path) =>
        /iconv-lite(?!\/encodings\/sbcs-data-generated)|safer-buffer|vscode-languageserver\/lib\/node|vscode-jsonrpc\/lib\/node/.test(path),
      ),
      [],
    );
    assert.ok(inputs.some((path) => path.endsWith('server/src/browser/main.ts')));
    const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    assert.doesNotMatch(code, /\brequire\(\s*["'](node:)?(fs|path|url|child_process|worker_threads|net|os)["']\s*\)/);
  });

  it('reads no project file: imr.catalogs is said once to be unavailable, the built-in catalog lints; a .imrlintrc.json beside the letter does not apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-web-'));
    writeFileSync(join(dir, '.imrlintrc.json'), JSON.stringify({ rules: { 'invalid-decision': 'off' } }));
    const warnings: string[] = [];
    const workspace = new Workspace((m) => warnings.push(m), noProjectFiles('catalog and configuration files are not read here'));
    workspace.configure({ catalogs: [join(dir, 'extra.json')] });
    const uri = pathToFileURL(join(dir, 'a.imr')).toString();
    const snapshot = workspace.snapshot(doc(uri, 1, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] })));
    assert.ok(!snapshot.tooLarge);
    assert.deepEqual(
      snapshot.analysis.findings.map((f) => f.ruleId),
      ['invalid-decision'],
    );
    assert.ok(warnings.length >= 1);
    assert.deepEqual(
      [...new Set(warnings)],
      ['imr.catalogs: catalog and configuration files are not read here; the letters are linted with the built-in catalog'],
    );
  });

  it('decodes every encoding fixture to the text the desktop reads (UTF-8, UTF-16 with BOM, Windows-1252)', () => {
    const dir = join(FIXTURES_DIR, 'encodings');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 6);
    for (const file of files) assert.equal(decodeLetterBytes(readFileSync(join(dir, file))), readLetterFile(join(dir, file)).text, file);
  });
});

describe('the letters of the workspace, asked of the client', () => {
  function connection(answers: Record<string, (params: unknown) => unknown>): Connection {
    return { sendRequest: async (method: string, params: unknown) => answers[method](params) } as unknown as Connection;
  }

  it('keeps the .imr and .txt URIs the client found, sorted, outside hidden folders and node_modules; anything else is dropped', async () => {
    let asked: unknown;
    const letters = clientLetters(
      connection({
        [FIND_LETTER_FILES]: (params) => {
          asked = params;
          return [
            'vscode-vfs://github/o/r/b.imr',
            42,
            'vscode-vfs://github/o/r/.git/x.imr',
            'vscode-vfs://github/o/r/node_modules/p/y.txt',
            'vscode-vfs://github/o/r/a%20b.TXT',
            'vscode-vfs://github/o/r/notes.md',
          ];
        },
      }),
    );
    assert.deepEqual(await letters.find(['vscode-vfs://github/o/r']), ['vscode-vfs://github/o/r/a%20b.TXT', 'vscode-vfs://github/o/r/b.imr']);
    assert.deepEqual(asked, { folders: ['vscode-vfs://github/o/r'] });
    assert.deepEqual(await clientLetters(connection({ [FIND_LETTER_FILES]: () => ({ not: 'a list' }) })).find([]), []);
  });

  it('decodes the bytes the client read, in their own encoding; an answer without them is an error, not a letter', async () => {
    const windows1252 = Buffer.from([0x43, 0x61, 0x73, 0x65, 0x20, 0x92, 0x0a]);
    const letters = clientLetters(connection({ [READ_LETTER_FILE]: () => ({ base64: windows1252.toString('base64') }) }));
    assert.equal(await letters.read('vscode-vfs://github/o/r/a.txt'), 'Case \u2019\n');
    await assert.rejects(clientLetters(connection({ [READ_LETTER_FILE]: () => ({ text: 'x' }) })).read('vscode-vfs://github/o/r/a.txt'), /no content/);
  });
});
