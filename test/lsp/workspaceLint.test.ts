/** The workspace lint command: every .imr file of the workspace gets diagnostics, with $/progress. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ESI_ITEM, letter } from '../support/letters';
import { FIXTURES_DIR } from '../support/paths';
import { ProgressType } from 'vscode-jsonrpc';
import { start } from './client';

describe('LSP: imr.lintWorkspace', () => {
  it("lints the workspace's letters, publishes their findings and reports progress", async () => {
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
      assert.deepEqual(
        broken.diagnostics.map((d) => d.code),
        ['invalid-decision'],
      );
      const clean = await client.waitForDiagnostics(pathToFileURL(join(dir, 'clean.imr')).toString());
      assert.deepEqual(clean.diagnostics, []);
      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');
      assert.ok(progress.includes('report'));
    } finally {
      await client.stop();
    }
  });

  it('reads each letter file in its own encoding (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-workspace-encodings-'));
    const encodings = join(FIXTURES_DIR, 'encodings');
    const names = readdirSync(encodings).filter((f) => f.endsWith('.txt'));
    for (const name of names) copyFileSync(join(encodings, name), join(dir, name));
    const client = await start({ rootUri: pathToFileURL(dir).toString() });
    try {
      const summary = await client.request<{ files: number; errors: number }>('workspace/executeCommand', { command: 'imr.lintWorkspace', arguments: [] });
      assert.deepEqual(summary, { files: names.length, errors: names.length, warnings: 0, cancelled: false });
      for (const name of names) {
        const published = await client.waitForDiagnostics(pathToFileURL(join(dir, name)).toString());
        assert.deepEqual(
          published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
          [['invalid-decision', 33, 54]],
          name,
        );
      }
    } finally {
      await client.stop();
    }
  });
});
