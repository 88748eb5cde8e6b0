/**
 * A small LSP client for tests: spawns the BUILT server (`node out/server/src/main.js --stdio`),
 * initializes it the way an editor does, and offers the few calls a test needs.
 *
 *   const client = await start();
 *   client.open(uri, text);
 *   const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
 *   const items = await client.request('textDocument/completion', { ... });
 *   await client.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { PROJECT_ROOT } from '../support/paths';

export const SERVER_MAIN = join(PROJECT_ROOT, 'out', 'server', 'src', 'main.js');

/** The diagnostics shape as published (kept loose: tests assert on it). */
export interface PublishedDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
  relatedInformation?: unknown[];
}

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: PublishedDiagnostic[];
}

export interface TextChange {
  /** Omit the range for a full-text change. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export interface StartOptions {
  /** The value the client answers for workspace/configuration section "imr". */
  settings?: unknown;
  /** Extra initialize capabilities, merged over the editor-like defaults. */
  capabilities?: Record<string, unknown>;
  /** Milliseconds a request may take before the test fails (default 20 s). */
  timeoutMs?: number;
  /** The workspace folder (a file: URI), sent as rootUri and the one workspace folder. */
  rootUri?: string;
}

interface Waiter {
  uri: string;
  predicate: (diagnostics: PublishedDiagnostic[], params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Capabilities of a typical editor (VS Code-like), enough for every feature of the server. */
export const EDITOR_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        resolveSupport: { properties: ['documentation', 'detail'] },
        insertReplaceSupport: true,
        labelDetailsSupport: true,
      },
      contextSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.fixAll.imr'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    definition: { linkSupport: false },
    documentHighlight: {},
    formatting: {},
    rangeFormatting: {},
  },
};

export class LspClient {
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  /** Everything the server logged (window/logMessage) and showed (window/showMessage). */
  readonly messages: { type: number; message: string }[] = [];
  /** The initialize result. */
  capabilities: Record<string, unknown> = {};
  /** What the client answers for workspace/configuration section "imr" (change it, then notify didChangeConfiguration). */
  settings: unknown = null;
  /** How many times the server asked the client to pull diagnostics again (workspace/diagnostic/refresh). */
  diagnosticRefreshes = 0;

  constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly timeoutMs: number,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri !== params.uri) continue;
        let ok = false;
        try {
          ok = waiter.predicate(params.diagnostics, params);
        } catch (error) {
          this.settle(waiter);
          waiter.reject(error as Error);
          continue;
        }
        if (ok) {
          this.settle(waiter);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => this.messages.push(p));
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    const i = this.waiters.indexOf(waiter);
    if (i >= 0) this.waiters.splice(i, 1);
  }

  /** didOpen with languageId "imr" and version 1 (or the one given). */
  open(uri: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version, text } });
  }

  /** didChange; `version` is the new version of the document. */
  change(uri: string, version: number, changes: TextChange[]): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  versionOf(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Sends a request; fails after the timeout instead of hanging the test run. */
  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.connection.sendRequest<R>(method, params).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String((error as { message?: string })?.message ?? error)));
        },
      );
    });
  }

  /** The last diagnostics published for a document, if any. */
  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri);
  }

  /**
   * Resolves with the first publication for `uri` whose diagnostics satisfy the predicate,
   * including the last one already received.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: PublishedDiagnostic[], params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = this.timeoutMs,
  ): Promise<PublishDiagnosticsParams> {
    const last = this.published.get(uri);
    if (last && predicate(last.diagnostics, last)) return Promise.resolve(last);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.settle(waiter);
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(this.published.get(uri)?.diagnostics.map((d) => d.code))})`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** shutdown + exit, then waits for the process to end (kills it if it does not). */
  async stop(): Promise<void> {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter);
      waiter.reject(new Error('client stopped'));
    }
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    const timer = setTimeout(() => this.process.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** Spawns the built server over stdio and completes initialize/initialized. */
export async function start(options: StartOptions = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new LspClient(child, connection, options.timeoutMs ?? 20_000);
  client.settings = options.settings ?? null;
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'imr' || item.section === undefined ? client.settings : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => {
    client.diagnosticRefreshes++;
    return null;
  });
  connection.listen();
  const exitedEarly = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before initialize: ${stderr}`))),
  );
  exitedEarly.catch(() => undefined);
  const capabilities = { ...EDITOR_CAPABILITIES, ...(options.capabilities ?? {}) };
  const result = await Promise.race([
    client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'imr-test-client', version: '0' },
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
      capabilities,
      initializationOptions: {},
    }),
    exitedEarly,
  ]);
  client.capabilities = result.capabilities;
  client.notify('initialized', {});
  return client;
}
