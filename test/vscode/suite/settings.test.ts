/** Settings take effect without a reload: rule severities, and when letters are linted. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { letter } from '../../support/letters';
import {
  closeAllEditors,
  codes,
  nextDiagnostics,
  open,
  publicationsDuring,
  replaceText,
  SEED_FILE,
  setSetting,
  waitForDiagnostics,
  workspaceUri,
  writeLetter,
} from './helpers';

suite('Settings', () => {
  teardown(async () => {
    await setSetting('rules', undefined);
    await setSetting('lint.run', undefined);
    await closeAllEditors();
  });

  test('imr.rules: a rule switched off disappears from the open letter, raised to error changes severity, removed restores it', async () => {
    const uri = workspaceUri(SEED_FILE);
    await open(uri);
    await waitForDiagnostics(uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'procedure-guideline-mismatch');

    await setSetting('rules', { 'procedure-guideline-mismatch': 'off' });
    await waitForDiagnostics(uri, (d) => !codes(d).includes('procedure-guideline-mismatch'), 'the rule switched off');

    await setSetting('rules', { 'procedure-guideline-mismatch': 'error' });
    const raised = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => x.code === 'procedure-guideline-mismatch' && x.severity === vscode.DiagnosticSeverity.Error),
      'the rule as an error',
    );
    assert.equal(raised.filter((d) => d.code === 'procedure-guideline-mismatch').length, 1);

    await setSetting('rules', undefined);
    await waitForDiagnostics(
      uri,
      (d) => d.some((x) => x.code === 'procedure-guideline-mismatch' && x.severity === vscode.DiagnosticSeverity.Warning),
      'the default severity again',
    );
  });

  test('imr.lint.run = onSave: typing publishes nothing, saving lints; back to onType, typing lints again', async () => {
    const uri = await writeLetter('on-save.imr', letter());
    // The open's own diagnostics first (pulled, they may come after the editor shows), so that the
    // next ones are the re-lint's.
    const opened = nextDiagnostics(uri);
    const editor = await open(uri);
    await opened;
    // The server re-lints open letters when the settings change: that publication says it has the new mode.
    const applied = nextDiagnostics(uri);
    await setSetting('lint.run', 'onSave');
    await applied;
    assert.deepEqual(codes(vscode.languages.getDiagnostics(uri)), []);

    const quiet = publicationsDuring(uri, 2000); // more than ten times the 150 ms debounce
    await replaceText(editor, ': Upheld', ': Uphled');
    assert.deepEqual(await quiet, [], 'diagnostics were published while typing in onSave mode');
    assert.deepEqual(codes(vscode.languages.getDiagnostics(uri)), []);

    const linted = waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'invalid-decision after saving');
    assert.ok(await editor.document.save());
    await linted;

    const back = nextDiagnostics(uri);
    await setSetting('lint.run', 'onType');
    await back;
    await replaceText(editor, ': Uphled', ': Upheld');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the finding cleared while typing (onType)');
    await editor.document.save();
  });
});
