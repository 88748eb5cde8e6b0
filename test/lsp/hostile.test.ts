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
    for (const position of [
      { line: 10_000, character: 0 },
      { line: 3, character: 10_000 },
      { line: 0, character: 0 },
    ]) {
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
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      'versions never go backwards',
    );
    await flooded.stop();
  });

  it('answers RequestCancelled (-32800) to a cancelled request: outline and formatting, completion and hover on a large letter', async () => {
    const small = 'file:///hostile/cancel.imr';
    const large = 'file:///hostile/cancel-large.imr';
    client.open(small, letter());
    client.open(large, generateLetter(400_000));
    await client.waitForDiagnostics(small);
    await client.waitForDiagnostics(large);
    const position = { line: 40, character: 20 };
    const requests: [string, unknown][] = [
      ['textDocument/documentSymbol', { textDocument: { uri: small } }],
      ['textDocument/formatting', { textDocument: { uri: small }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/completion', { textDocument: { uri: large }, position }],
      ['textDocument/hover', { textDocument: { uri: large }, position }],
    ];
    for (const [index, [method, params]] of requests.entries()) {
      const answer = await requestCancelledInOneWrite(client, `cancelled-${index}`, method, params);
      assert.equal(answer.error?.code, -32800, `${method} was answered although cancelled: ${JSON.stringify(answer).slice(0, 200)}`);
    }
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
    assert.ok(symbols.length > 0, 'still answering');
  });

  it('gives a document over the size limit one clear diagnostic instead of a lint', async () => {
    const uri = 'file:///hostile/huge.imr';
    client.open(uri, generateLetter(1_200_000));
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['document-too-large'],
    );
    assert.match(published.diagnostics[0].message, /larger than 1 MB/);
    // No feature analyses it either: the outline, hover, completion, folding and formatting answer nothing.
    const textDocument = { uri };
    const position = { line: 40, character: 20 };
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.equal(await client.request('textDocument/completion', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument }), []);
    assert.equal(await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }), null);
  });

  it('survives a request with malformed parameters', async () => {
    // Either an error answer or an empty one; what matters is the next request.
    await client.request('textDocument/hover', { nonsense: true }).catch(() => undefined);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///hostile/cancel.imr' } });
    assert.ok(symbols.length > 0);
  });
});

/** One LSP message as it goes over the wire. */
function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/**
 * Sends a request and its $/cancelRequest to the server in one write, so that the server holds
 * the cancellation before it answers, every time (through the client library the two go out as
 * separate writes, and a fast answer can slip between them): a result then means the server
 * ignored its token. Reads the answer off the server's output.
 */
function requestCancelledInOneWrite(client: LspClient, id: string, method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number } }> {
  const output = client.process.stdout!;
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const timer = setTimeout(() => {
      output.off('data', onData);
      reject(new Error(`no answer to ${method} (${id})`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const headerEnd = buffered.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffered.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (buffered.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffered.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
          id?: unknown;
          result?: unknown;
          error?: { code: number };
        };
        buffered = buffered.subarray(headerEnd + 4 + length);
        if (message.id === id) {
          clearTimeout(timer);
          output.off('data', onData);
          resolve(message);
          return;
        }
      }
    };
    output.on('data', onData);
    client.process.stdin!.write(
      Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]),
    );
  });
}
