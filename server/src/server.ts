/**
 * LSP wiring only: capabilities, the open documents, and which part answers which message. The
 * workspace (workspace/) owns settings, configuration, catalogs, the size policy and the
 * snapshots; the lint scheduler decides when to lint; features/ answer the requests.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticReports, sameJson } from './diagnosticReports';
import { registerFeatures } from './features';
import type { LetterSource } from './workspace/letterSource';
import { LintScheduler, type LintReason } from './workspace/lintScheduler';
import type { ProjectFiles } from './workspace/projectFiles';
import { snapshotDiagnostics } from './workspace/snapshotDiagnostics';
import { VERSION } from './version';
import { warmUpWhileIdle } from './workspace/warmUp';
import { Workspace } from './workspace/workspace';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './workspaceLint';

/** What differs between the hosts the server runs in (Node, a browser's Worker): how files are reached. */
export interface ServerHost {
  /** The project configuration and extra catalog files this host can read. */
  readonly projectFiles: ProjectFiles;
  /** Where "Lint all determinations" finds and reads the letters. */
  readonly letters: (connection: Connection) => LetterSource;
  /** A full garbage collection, where the host can run one: after the warm-up, before the first letter. */
  readonly collectGarbage?: () => void;
}

/** How long a pull for a letter the server has not seen open waits for its didOpen before it is answered empty. */
const OPEN_WAIT_MS = 2000;

/**
 * The longest a pull waits for the lint that is due: more than the longest debounce (10 s) and a
 * letter at the size limit; a pull is answered (with the latest report) even if that lint never comes.
 */
const LINT_WAIT_MS = 60_000;

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let supportsConfiguration = false;
  // Nothing is linted before the editor's settings are known (onSave mode, rules switched off).
  let markReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (markReady = resolve));
  let firstLoad = true;
  const reported = new Set<string>();

  const warnOnce = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.window.showWarningMessage(`IMR: ${message}`);
    connection.console.warn(message);
  };
  const workspace = new Workspace(warnOnce, host.projectFiles);
  const letters = host.letters(connection);
  const scheduler = new LintScheduler({
    versionOf: (uri) => documents.get(uri)?.version,
    lint: (uri, version, reason) => publish(uri, version, reason),
    settings: () => workspace.settings.lint,
  });
  let watchesFiles = false;
  let workspaceFolders: string[] = [];
  // Related places go only to a client that declares it accepts them (the protocol's publishDiagnostics capability).
  let sendsRelated = false;
  // A client that pulls diagnostics (LSP 3.17) is answered from these; one that does not is sent them.
  let pulled: DiagnosticReports | undefined;
  let refreshesPulled = false;
  // Closed letters the workspace lint published diagnostics for: a pulling client, when it opens one, has them cleared.
  const publishedWhileClosed = new Set<string>();
  // Which settings (editor settings, configuration files) pulled diagnostics were found under.
  let settingsGeneration = 0;

  connection.onInitialize((params): InitializeResult => {
    registerFeatures.setClientCapabilities(params.capabilities);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    sendsRelated = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    pulled = params.capabilities.textDocument?.diagnostic ? new DiagnosticReports() : undefined;
    refreshesPulled = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    // The built-in catalog is loaded and its patterns compiled now, before any document can arrive, not by the first one.
    workspace.currentCatalog.compilePatterns();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...registerFeatures.capabilities,
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND] },
        ...(pulled ? { diagnosticProvider: { identifier: 'imr', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imr-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // The analysis warms up while no document is open (see warmUp.ts).
    warmUpWhileIdle(workspace.currentCatalog, () => documents.keys().length === 0, host.collectGarbage);
    if (watchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.imrlintrc.json' }, { globPattern: '**/package.json' }],
      });
    }
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imr' });
      void refreshSettings();
    } else ready();
  });

  function ready(): void {
    firstLoad = false;
    markReady();
    scheduler.settingsReady();
  }

  async function refreshSettings(): Promise<void> {
    let raw: unknown = undefined;
    try {
      raw = await connection.workspace.getConfiguration('imr');
    } catch {
      raw = undefined;
    }
    const before = workspace.settings;
    workspace.configure(raw);
    // An editor may say its settings changed when they did not: the diagnostics' ids stay.
    if (!sameJson(before, workspace.settings)) settingsGeneration++;
    // Documents opened meanwhile are waiting for the first settings; they lint now.
    if (firstLoad) ready();
    else scheduler.relint(documents.keys());
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onRequest(ExecuteCommandRequest.type, async (params, token) => {
    if (params.command !== LINT_WORKSPACE_COMMAND) return null;
    // The client's own progress token when it sent one; otherwise one the server creates.
    const progress =
      params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : await connection.window.createWorkDoneProgress();
    await settingsReady;
    const publishClosed = (uri: string, diagnostics: Diagnostic[]) => {
      if (pulled) publishedWhileClosed.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    };
    return lintWorkspace(documents, workspace, { folders: workspaceFolders, sendsRelated, publishClosed }, letters, progress, token);
  });

  connection.onNotification('workspace/didChangeWorkspaceFolders', (params: { event: { added: { uri: string }[]; removed: { uri: string }[] } }) => {
    const removed = new Set(params.event.removed.map((f) => f.uri));
    workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...params.event.added.map((f) => f.uri)];
  });

  // A project configuration file changed: re-read it and re-lint what is open.
  connection.onDidChangeWatchedFiles(() => {
    workspace.configurationChanged();
    settingsGeneration++;
    scheduler.relint(documents.keys());
  });

  function publish(uri: string, version: number, reason: LintReason): void {
    const document = documents.get(uri);
    // A result for a version the editor has moved past is never sent.
    if (!document || document.version !== version) return;
    const snapshot = workspace.snapshot(document);
    if (!snapshot.tooLarge) for (const failure of snapshot.analysis.failures) connection.console.error(`rule ${failure.ruleId} failed: ${failure.error}`);
    const diagnostics = snapshotDiagnostics(snapshot, uri, sendsRelated);
    if (!pulled) {
      void connection.sendDiagnostics({ uri, version, diagnostics });
      return;
    }
    pulled.store(uri, diagnostics, settingsGeneration);
    // The client pulls when it opens or changes a document; a save or new settings it must be told of.
    if ((reason === 'save' || reason === 'settings') && refreshesPulled) refreshPulled();
  }

  let refreshQueued = false;
  /** One workspace/diagnostic/refresh for the lints of a turn of the event loop (new settings re-lint every open letter). */
  function refreshPulled(): void {
    if (refreshQueued) return;
    refreshQueued = true;
    setImmediate(() => {
      refreshQueued = false;
      connection.languages.diagnostics.refresh();
    });
  }

  connection.languages.diagnostics.on(async (params) => {
    await settingsReady;
    const uri = params.textDocument.uri;
    if (!pulled) return { kind: 'full', items: [] };
    // A client may pull a letter before the server has its didOpen (a client pulls what it shows, and
    // may show a letter before it syncs it): the open's lint answers, unless the letter does not open within the wait.
    if (!documents.get(uri)) await pulled.nextLint(uri, OPEN_WAIT_MS);
    // A lint that is due (typing, its debounce) answers this pull; so does the first one of a letter just opened.
    else if (scheduler.isPending(uri) || !pulled.has(uri)) await pulled.nextLint(uri, LINT_WAIT_MS);
    return pulled.reportFor(uri, params.previousResultId);
  });

  documents.onDidOpen((event) => {
    const uri = event.document.uri;
    // The workspace lint's diagnostics for it, now that the pulled ones take over.
    if (publishedWhileClosed.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
  documents.onDidSave((event) => scheduler.saved(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.closed(event.document.uri);
    workspace.forget(event.document.uri);
    pulled?.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  registerFeatures(connection, documents, workspace);
  documents.listen(connection);
  connection.listen();
}
