/** The workspace lint command: every .imr file of the workspace gets diagnostics, with $/progress. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ESI_ITEM, letter } from '../support/letters';
import { ProgressType } from 'vscode-jsonrpc';
import { start } from './client';

describe('LSP: imr.lintWorkspace', () => {
  it('lints the workspace\'s letters, publishes their findings and reports progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-workspace-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'clean.imr'), letter());
    writeFileSync(join(dir, 'sub', 'broken.imr'), letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    writeFileSync(join(dir, 'notes.txt'), 'not a letter');
    const client = await start({ rootUri: pathToFileURL(dir).toString(), capabilities: { window: { workDoneProgress: true } } });
    const progress: string[] = [];
    client.connection.onProgress(new ProgressType<{ kind: string }>(), 'lint-1', (value) => progress.push(value.kind));
    try {
      const summary = await client.request<{ files: number; errors: number; cancelled: boolean }>('workspace/executeCommand', {
        command: 'imr.lintWorkspace',
        arguments: [],
        workDoneToken: 'lint-1',
      });
      assert.deepEqual(summary, { files: 2, errors: 1, warnings: 0, cancelled: false });
      const broken = await client.waitForDiagnostics(pathToFileURL(join(dir, 'sub', 'broken.imr')).toString());
      assert.deepEqual(broken.diagnostics.map((d) => d.code), ['invalid-decision']);
      const clean = await client.waitForDiagnostics(pathToFileURL(join(dir, 'clean.imr')).toString());
      assert.deepEqual(clean.diagnostics, []);
      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');
      assert.ok(progress.includes('report'));
    } finally {
      await client.stop();
    }
  });
});
