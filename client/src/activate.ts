/**
 * The VS Code extension, whichever host it runs in (desktop: extension.ts; a browser's web worker:
 * browserExtension.ts): starts the language server for IMR determination letters and adds what
 * only the editor can do: the commands, fix-all on save, and recognising a letter pasted into an
 * untitled editor. The host gives the language client (how the server is started) and the URI
 * schemes of the letters.
 *
 * Letters hold protected health information: nothing here touches the network or sends
 * telemetry, and document text reaches the output channel only when `imr.trace.server` asks.
 */
import * as vscode from 'vscode';
import { itemSnippet } from '../../server/src/core/complete/itemSkeleton';
import { LETTER_FIRST_LINE } from '../../server/src/workspace/letterFirstLine';
// The package's own entry: its Node flavour for the desktop bundle, its browser flavour (package.json
// "browser" field) for the web bundle; what is used here is the same in both.
import {
  ExecuteCommandRequest,
  State,
  WorkDoneProgress,
  type BaseLanguageClient,
  type DocumentSelector,
  type LanguageClientOptions,
  type StaticFeature,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
} from 'vscode-languageclient';

export const LANGUAGE_ID = 'imr';

/**
 * The extension has its diagnostics pushed, not pulled: it leaves pull diagnostics out of the
 * capabilities its language client declares (the server pulls for a client that declares them).
 * VS Code's client pulls a document's diagnostics when the document opens in a tab it already
 * tracks; a letter saved as .txt opens as plain text and becomes a letter as it opens, and in the
 * extension-host tests such a letter was never pulled, so it showed no finding until a keystroke.
 */
const PUSHED_DIAGNOSTICS: StaticFeature = {
  fillClientCapabilities: (capabilities) => {
    delete capabilities.textDocument?.diagnostic;
    delete capabilities.workspace?.diagnostics;
  },
  initialize: () => undefined,
  getState: () => ({ kind: 'static' }),
  clear: () => undefined,
};
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(LANGUAGE_ID);
export const COMMANDS = {
  lintWorkspace: 'imr.lintWorkspace',
  insertItem: 'imr.insertItem',
  restartServer: 'imr.restartServer',
} as const;

/**
 * What the first line of a letter looks like (package.json's `firstLine` is generated from it):
 * the first section heading, or the header's case number.
 */
export const FIRST_LINE = LETTER_FIRST_LINE;

/** The disputed-item skeleton that "IMR: Insert disputed item" inserts (a snippet). */
export const ITEM_SNIPPET = itemSnippet();

/** Result of the server's workspace lint (see server/src/workspaceLint.ts). */
export interface WorkspaceLintSummary {
  files: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

/** What `activate` returns, for tests and for other extensions. */
export interface ImrExtensionApi {
  readonly client: () => BaseLanguageClient | undefined;
  /** Resolves once the server has answered `initialize` (again after a restart). */
  readonly ready: () => Promise<void>;
}

/** What differs between the desktop and the browser. */
export interface ClientHost {
  /** A language client (not started) for the server, with these options. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** The documents the server lints. */
  readonly documentSelector: DocumentSelector;
  /** The URI schemes of plain-text documents that may be letters (imr.detectLetters). */
  readonly letterSchemes: ReadonlySet<string>;
  /** A fresh token for a work-done progress. */
  progressToken(): string;
}

let host: ClientHost | undefined;
let client: BaseLanguageClient | undefined;
let starting: Promise<void> | undefined;
let startClient: (() => Promise<void>) | undefined;

/**
 * Activated by an IMR letter, or by a plain-text document (one that may become a letter when one
 * is pasted into it). The server starts with the first IMR letter, or with a command that needs it:
 * a plain-text file alone costs no server process.
 */
export async function activateExtension(context: vscode.ExtensionContext, clientHost: ClientHost): Promise<ImrExtensionApi> {
  host = clientHost;
  const output = vscode.window.createOutputChannel('IMR Determinations');
  context.subscriptions.push(output);

  const clientOptions: LanguageClientOptions = {
    documentSelector: clientHost.documentSelector,
    outputChannel: output,
    // The server asks for the `imr` section itself (workspace/configuration) and registers for
    // its changes, so a settings change applies without a reload.
    middleware: {
      executeCommand: async (command, args, next) => {
        if (command === COMMANDS.lintWorkspace) return lintWorkspaceWithProgress(args);
        return next(command, args);
      },
    },
  };

  // Until the server runs, "Lint all determinations" starts it, then runs the server's command
  // (which the language client registers under the same id once the server announces it).
  let lintBeforeStart: vscode.Disposable | undefined = vscode.commands.registerCommand(COMMANDS.lintWorkspace, async (...args: unknown[]) => {
    await startClient?.();
    return vscode.commands.executeCommand(COMMANDS.lintWorkspace, ...args);
  });

  startClient = () => {
    if (!starting) {
      lintBeforeStart?.dispose();
      lintBeforeStart = undefined;
      const created = clientHost.createClient(clientOptions);
      created.registerFeature(PUSHED_DIAGNOSTICS);
      client = created;
      starting = created.start().catch((error: unknown) => {
        // The client has logged the failure to the output channel.
        void vscode.window.showErrorMessage(`IMR: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      });
      starting.catch(() => undefined);
    }
    return starting;
  };

  const onDocument = (document: vscode.TextDocument) => {
    if (document.languageId === LANGUAGE_ID) void startClient?.();
    else recogniseLetter(document);
  };
  context.subscriptions.push(
    { dispose: () => lintBeforeStart?.dispose() },
    vscode.commands.registerCommand(COMMANDS.insertItem, insertItem),
    vscode.commands.registerCommand(COMMANDS.restartServer, restartServer),
    vscode.workspace.onWillSaveTextDocument(fixAllOnSave),
    vscode.workspace.onDidOpenTextDocument(onDocument),
    vscode.workspace.onDidChangeTextDocument((event) => recogniseLetter(event.document)),
    vscode.workspace.onDidCloseTextDocument(forgetSwitch),
  );
  for (const document of vscode.workspace.textDocuments) onDocument(document);
  if (starting) await starting.catch(() => undefined);

  return {
    client: () => client,
    ready: async () => {
      await startClient?.();
      if (client && client.state !== State.Running) await client.start();
    },
  };
}

export async function deactivateExtension(): Promise<void> {
  const running = client;
  client = undefined;
  host = undefined;
  starting = undefined;
  startClient = undefined;
  if (running && running.state !== State.Stopped) await running.stop();
}

/**
 * "IMR: Lint all determinations in the workspace": the server lints every `.imr` file of the
 * workspace folders and publishes their findings (they appear in Problems); the client shows its
 * progress as a cancellable notification and the totals at the end.
 */
async function lintWorkspaceWithProgress(args: unknown[]): Promise<WorkspaceLintSummary | undefined> {
  const running = client;
  if (!running) return undefined;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'IMR: linting determinations', cancellable: true },
    async (progress, token) => {
      const workDoneToken = host ? host.progressToken() : `imr-lint-${Date.now()}`;
      let done = 0;
      const listener = running.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const step = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const percentage = typeof step.percentage === 'number' ? step.percentage : done;
        progress.report({ message: step.message, increment: Math.max(0, percentage - done) });
        done = Math.max(done, percentage);
      });
      try {
        return (await running.sendRequest(
          ExecuteCommandRequest.type,
          { command: COMMANDS.lintWorkspace, arguments: args, workDoneToken },
          token,
        )) as WorkspaceLintSummary | null;
      } catch (error) {
        // Cancelled from the notification: the findings published so far stay in Problems.
        if (token.isCancellationRequested) return { files: 0, errors: 0, warnings: 0, cancelled: true };
        throw error;
      } finally {
        listener.dispose();
      }
    },
  );
  if (summary?.cancelled) void vscode.window.showInformationMessage('IMR: linting cancelled; the findings so far are in Problems');
  else if (summary) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    void vscode.window.showInformationMessage(
      `IMR: linted ${plural(summary.files, 'letter')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
    );
  }
  return summary ?? undefined;
}

/**
 * "IMR: Insert disputed item": the item skeleton as a snippet, on its own lines: at the cursor's
 * line when that line is blank, otherwise after it with a blank line between.
 */
async function insertItem(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const line = editor.document.lineAt(editor.selection.active.line);
  // A text editor command's edit would race the snippet: this is a plain command on the active editor.
  if (line.isEmptyOrWhitespace) return editor.insertSnippet(new vscode.SnippetString(ITEM_SNIPPET), line.range);
  return editor.insertSnippet(new vscode.SnippetString('\n\n' + ITEM_SNIPPET), line.range.end);
}

async function restartServer(): Promise<void> {
  if (!client) {
    await startClient?.();
    return;
  }
  const current = client;
  // The Node client's own restart (it waits for a debugger's port); stop and start elsewhere.
  const restart =
    'restart' in current && typeof current.restart === 'function'
      ? () => (current.restart as () => Promise<void>)()
      : () => current.stop().then(() => current.start());
  starting = current.state === State.Running ? restart() : current.start();
  await starting;
}

/** `imr.fixAllOnSave`: the server's `source.fixAll.imr` action, applied as part of the save. */
function fixAllOnSave(event: vscode.TextDocumentWillSaveEvent): void {
  const document = event.document;
  if (document.languageId !== LANGUAGE_ID) return;
  if (!vscode.workspace.getConfiguration('imr', document).get<boolean>('fixAllOnSave', false)) return;
  event.waitUntil(fixAllEdits(document));
}

async function fixAllEdits(document: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const version = document.version;
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  let actions: (vscode.CodeAction | vscode.Command)[] | undefined;
  try {
    actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
    );
  } catch {
    return [];
  }
  if (document.version !== version) return [];
  for (const action of actions ?? []) {
    if (!('edit' in action) || !action.edit || !action.kind || !FIX_ALL_KIND.contains(action.kind)) continue;
    // One fix-all action covers every safe fix; the first one found is applied.
    return action.edit.get(document.uri);
  }
  return [];
}

/**
 * Documents switched to `imr` here: switched back to plain text by the user, they stay plain text
 * until closed. A switch closes the plain-text document itself: those closes are not the user's.
 */
const switchedToLetter = new Set<string>();
const switching = new Set<string>();

function forgetSwitch(document: vscode.TextDocument): void {
  const key = document.uri.toString();
  if (document.languageId === 'plaintext' && !switching.has(key)) switchedToLetter.delete(key);
}

/**
 * A plain-text document is a letter when its first line is a letter's first line: a letter
 * pasted into an untitled editor, or a published letter saved as .txt on disk (VS Code gives
 * .txt files to plain text before package.json's `firstLine` is looked at). It becomes an `imr`
 * document, unless `imr.detectLetters` is off.
 */
function recogniseLetter(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || document.lineCount === 0) return;
  if (!host?.letterSchemes.has(document.uri.scheme)) return;
  const key = document.uri.toString();
  if (switchedToLetter.has(key)) return;
  if (!vscode.workspace.getConfiguration('imr', document).get<boolean>('detectLetters', true)) return;
  if (!FIRST_LINE.test(document.lineAt(0).text)) return;
  switchedToLetter.add(key);
  switching.add(key);
  void Promise.resolve(vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID)).then(
    () => switching.delete(key),
    () => {
      switching.delete(key);
      switchedToLetter.delete(key);
    },
  );
}
