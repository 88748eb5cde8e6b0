/** Letters saved as .txt on disk (as published letters are): recognised by their first line, unless imr.detectLetters is off. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ESI_ITEM, letter } from '../../support/letters';
import { closeAllEditors, codes, extension, open, setSetting, until, waitForDiagnostics, writeLetter } from './helpers';

/** The document of this URI as the editor has it now (a language switch replaces the document object). */
function current(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Waits long enough for a language switch that would follow an open (it is immediate when it comes). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

suite('Letters saved as .txt', () => {
  suiteSetup(async () => {
    await extension().activate();
  });
  teardown(async () => {
    await setSetting('detectLetters', undefined);
    await closeAllEditors();
  });

  test('a .txt letter on disk opens as an IMR letter and is linted', async () => {
    const uri = await writeLetter('published.txt', letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    await open(uri);
    await until(() => current(uri)?.languageId === 'imr', 'the .txt letter is an imr document');
    const diagnostics = await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'invalid-decision in the .txt letter');
    assert.ok(diagnostics.every((d) => d.source === 'imr'));
  });

  test('a .txt file that is not a letter stays plain text', async () => {
    const uri = await writeLetter('notes.txt', 'Call the claims administrator on Monday.\nCase Number: CM16-0000001\n');
    await open(uri);
    await settle();
    assert.equal(current(uri)?.languageId, 'plaintext');
  });

  test('imr.detectLetters = false: a .txt letter stays plain text and is not linted', async () => {
    await setSetting('detectLetters', false);
    const uri = await writeLetter('kept-plain.txt', letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    await open(uri);
    await settle();
    assert.equal(current(uri)?.languageId, 'plaintext');
    assert.deepEqual(codes(vscode.languages.getDiagnostics(uri)), []);
  });

  test('a .txt letter the reviewer switches back to plain text stays plain text while edited', async () => {
    const uri = await writeLetter('switched-back.txt', letter());
    await open(uri);
    await until(() => current(uri)?.languageId === 'imr', 'the .txt letter is an imr document');
    const plain = await vscode.languages.setTextDocumentLanguage(current(uri)!, 'plaintext');
    const editor = await vscode.window.showTextDocument(plain);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), ' ')));
    await settle();
    assert.equal(current(uri)?.languageId, 'plaintext');
  });
});
