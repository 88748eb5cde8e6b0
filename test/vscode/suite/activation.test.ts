/**
 * Activation. Each suite needs an editor window where the extension has not started yet: the
 * code-server runner gives each its own window (a session), and the other tests share one.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { codes, extension, open, readText, SEED_FILE, until, waitForDiagnostics, workspaceUri } from './helpers';

/** No language server yet: the extension is inactive, or active (for plain text) without a client. */
function assertNotStarted(): void {
  const ext = extension();
  assert.ok(!ext.isActive || ext.exports.client() === undefined, 'the language server was started before any letter was opened');
}

function assertRunning(): void {
  const ext = extension();
  assert.ok(ext.isActive, 'the extension is not active');
  assert.equal(ext.exports.client()?.state, State.Running, 'the language server is not running');
}

async function seedText(): Promise<string> {
  return readText(workspaceUri(SEED_FILE));
}

suite('Activation on a .imr file', () => {
  test('nothing runs until a letter is opened; opening seed-determination.imr activates the extension, starts the server and lints it', async () => {
    assertNotStarted();
    const uri = workspaceUri(SEED_FILE);
    const editor = await open(uri);
    assert.equal(editor.document.languageId, 'imr');
    await until(() => extension().isActive, 'the extension is active');
    const diagnostics = await waitForDiagnostics(uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'the procedure-guideline-mismatch finding');
    assert.ok(diagnostics.every((d) => d.source === 'imr'));
    assertRunning();
  });
});

suite('Activation on a pasted letter', () => {
  test('a letter pasted into a new, empty plain-text editor becomes an IMR letter and is linted', async () => {
    assertNotStarted();
    const seed = await seedText();
    const blank = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(blank);
    assert.equal(blank.languageId, 'plaintext');
    await until(() => extension().isActive, 'the extension is active (plain text may become a letter)');
    assert.equal(extension().exports.client(), undefined, 'a plain-text editor alone started the language server');
    const switched = new Promise<vscode.TextDocument>((resolve) => {
      const listener = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === blank.uri.toString() && d.languageId === 'imr') {
          listener.dispose();
          resolve(d);
        }
      });
    });
    // The paste: the whole letter inserted at once.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), seed)));
    const letter = await switched;
    assert.equal(letter.languageId, 'imr');
    await waitForDiagnostics(letter.uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'the finding in the pasted letter');
    assertRunning();
  });

  test('an untitled document created with a letter (first line: the determination heading) is an IMR letter and is linted', async () => {
    const seed = await seedText();
    assert.match(seed.split('\n')[0], /HOW THE IMR FINAL DETERMINATION WAS MADE/);
    const document = await vscode.workspace.openTextDocument({ content: seed });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'imr', 'the first line did not make the untitled document an IMR letter');
    await waitForDiagnostics(
      document.uri,
      (d) => codes(d).includes('procedure-guideline-mismatch'),
      'the procedure-guideline-mismatch finding in the untitled letter',
    );
  });

  test('a letter whose first line is "Case Number:" is recognised too', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'Case Number:           CM16-0000001\nDate Assigned:         12/09/2016\n' });
    assert.equal(document.languageId, 'imr');
  });
});

suite('Activation by a command', () => {
  test('"IMR: Lint all determinations in the workspace" with no letter open starts the server and lints every letter', async () => {
    assertNotStarted();
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number; cancelled: boolean }>('imr.lintWorkspace');
    assertRunning();
    assert.ok(summary, 'the command returned nothing');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 8, `${summary.files} files`);
    const uri = workspaceUri(SEED_FILE);
    await waitForDiagnostics(uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'the seed letter linted by the command without being opened');
    assert.equal(
      vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
      false,
      'the command opened the letter',
    );
  });
});
