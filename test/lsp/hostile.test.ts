/**
 * A hostile or careless client: requests for documents never opened, positions past the end,
 * versions out of order, a flood of changes, cancelled requests, a document over the size limit.
 * The server answers each sensibly, never crashes, and never publishes a stale result.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateLetter } from '../../bench/generateLetter';
import { ESI_ITEM, letter } from '../support/letters';
import { start, type LspClient } from './client';

describe('LSP: hostile clients', () => {
  let client: LspClient;
  before(async () => {
    client = await start({ settings: { lint: { debounceMs: 0, maxDocumentSizeMb: 1 } } });
  });
  after(async () => {
    await client.stop();
  });

  it('answers requests about a document it never saw with empty results', async () => {
    const textDocument = { uri: 'file:///never/opened.imr' };
    const position = { line: 3, character: 4 };
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    const completion = await client.request<unknown>('textDocument/completion', { textDocument, position });
    assert.ok(completion === null || (Array.isArray(completion) && completion.length === 0) || (completion as { items: unknown[] }).items.length === 0);
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument });
    assert.ok(symbols === null || symbols.length === 0);
    const formatting = await client.request<unknown[] | null>('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(formatting === null || formatting.length === 0);
  });

  it('answers positions past the end of the document without failing', async () => {
    const uri = 'file:///hostile/positions.imr';
    client.open(uri, letter());
    await client.waitForDiagnostics(uri);
    for (const position of [{ line: 10_000, character: 0 }, { line: 3, character: 10_000 }, { line: 0, character: 0 }]) {
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      await client.request('textDocument/definition', { textDocument: { uri }, position });
    }
    const actions = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 9_000, character: 0 }, end: { line: 9_999, character: 5 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
  });

  it('after a flood of changes publishes the last version, and only versions that were current', async () => {
    // With the default debounce (the user's protection against a flood); debounce 0 means "lint every version".
    const flooded = await start({ settings: {} });
    const uri = 'file:///hostile/flood.imr';
    const text = letter({ items: [ESI_ITEM] });
    flooded.open(uri, text);
    await flooded.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    const versions: number[] = [];
    const line = text.split('\n').findIndex((l) => l.endsWith(': Upheld'));
    for (let v = 2; v <= 301; v++) {
      flooded.change(uri, v, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    }
    // The predicate sees every publication for the document: record the versions on the way.
    const last = await flooded.waitForDiagnostics(uri, (_d, p) => {
      if (p.version !== undefined && p.version > 1) versions.push(p.version);
      return p.version === 301;
    });
    assert.equal(last.version, 301);
    assert.ok(versions.length < 300, `the flood was coalesced (${versions.length} publications)`);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions never go backwards');
    await flooded.stop();
  });

  it('honours $/cancelRequest: a cancelled request ends, the server stays up', async () => {
    const uri = 'file:///hostile/cancel.imr';
    client.open(uri, letter());
    await client.waitForDiagnostics(uri);
    const { CancellationTokenSource } = await import('vscode-jsonrpc');
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    await pending.then(
      () => undefined,
      (error: { code?: number }) => assert.equal(error.code, -32800),
    );
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'still answering');
  });

  it('gives a document over the size limit one clear diagnostic instead of a lint', async () => {
    const uri = 'file:///hostile/huge.imr';
    client.open(uri, generateLetter(1_200_000));
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['document-too-large']);
    assert.match(published.diagnostics[0].message, /larger than 1 MB/);
  });

  it('survives a request with malformed parameters', async () => {
    // Either an error answer or an empty one; what matters is the next request.
    await client.request('textDocument/hover', { nonsense: true }).catch(() => undefined);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///hostile/cancel.imr' } });
    assert.ok(symbols.length > 0);
  });
});
