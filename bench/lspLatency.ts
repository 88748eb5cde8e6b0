/**
 * Latency of a language server as an editor sees it, over stdio: open-to-first-diagnostics,
 * per-keystroke edit-to-diagnostics (incremental sync, one character at a time at several
 * places), completion and hover round trips, and the server's peak RSS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { percentile } from './stats';
import { typingPlaces, type Position } from './typingPlaces';

export interface Sample {
  median: number;
  p95: number;
}

export interface DocumentFigures {
  open: Sample;
  keystroke: Sample;
  completion: Sample;
  hover: Sample;
}

export class BenchClient {
  private readonly waiters = new Map<string, { version: number; resolve: () => void }>();
  /** The server offers pull diagnostics (to this client, when it declares it pulls): opens and edits are then timed to the pull's answer. */
  private pulls = false;
  /** The result id of each document's last pulled report, sent with the next pull. */
  private readonly resultIds = new Map<string, string | undefined>();
  /** From spawning the server to its answer to initialize (its start, with whatever it does before the first document). */
  initializeMs = 0;
  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
      const waiter = this.waiters.get(p.uri);
      if (waiter && (p.version === undefined || p.version >= waiter.version)) {
        this.waiters.delete(p.uri);
        waiter.resolve();
      }
    });
  }

  /** `pull`: declare pull diagnostics, as Neovim 0.10 does (a server that offers them is then pulled); the extension's client does not. */
  static async start(main: string, settings: unknown, initializationOptions?: unknown, pull = false): Promise<BenchClient> {
    const spawned = process.hrtime.bigint();
    const child = spawn(process.execPath, [main, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const client = new BenchClient(child, connection);
    const result = await connection.sendRequest<{ capabilities: { diagnosticProvider?: unknown } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true },
        // What the extension's client declares for diagnostics: the server sends related places and fix data to such a client.
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    client.initializeMs = Number(process.hrtime.bigint() - spawned) / 1e6;
    client.pulls = result.capabilities.diagnosticProvider !== undefined;
    void connection.sendNotification('initialized', {});
    // Let the server fetch its settings before timing anything.
    await new Promise((r) => setTimeout(r, 300));
    return client;
  }

  private diagnostics(uri: string, version: number): Promise<void> {
    return new Promise((resolve) => this.waiters.set(uri, { version, resolve }));
  }

  /** The answer to a pull of the document's diagnostics, sent now (after the change it follows), with the result id the client holds. */
  private pulled(uri: string): Promise<void> {
    return this.connection
      .sendRequest<{ resultId?: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: this.resultIds.get(uri) })
      .then((report) => void this.resultIds.set(uri, report.resultId));
  }

  async open(uri: string, text: string): Promise<number> {
    const started = process.hrtime.bigint();
    this.resultIds.delete(uri);
    const pushed = this.pulls ? undefined : this.diagnostics(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text } });
    await (pushed ?? this.pulled(uri));
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  /** One incremental change; resolves with the time until that version's diagnostics arrive. */
  async edit(uri: string, version: number, range: { start: Position; end: Position }, text: string): Promise<number> {
    const started = process.hrtime.bigint();
    const pushed = this.pulls ? undefined : this.diagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    await (pushed ?? this.pulled(uri));
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  async request(method: string, params: unknown): Promise<number> {
    const started = process.hrtime.bigint();
    await this.connection.sendRequest(method, params);
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Peak resident set size of the server process, from /proc (Linux). */
  peakRssMb(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) / 1024 : Number.NaN;
    } catch {
      return Number.NaN;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // gone already
    }
    setTimeout(() => this.child.kill(), 1000).unref();
  }
}

function sample(values: number[]): Sample {
  return { median: percentile(values, 50), p95: percentile(values, 95) };
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Where completion and hover are asked: inside the first MAXIMUS line, else the first line. */
function featurePosition(text: string): Position {
  const at = text.indexOf('MAXIMUS guideline:');
  return positionOf(text, at >= 0 ? at + 'MAXIMUS guideline: Decision based on MTUS '.length : 0);
}

/**
 * `count` keystrokes into an open document (version 1): a space typed at the end of a line, then
 * taken back, place after place, so that the text keeps its size. Returns each one's latency.
 */
export async function typeAt(client: BenchClient, uri: string, places: readonly Position[], count: number): Promise<number[]> {
  const times: number[] = [];
  let version = 1;
  for (let i = 0; times.length < count; i++) {
    const place = places[i % places.length];
    times.push(await client.edit(uri, ++version, { start: place, end: place }, ' '));
    times.push(await client.edit(uri, ++version, { start: place, end: { line: place.line, character: place.character + 1 } }, ''));
  }
  return times;
}

export async function measureDocument(client: BenchClient, name: string, text: string, rounds: number): Promise<DocumentFigures> {
  const open: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const uri = `file:///bench/${name}-${r}.imr`;
    open.push(await client.open(uri, text));
    client.close(uri);
  }
  const uri = `file:///bench/${name}-typing.imr`;
  await client.open(uri, text);
  const keystroke = await typeAt(client, uri, typingPlaces(text, 8), rounds * 16);
  const position = featurePosition(text);
  const completion: number[] = [];
  const hover: number[] = [];
  for (let r = 0; r < rounds * 4; r++) {
    completion.push(await client.request('textDocument/completion', { textDocument: { uri }, position }));
    hover.push(await client.request('textDocument/hover', { textDocument: { uri }, position }));
  }
  client.close(uri);
  return { open: sample(open), keystroke: sample(keystroke), completion: sample(completion), hover: sample(hover) };
}
