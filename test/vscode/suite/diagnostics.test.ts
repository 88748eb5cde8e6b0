/** Findings in the editor: the seed letter's, and as the reviewer types. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { letter } from '../../support/letters';
import { closeAllEditors, codes, extension, open, replaceText, SEED_FILE, waitForDiagnostics, workspaceUri, writeLetter } from './helpers';

suite('Diagnostics', () => {
  suiteTeardown(closeAllEditors);

  test('the seed letter: the nerve root block argued from facet-block criteria is flagged on the MAXIMUS citation', async () => {
    const uri = workspaceUri(SEED_FILE);
    const editor = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'procedure-guideline-mismatch');
    const finding = diagnostics.find((d) => d.code === 'procedure-guideline-mismatch')!;
    assert.equal(finding.source, 'imr');
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(
      finding.message,
      /^The request is for Epidural \/ nerve root injection, but the MAXIMUS guideline cites ODG Low Back, Facet Joint Diagnostic Blocks/,
    );
    const flagged = editor.document.getText(finding.range);
    assert.match(flagged, /Facet Joint Diagnostic Blocks/);
    assert.equal(editor.document.lineAt(finding.range.start.line).text.includes('Facet Joint Diagnostic Blocks'), true);
  });

  test('the extension has its diagnostics pushed: its client declares no pull diagnostics, so the server offers none', async () => {
    await open(workspaceUri(SEED_FILE));
    const client = extension().exports.client();
    assert.ok(client?.initializeResult, 'the language server is not running');
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  test('a clean letter has no findings; a misspelt decision typed into it is flagged, and correcting it clears the finding', async () => {
    const uri = await writeLetter('typing.imr', letter());
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no findings in the clean letter');
    // Only an onDidChangeDiagnostics can tell that the empty list above is the server's answer
    // and not "not linted yet": the edit below must produce a publication with the finding.
    await replaceText(editor, ': Upheld', ': Uphled');
    const broken = await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'invalid-decision after typing');
    const finding = broken.find((d) => d.code === 'invalid-decision')!;
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(finding.range), 'Uphled');
    await replaceText(editor, ': Uphled', ': Upheld');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the finding cleared after the correction');
  });
});
