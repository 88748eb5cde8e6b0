/**
 * The language features as VS Code uses them (its own commands over every provider of the
 * document): completion with its ranking, hover, a quick fix applied through a WorkspaceEdit,
 * formatting, the outline, go to definition.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatLetter } from '../../../server/src/core/format/formatLetter';
import { analyzeText } from '../../support/lintText';
import { apply, closeAllEditors, codes, open, positionAfter, readText, positionIn, SEED_FILE, waitForDiagnostics, workspaceUri, writeLetter } from './helpers';

const FACET = 'Facet Joint Diagnostic Blocks (therapeutic injections), pages 412-418';

let seed = '';

/** A copy of the seed letter to change, open in an editor and linted. */
async function openSeedCopy(name: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = await writeLetter(name, seed);
  const editor = await open(uri);
  await waitForDiagnostics(uri, (d) => codes(d).includes('procedure-guideline-mismatch'), 'procedure-guideline-mismatch');
  return { uri, editor };
}

function markdownOf(contents: vscode.Hover['contents']): string {
  return contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

suite('Language features', () => {
  suiteSetup(async () => {
    seed = await readText(workspaceUri(SEED_FILE));
    assert.ok(seed.includes(FACET), 'the seed letter is not the expected one');
  });
  suiteTeardown(closeAllEditors);

  test('completion after "MAXIMUS guideline: " in the seed ranks the epidural citation first (nerve root block), with a snippet and resolved documentation', async () => {
    const uri = workspaceUri(SEED_FILE);
    const editor = await open(uri);
    const position = positionAfter(editor.document, 'MAXIMUS guideline: ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, undefined, 1);
    const items = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.ok(items.length > 1, `${items.length} items`);
    const first = items[0];
    const label = typeof first.label === 'string' ? first.label : first.label.label;
    assert.match(label, /Epidural steroid injections \(ESIs\)/);
    assert.equal(first.preselect, true);
    assert.ok(first.insertText instanceof vscode.SnippetString, 'the citation is inserted as a snippet');
    // The edition in force on the seed's UR date (8/4/14, read from its case summary): the 2009 one.
    assert.match(
      first.insertText.value,
      /^Decision based on MTUS Chronic Pain Medical Treatment 2009, Section\(s\): \$\{1\|Epidural steroid injections \(ESIs\),/,
    );
    const firstFacet = items.findIndex((i) => /facet/i.test(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(firstFacet === -1 || firstFacet > 0, 'a facet topic came first');
    const documentation = first.documentation instanceof vscode.MarkdownString ? first.documentation.value : String(first.documentation ?? '');
    assert.match(documentation, /Procedure family: Epidural/);
    assert.match(documentation, /8 CCR §9792\.24\.2/);
  });

  test('hover over the decision value and over the ACOEM chapter', async () => {
    const uri = workspaceUri(SEED_FILE);
    const editor = await open(uri);
    const upheld = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionIn(editor.document, 'Upheld', 2));
    assert.equal(upheld.length, 1);
    assert.match(markdownOf(upheld[0].contents), /not medically necessary/);
    assert.equal(editor.document.getText(upheld[0].range), 'Upheld');
    const chapter = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      positionIn(editor.document, 'ACOEM Chapter 12', 3),
    );
    assert.equal(chapter.length, 1);
    assert.match(markdownOf(chapter[0].contents), /ACOEM Chapter 12: Low Back Complaints/);
  });

  test('quick fix for procedure-guideline-mismatch, applied with workspace.applyEdit, cites the epidural topic: exact text', async () => {
    const { uri, editor } = await openSeedCopy('quick-fix.imr');
    const finding = vscode.languages.getDiagnostics(uri).find((d) => d.code === 'procedure-guideline-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      finding.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // (The command's results carry no diagnostics: the actions at the finding's range are its fixes.)
    const fixes = actions.filter((a) => a.kind?.value === 'quickfix');
    assert.deepEqual(
      fixes.map((a) => [a.title, a.kind?.value, a.isPreferred ?? false]),
      [['Cite ODG Low Back, "Epidural steroid injections (ESIs)"', 'quickfix', false]],
    );
    await apply(fixes[0].edit);
    assert.equal(editor.document.getText(), seed.replace(FACET, 'Epidural steroid injections (ESIs)'));
    await waitForDiagnostics(uri, (d) => !codes(d).includes('procedure-guideline-mismatch'), 'the finding gone after the fix');
  });

  test('quick fix for a misspelt decision: "Change to Upheld" is preferred and gives the exact text', async () => {
    const uri = await writeLetter('decision-fix.imr', seed.replace('block:  Upheld', 'block:  Uphled'));
    const editor = await open(uri);
    const [finding] = (await waitForDiagnostics(uri, (d) => codes(d).includes('invalid-decision'), 'invalid-decision')).filter(
      (d) => d.code === 'invalid-decision',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      finding.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = actions.filter((a) => a.kind?.value === 'quickfix');
    assert.deepEqual(
      fixes.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Change to "Upheld"', true],
        ['Change to "Overturned"', false],
      ],
    );
    await apply(fixes[0].edit);
    assert.equal(editor.document.getText(), seed);
  });

  test('formatting the seed gives the core formatter output, word for word the same letter', async () => {
    const { uri, editor } = await openSeedCopy('format.imr');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits.length > 0, 'no formatting edits');
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, edits);
    await apply(edit);
    const formatted = editor.document.getText();
    assert.equal(formatted, formatLetter(analyzeText(seed).model).text);
    assert.ok(formatted.startsWith('HOW THE IMR FINAL DETERMINATION WAS MADE\n'));
    assert.deepEqual(formatted.split(/\s+/).filter(Boolean), seed.split(/\s+/).filter(Boolean));
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
    assert.deepEqual(again ?? [], [], 'formatting twice changed the letter again');
  });

  test('the outline: the three sections, and the disputed item with its decision', async () => {
    const uri = workspaceUri(SEED_FILE);
    await open(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
    assert.deepEqual(
      symbols[2].children.map((c) => [c.name, c.detail]),
      [['One (1) lumbar L4-S1 selective nerve root block', 'Upheld']],
    );
  });

  test('go to definition from the closing sentence lands on the item title', async () => {
    const uri = workspaceUri(SEED_FILE);
    const editor = await open(uri);
    const text = editor.document.getText();
    const conclusion = editor.document.positionAt(text.lastIndexOf('medically necessary') + 3);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, conclusion);
    assert.equal(locations.length, 1);
    const target = locations[0];
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.equal(editor.document.getText(range), 'One (1) lumbar L4-S1 selective nerve root block');
  });
});
