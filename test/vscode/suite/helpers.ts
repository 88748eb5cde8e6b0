/**
 * Shared by the real-editor tests: the extension, the fixture workspace, and waiting on the
 * editor's events. Files are reached through the editor's file system (vscode.workspace.fs), so
 * that the same tests run in the desktop's Node extension host and in a browser's web worker one.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import type { ImrExtensionApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'imr-determinations.imr-determinations';
export const SEED_FILE = 'seed-determination.imr';

export function extension(): vscode.Extension<ImrExtensionApi> {
  const found = vscode.extensions.getExtension<ImrExtensionApi>(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not installed in this editor`);
  return found;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace folder open');
  return folder.uri;
}

/** A file of the workspace, by its path relative to the folder ("examples/a.imr"). */
export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relative.split('/'));
}

/** A workspace file's path relative to the folder, for messages. */
export function relativePath(uri: vscode.Uri): string {
  return uri.path.slice(workspaceFolder().path.length + 1);
}

/** Writes a letter into the workspace (under scratch/) and returns its URI. */
export async function writeLetter(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(`scratch/${name}`);
  // writeFile makes the missing folders.
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** A workspace file's text as it is on disk (UTF-8). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The .imr files of the workspace (hidden folders left out). */
export async function letterFiles(dir = workspaceFolder()): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    if (name.startsWith('.')) continue;
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) found.push(...(await letterFiles(uri)));
    else if (name.endsWith('.imr')) found.push(uri);
  }
  return found;
}

let untitledCount = 0;

/**
 * A new untitled IMR letter holding `text`, under a name of its own. openTextDocument({ content })
 * names it Untitled-N, and the web worker host can answer such a name with a document closed
 * just before under the same name (the window frees the name before the host forgets it).
 */
export async function openUntitledLetter(text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `imr-test-${++untitledCount}.imr` }));
  const editor = await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'imr');
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text)), 'the text was not inserted');
  return editor;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export const codes = (diagnostics: readonly vscode.Diagnostic[]): string[] =>
  diagnostics.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

function describe(uri: vscode.Uri): string {
  return `${uri.toString()} has [${codes(vscode.languages.getDiagnostics(uri)).join(', ')}]`;
}

/** Why no diagnostics can come: the extension is active but its language client has stopped (the server failed). */
function serverDown(): string | undefined {
  const ext = vscode.extensions.getExtension<ImrExtensionApi>(EXTENSION_ID);
  if (!ext?.isActive) return undefined;
  const client = ext.exports?.client();
  return client && client.state === State.Stopped ? 'the language server is not running (see the IMR Determinations output)' : undefined;
}

/**
 * Resolves with the document's diagnostics as soon as they satisfy `accept`: now, or at a later
 * `onDidChangeDiagnostics` for that document. Rejects after `timeoutMs` with what it has, or as
 * soon as the language client has stopped.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`${why}, waiting for ${what}: ${describe(uri)}`));
    };
    const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
    // Not a wait for the diagnostics (those come by event): a watch on the server's health.
    const health = setInterval(() => {
      const down = serverDown();
      if (down) fail(down);
    }, 250);
    const cleanup = () => {
      listener.dispose();
      clearTimeout(timer);
      clearInterval(health);
    };
    check();
  });
}

/** The next diagnostics publication for the document, whatever it holds. */
export function nextDiagnostics(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      listener.dispose();
      clearTimeout(timer);
      resolve(vscode.languages.getDiagnostics(uri));
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics of ${uri.toString()}`));
    }, timeoutMs);
  });
}

/**
 * Collects the diagnostics publications for the document during `windowMs`: used to show that
 * nothing is published (onSave mode while typing). The window is many times the debounce.
 */
export function publicationsDuring(uri: vscode.Uri, windowMs: number): Promise<vscode.Diagnostic[][]> {
  return new Promise((resolve) => {
    const seen: vscode.Diagnostic[][] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) seen.push(vscode.languages.getDiagnostics(uri));
    });
    setTimeout(() => {
      listener.dispose();
      resolve(seen);
    }, windowMs);
  });
}

/** Polls a condition that no editor event reports (the extension's activation). */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Sets an `imr.*` setting in the workspace folder's settings (undefined removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('imr').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Replaces the first occurrence of `from` in the document (as a user's edit would). */
export async function replaceText(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is not in ${editor.document.uri.toString()}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((edit) => edit.replace(range, to)), 'the edit was not applied');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a range, for assertions on where a finding points. */
export function textAt(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

export function positionAfter(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${occurrence}) not found`);
  }
  return document.positionAt(at + needle.length);
}

export function positionIn(document: vscode.TextDocument, needle: string, offset: number): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found`);
  return document.positionAt(at + offset);
}

/** Applies a (possibly lazily resolved) WorkspaceEdit and checks that it applied. */
export async function apply(edit: vscode.WorkspaceEdit | undefined): Promise<void> {
  assert.ok(edit, 'the action has no edit');
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}
