/**
 * LSP wiring only: capabilities, the document store, when to lint, and which feature answers
 * which request. Every answer is computed by the core (through the store) or by features/.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Catalog } from './core/catalog/catalog';
import { CatalogError } from './core/catalog/load';
import { toDiagnostic } from './core/diagnostics';
import { DocumentStore } from './documentStore';
import { registerFeatures } from './features';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './workspaceLint';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const builtinCatalog = Catalog.load();
  let settings: Settings = DEFAULT_SETTINGS;
  let supportsConfiguration = false;
  // Nothing is linted before the editor's settings are known (onSave mode, rules switched off).
  let markReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (markReady = resolve));
  let firstLoad = true;
  const reported = new Set<string>();
  const timers = new Map<string, { timeout?: NodeJS.Timeout; immediate?: NodeJS.Immediate }>();

  const warnOnce = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.window.showWarningMessage(`IMR: ${message}`);
    connection.console.warn(message);
  };
  const store = new DocumentStore(builtinCatalog, {}, [], warnOnce);
  let watchesFiles = false;
  let workspaceFolders: string[] = [];

  connection.onInitialize((params): InitializeResult => {
    registerFeatures.setClientCapabilities(params.capabilities);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...registerFeatures.capabilities,
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imr-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (watchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.imrlintrc.json' }, { globPattern: '**/package.json' }],
      });
    }
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imr' });
      void refreshSettings();
    } else {
      firstLoad = false;
      markReady();
    }
  });

  async function refreshSettings(): Promise<void> {
    let raw: unknown = undefined;
    if (supportsConfiguration) {
      try {
        raw = await connection.workspace.getConfiguration('imr');
      } catch {
        raw = undefined;
      }
    }
    const { settings: next, problems } = readSettings(raw);
    for (const problem of problems) warnOnce(problem);
    let catalog = builtinCatalog;
    if (next.catalogs.length > 0) {
      try {
        catalog = Catalog.load(next.catalogs);
      } catch (error) {
        warnOnce(error instanceof CatalogError ? `a catalog file is invalid and was not loaded:\n${error.message}` : String(error));
      }
    }
    settings = next;
    store.reconfigure(catalog, settings.rules, settings.catalogs);
    if (firstLoad) {
      // Documents opened meanwhile are waiting on settingsReady; they lint now.
      firstLoad = false;
      markReady();
      return;
    }
    for (const document of documents.all()) publish(document);
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onRequest(ExecuteCommandRequest.type, async (params, token) => {
    if (params.command !== LINT_WORKSPACE_COMMAND) return null;
    // The client's own progress token when it sent one; otherwise one the server creates.
    const progress = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : await connection.window.createWorkDoneProgress();
    await settingsReady;
    return lintWorkspace(connection, documents, store, workspaceFolders, progress, token);
  });

  connection.onNotification('workspace/didChangeWorkspaceFolders', (params: { event: { added: { uri: string }[]; removed: { uri: string }[] } }) => {
    const removed = new Set(params.event.removed.map((f) => f.uri));
    workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...params.event.added.map((f) => f.uri)];
  });

  // A project configuration file changed: re-read it and re-lint what is open.
  connection.onDidChangeWatchedFiles(() => {
    store.configurationChanged();
    for (const document of documents.all()) schedule(document, true);
  });

  function publish(document: TextDocument): void {
    const version = document.version;
    const current = documents.get(document.uri);
    // A result for a version the editor has moved past is never sent.
    if (!current || current.version !== version) return;
    const limit = settings.lint.maxDocumentSizeMb * 1024 * 1024;
    if (document.getText().length > limit) {
      void connection.sendDiagnostics({
        uri: document.uri,
        version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 2,
            code: 'document-too-large',
            source: 'imr',
            message: `This document is larger than ${settings.lint.maxDocumentSizeMb} MB (imr.lint.maxDocumentSizeMb); it is not linted.`,
          },
        ],
      });
      return;
    }
    const analysis = store.analysisOf(document);
    for (const failure of analysis.failures) connection.console.error(`rule ${failure.ruleId} failed: ${failure.error}`);
    void connection.sendDiagnostics({
      uri: document.uri,
      version,
      diagnostics: analysis.findings.map((f) => toDiagnostic(f, analysis.model.lines, document.uri)),
    });
  }

  /**
   * Lints a document after the debounce. Even with no debounce the lint waits for the messages
   * already received (setImmediate runs after them): a flood of changes costs one lint of the
   * last version, not one per change.
   */
  function schedule(document: TextDocument, immediate: boolean): void {
    const uri = document.uri;
    const pending = timers.get(uri);
    if (pending) {
      clearTimeout(pending.timeout);
      if (pending.immediate) clearImmediate(pending.immediate);
    }
    const run = () => {
      timers.delete(uri);
      const latest = documents.get(uri);
      if (latest) publish(latest);
    };
    const delay = immediate ? 0 : settings.lint.debounceMs;
    timers.set(uri, delay === 0 ? { immediate: setImmediate(run) } : { timeout: setTimeout(run, delay) });
  }

  /** Runs after the first settings arrive; the document is read again then, at its latest version. */
  function whenReady(uri: string, action: (document: TextDocument) => void): void {
    const run = () => {
      const latest = documents.get(uri);
      if (latest) action(latest);
    };
    if (firstLoad) void settingsReady.then(run);
    else run();
  }

  // TextDocuments reports an open as a first content change: that one lints at once in either mode.
  const seen = new Set<string>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    const opened = !seen.has(uri);
    seen.add(uri);
    whenReady(uri, (document) => {
      if (opened) schedule(document, true);
      else if (settings.lint.run === 'onType') schedule(document, false);
    });
  });
  documents.onDidSave((event) => {
    whenReady(event.document.uri, (document) => {
      if (settings.lint.run === 'onSave') schedule(document, true);
    });
  });
  documents.onDidClose((event) => {
    seen.delete(event.document.uri);
    const pending = timers.get(event.document.uri);
    clearTimeout(pending?.timeout);
    if (pending?.immediate) clearImmediate(pending.immediate);
    timers.delete(event.document.uri);
    store.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  registerFeatures(connection, documents, store);
  documents.listen(connection);
  connection.listen();
}
