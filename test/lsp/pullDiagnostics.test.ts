/**
 * The built server for a client that pulls diagnostics (LSP 3.17, as VS Code does): a result id
 * that changes only with the findings, "unchanged" for a client that holds them, a pull that waits
 * for the lint typing made due, and a refresh when new settings change what is found.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ESI_ITEM, letter } from '../support/letters';
import { EDITOR_CAPABILITIES, start, type LspClient, type PublishedDiagnostic, type StartOptions } from './client';

/** What VS Code declares: it pulls, and it pulls again when the server asks. */
const PULLING = {
  textDocument: { ...EDITOR_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...EDITOR_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
};

type Report = { kind: 'full'; resultId?: string; items: PublishedDiagnostic[] } | { kind: 'unchanged'; resultId: string };

function pull(client: LspClient, uri: string, previousResultId?: string): Promise<Report> {
  return client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
}

function codes(report: Report): (string | number | undefined)[] {
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items.map((d) => d.code) : [];
}

/** The text with its first `from` replaced by `to`, as one incremental change. */
function replaceOnce(client: LspClient, uri: string, text: string, from: string, to: string): string {
  const offset = text.indexOf(from);
  assert.ok(offset >= 0, `"${from}" is in the letter`);
  const lines = text.slice(0, offset).split('\n');
  const start = { line: lines.length - 1, character: lines[lines.length - 1].length };
  client.change(uri, (client.versionOf(uri) ?? 1) + 1, [{ range: { start, end: { line: start.line, character: start.character + from.length } }, text: to }]);
  return text.slice(0, offset) + to + text.slice(offset + from.length);
}

const CLEAN = letter();
/** A letter whose one finding is invalid-decision ("Uphled"). */
const BROKEN = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });

describe('LSP pull diagnostics (spawned server, stdio)', () => {
  let client: LspClient;
  const startPulling = (options: StartOptions = {}) => start({ settings: { lint: { debounceMs: 0 } }, ...options, capabilities: PULLING });
  before(async () => {
    client = await startPulling();
  });
  after(async () => {
    await client.stop();
  });

  it('offers pull diagnostics to a client that pulls, and pushes them to one that does not', async () => {
    assert.deepEqual(client.capabilities.diagnosticProvider, { identifier: 'imr', interFileDependencies: false, workspaceDiagnostics: false });
    const pushed = await start({ settings: { lint: { debounceMs: 0 } } });
    try {
      assert.equal(pushed.capabilities.diagnosticProvider, undefined);
      pushed.open('file:///pull/pushed.imr', BROKEN);
      const published = await pushed.waitForDiagnostics('file:///pull/pushed.imr');
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['invalid-decision'],
      );
    } finally {
      await pushed.stop();
    }
  });

  it('answers the pull after an open with the findings, and publishes nothing for the open letter', async () => {
    const uri = 'file:///pull/opened.imr';
    client.open(uri, BROKEN);
    const report = await pull(client, uri);
    assert.deepEqual(codes(report), ['invalid-decision']);
    assert.ok(report.resultId);
    assert.equal(client.lastDiagnostics(uri), undefined, 'diagnostics were pushed to a client that pulls');
  });

  it("answers a pull sent before the letter's didOpen with the open's lint (VS Code pulls the letters already open when the server starts)", async () => {
    const uri = 'file:///pull/early.imr';
    const early = pull(client, uri);
    client.open(uri, BROKEN);
    assert.deepEqual(codes(await early), ['invalid-decision']);
  });

  it('answers "unchanged" while an edit leaves the findings as they were, in full with a new id when they change', async () => {
    const uri = 'file:///pull/typing.imr';
    client.open(uri, CLEAN);
    const first = await pull(client, uri);
    assert.deepEqual(codes(first), []);
    // A space typed at the end of the letter changes no finding.
    let text = `${CLEAN} `;
    const lines = CLEAN.split('\n');
    client.change(uri, 2, [
      {
        range: {
          start: { line: lines.length - 1, character: lines[lines.length - 1].length },
          end: { line: lines.length - 1, character: lines[lines.length - 1].length },
        },
        text: ' ',
      },
    ]);
    const same = await pull(client, uri, first.resultId);
    assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });

    text = replaceOnce(client, uri, text, ': Upheld', ': Uphled');
    const broken = await pull(client, uri, first.resultId);
    assert.deepEqual(codes(broken), ['invalid-decision']);
    assert.notEqual(broken.resultId, first.resultId);
    assert.deepEqual(await pull(client, uri, broken.resultId), { kind: 'unchanged', resultId: broken.resultId });
    // A client that holds an older id, or none, gets the whole list.
    assert.deepEqual(codes(await pull(client, uri, first.resultId)), ['invalid-decision']);
    assert.deepEqual(codes(await pull(client, uri)), ['invalid-decision']);

    replaceOnce(client, uri, text, ': Uphled', ': Upheld');
    assert.deepEqual(codes(await pull(client, uri, broken.resultId)), []);
  });

  it('answers a pull sent while typing waits out its debounce with the lint of the latest version', async () => {
    const slow = await startPulling({ settings: { lint: { debounceMs: 300 } } });
    try {
      const uri = 'file:///pull/debounced.imr';
      slow.open(uri, CLEAN);
      const first = await pull(slow, uri);
      assert.deepEqual(codes(first), []);
      replaceOnce(slow, uri, CLEAN, ': Upheld', ': Uphled');
      // Sent at once, before the debounce has run out: answered by the lint it makes due, not the one before.
      assert.deepEqual(codes(await pull(slow, uri, first.resultId)), ['invalid-decision']);
    } finally {
      await slow.stop();
    }
  });

  it('asks the client to pull again when new settings re-lint the open letters, and answers that pull in full', async () => {
    const uri = 'file:///pull/settings.imr';
    client.open(uri, BROKEN);
    const before = await pull(client, uri);
    assert.equal(before.kind === 'full' && before.items[0].severity, 1);
    const refreshes = client.diagnosticRefreshes;
    client.settings = { lint: { debounceMs: 0 }, rules: { 'invalid-decision': 'warning' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 10_000;
    while (client.diagnosticRefreshes === refreshes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(client.diagnosticRefreshes > refreshes, 'no workspace/diagnostic/refresh after the settings changed');
    const after = await pull(client, uri, before.resultId);
    assert.equal(after.kind, 'full');
    assert.equal(after.kind === 'full' && after.items[0].severity, 2);
    // Settings that change nothing this letter shows are answered in full too: the client learns they are in force.
    const renewed = client.diagnosticRefreshes;
    client.settings = { lint: { debounceMs: 0 }, rules: { 'invalid-decision': 'warning', 'possible-phi': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    while (client.diagnosticRefreshes === renewed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const again = await pull(client, uri, after.resultId);
    assert.equal(again.kind, 'full');
    assert.notEqual(again.resultId, after.resultId);
    client.settings = { lint: { debounceMs: 0 } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
  });

  it('clears what the workspace lint published for a closed letter when that letter is opened and pulled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-pull-workspace-'));
    const file = join(dir, 'broken.imr');
    const text = BROKEN;
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const workspace = await startPulling({ rootUri: pathToFileURL(dir).toString() });
    try {
      await workspace.request('workspace/executeCommand', { command: 'imr.lintWorkspace', arguments: [] });
      assert.deepEqual(
        (await workspace.waitForDiagnostics(uri)).diagnostics.map((d) => d.code),
        ['invalid-decision'],
      );
      workspace.open(uri, text);
      await workspace.waitForDiagnostics(uri, (d) => d.length === 0);
      assert.deepEqual(codes(await pull(workspace, uri)), ['invalid-decision']);
    } finally {
      await workspace.stop();
    }
  });
});
