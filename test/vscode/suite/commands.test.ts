/** The extension's commands and fix-all on save. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import type { WorkspaceLintSummary } from '../../../client/src/extension';
import { letter } from '../../support/letters';
import {
  closeAllEditors,
  codes,
  extension,
  letterFiles,
  open,
  openUntitledLetter,
  readText,
  relativePath,
  replaceText,
  setSetting,
  waitForDiagnostics,
  workspaceUri,
  writeLetter,
} from './helpers';

const SKELETON = ['Request: Upheld', '', 'Claims Administrator guideline: ', '', 'MAXIMUS guideline: ', '', 'Decision rationale: '].join('\n');

suite('Commands', () => {
  suiteSetup(async () => {
    await extension().activate();
  });
  teardown(async () => {
    await setSetting('fixAllOnSave', undefined);
    await closeAllEditors();
  });

  test('the three commands are in the command list', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['imr.lintWorkspace', 'imr.insertItem', 'imr.restartServer']) assert.ok(all.includes(id), id);
  });

  test('IMR: Insert disputed item, on a blank line: the item skeleton with the request selected', async () => {
    const start = letter({ items: [] });
    assert.ok(start.endsWith('set forth below:\n'));
    const document = await vscode.workspace.openTextDocument({ language: 'imr', content: start });
    const editor = await vscode.window.showTextDocument(document);
    const last = document.lineCount - 1;
    editor.selection = new vscode.Selection(last, 0, last, 0);
    await vscode.commands.executeCommand('imr.insertItem');
    assert.equal(document.getText(), start + SKELETON);
    assert.equal(document.getText(editor.selection), 'Request');
  });

  test('IMR: Insert disputed item, on a line with text: after that line, a blank line between', async () => {
    const editor = await openUntitledLetter('IMR ISSUES, DECISIONS AND RATIONALES\nnext line');
    const document = editor.document;
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    await vscode.commands.executeCommand('imr.insertItem');
    assert.equal(document.getText(), `IMR ISSUES, DECISIONS AND RATIONALES\n\n${SKELETON}\nnext line`);
  });

  test('IMR: Lint all determinations in the workspace: every .imr file is linted and its findings are in Problems', async () => {
    const expected: Record<string, string[]> = {
      'examples/structure-defects.imr': ['missing-section', 'missing-decision', 'missing-guideline-line', 'invalid-decision'],
      'examples/decision-contradicts-conclusion.imr': ['decision-conclusion-mismatch'],
      'examples/knee-mri-cited-under-low-back.imr': ['region-mismatch'],
      'examples/clean-physical-therapy.imr': [],
    };
    for (const file of Object.keys(expected)) {
      assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri(file)), [], `${file} had findings before the command`);
    }
    const files = await letterFiles();
    const summary = await vscode.commands.executeCommand<WorkspaceLintSummary>('imr.lintWorkspace');
    assert.ok(summary, 'the command returned nothing');
    assert.equal(summary.files, files.length, `files: ${files.map(relativePath).join(', ')}`);
    assert.equal(summary.cancelled, false);
    assert.ok(summary.errors >= 5 && summary.warnings >= 2, JSON.stringify(summary));
    for (const [file, want] of Object.entries(expected)) {
      const uri = workspaceUri(file);
      if (want.length === 0) continue;
      const got = await waitForDiagnostics(uri, (d) => d.length > 0, `findings of ${file}`);
      assert.deepEqual(codes(got).sort(), [...want].sort(), file);
    }
    // The clean letter was linted too and has nothing.
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri('examples/clean-physical-therapy.imr')), []);
  });

  test('IMR: Restart language server: a new server answers and lints the open letters again', async () => {
    const api = extension().exports;
    const before = api.client();
    assert.ok(before);
    const uri = await writeLetter('restart.imr', letter().replace(': Upheld', ': Uphled'));
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'invalid-decision before the restart');
    await vscode.commands.executeCommand('imr.restartServer');
    await api.ready();
    assert.equal(api.client()?.state, State.Running);
    // The open letter is sent to the new server, which lints it: a change now is linted by it.
    await replaceText(editor, ': Uphled', ': Upheld');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the new server linting the corrected letter');
    await replaceText(editor, ': Upheld', ': Overturnd');
    await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'the new server flagging a new mistake');
  });

  test('imr.fixAllOnSave: off, saving keeps the text; on, saving applies every safe fix', async () => {
    const clean = letter();
    const broken = clean.replace(': Upheld', ': Uphled').replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMARY');
    const uri = await writeLetter('fix-on-save.imr', broken);
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision') && codes(d).includes('heading-spelling'), 'the two fixable findings');

    // Default (off): the save writes what was typed.
    await replaceText(editor, 'Decision rationale: The MTUS recommends', 'Decision rationale: The MTUS  recommends');
    assert.ok(await editor.document.save());
    assert.equal(editor.document.getText(), broken.replace('The MTUS recommends', 'The MTUS  recommends'));

    await setSetting('fixAllOnSave', true);
    await replaceText(editor, 'The MTUS  recommends', 'The MTUS recommends');
    assert.ok(await editor.document.save());
    assert.equal(editor.document.getText(), clean);
    assert.equal(await readText(uri), clean);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no findings after the fixes');
  });
});
