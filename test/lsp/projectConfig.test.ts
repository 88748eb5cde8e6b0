/** The server follows a document's .imrlintrc.json; the editor's rule settings win over the file's. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ESI_ITEM, letter } from '../support/letters';
import { start } from './client';

describe('LSP: project configuration', () => {
  it("applies the file's rules and suppressions, lets settings override rules, and re-reads it when it changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-lsp-config-'));
    const config = join(dir, '.imrlintrc.json');
    writeFileSync(
      config,
      JSON.stringify({
        rules: { 'invalid-decision': 'warning', 'missing-rationale': 'off' },
        suppressions: [{ rule: 'unknown-citation', item: 'Second request', reason: 'accepted' }],
      }),
    );
    const file = join(dir, 'letter.imr');
    const text = letter({
      items: [
        { ...ESI_ITEM, decision: 'Uphled' },
        { ...ESI_ITEM, title: 'Second request', maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care.', rationale: null },
      ],
    });
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const client = await start({
      settings: { lint: { debounceMs: 0 }, rules: { 'missing-rationale': 'error' } },
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    try {
      client.open(uri, text);
      const first = await client.waitForDiagnostics(uri);
      assert.deepEqual(
        first.diagnostics.map((d) => [d.code, d.severity]),
        [
          ['invalid-decision', 2],
          ['missing-rationale', 1],
        ],
      );
      writeFileSync(config, JSON.stringify({}));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
      const second = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-citation'));
      assert.deepEqual(
        second.diagnostics.map((d) => [d.code, d.severity]).sort(),
        [
          ['invalid-decision', 1],
          ['missing-rationale', 1],
          ['unknown-citation', 2],
        ].sort(),
      );
    } finally {
      await client.stop();
    }
  });
});
