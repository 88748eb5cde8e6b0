/**
 * The editor features over LSP: the built server is spawned over stdio, initialized like an
 * editor, and given the seed letter (and a letter with fixable defects). Completion (with its
 * ranking), resolve, hover, code actions (applied, exact text), symbols, folding, definition,
 * highlights, formatting and range formatting.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatLetter } from '../../server/src/core/format/formatLetter';
import { analyzeText } from '../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../support/letters';
import { SEED_PATH, sharedAvailable } from '../support/paths';
import { SERVER_MAIN, start, type LspClient, type PublishedDiagnostic } from './client';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CompletionItem {
  label: string;
  sortText?: string;
  preselect?: boolean;
  insertTextFormat?: number;
  textEdit?: TextEdit;
  documentation?: { kind: string; value: string };
  tags?: number[];
  data?: unknown;
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: PublishedDiagnostic[];
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[] };
}
interface DocumentSymbol {
  name: string;
  detail?: string;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

/** The seed letter, or (without ../shared) a letter of the 2014 layout written the same way. */
const SEED = existsSync(SEED_PATH)
  ? readFileSync(SEED_PATH, 'utf8')
  : sharedAvailable()
    ? ''
    : letter({
        items: [
          {
            title: 'One (1) lumbar L4-S1 selective nerve root block',
            decision: 'Upheld',
            claimsAdministrator: 'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.',
            maximus: 'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300.',
            rationale: 'The One (1) lumbar L4-S1 selective nerve root block is not medically necessary and appropriate.',
          },
        ],
      });
const SEED_URI = 'file:///letters/seed-determination.imr';

function positionOf(text: string, needle: string, delta = 0, from = 0): Position {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found`);
  return TextDocument.create('x', 'imr', 0, text).positionAt(at + delta);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'imr', 0, text), edits);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edit = action.edit!;
  if (edit.documentChanges) return edit.documentChanges.filter((d) => d.textDocument.uri === uri).flatMap((d) => d.edits);
  return edit.changes?.[uri] ?? [];
}

describe('LSP features (spawned server over stdio)', { skip: existsSync(SERVER_MAIN) ? false : 'the server is not built' }, () => {
  let client: LspClient;

  before(async () => {
    client = await start();
    client.open(SEED_URI, SEED);
    await client.waitForDiagnostics(SEED_URI);
  });
  after(async () => {
    await client?.stop();
  });

  it('announces the feature capabilities', () => {
    const caps = client.capabilities as Record<string, unknown>;
    for (const key of [
      'completionProvider',
      'hoverProvider',
      'codeActionProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'definitionProvider',
      'documentHighlightProvider',
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
    ]) {
      assert.ok(caps[key], key);
    }
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.imr']);
  });

  it('completion after "MAXIMUS guideline: " ranks the epidural citations first for the nerve root block, in the edition in force on the seed\'s UR date (8/4/14)', async () => {
    const list = await client.request<{ items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'MAXIMUS guideline: ', 'MAXIMUS guideline: '.length),
    });
    const items = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.match(items[0].label, /Epidural steroid injections \(ESIs\)/);
    assert.equal(items[0].preselect, true);
    assert.equal(items[0].insertTextFormat, 2);
    assert.match(
      items[0].textEdit!.newText,
      /^Decision based on MTUS Chronic Pain Medical Treatment 2009, Section\(s\): \$\{1\|Epidural steroid injections \(ESIs\),/,
    );
    // The 2016 edition came into force in July 2016: offered as a component, but struck through, after every edition in force.
    const components = await client.request<{ items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'MAXIMUS guideline: Decision based on MTUS ', 'MAXIMUS guideline: Decision based on MTUS '.length),
    });
    const ordered = [...components.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(ordered.find((i) => i.label === 'Chronic Pain Medical Treatment 2016')?.tags, [1]);
    assert.equal(ordered.find((i) => i.label === 'Chronic Pain Medical Treatment 2009')?.tags, undefined);
    const lastInForce = ordered.map((i) => !i.tags).lastIndexOf(true);
    assert.ok(ordered.findIndex((i) => i.tags) > lastInForce);
    const firstFacet = items.findIndex((i) => /facet/i.test(i.label));
    assert.ok(firstFacet === -1 || firstFacet > 0);

    const resolved = await client.request<CompletionItem>('completionItem/resolve', items[0]);
    assert.equal(resolved.documentation?.kind, 'markdown');
    assert.match(resolved.documentation!.value, /Procedure family: Epidural/);
    assert.match(resolved.documentation!.value, /8 CCR §9792\.24\.2/);
    assert.match(resolved.documentation!.value, /unconfirmed/);
  });

  it('completion answers from the version just changed: Section(s) of the component typed', async () => {
    const uri = 'file:///letters/typing.imr';
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, maximus: 'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.' }] });
    client.open(uri, text);
    // The reviewer retypes the MAXIMUS line: "MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004, Section(s): "
    const doc = TextDocument.create(uri, 'imr', 1, text);
    const startAt = text.indexOf('MAXIMUS guideline:');
    const endAt = text.indexOf('\n\n', startAt);
    const typed = 'MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004, Section(s): ';
    client.change(uri, 2, [{ range: { start: doc.positionAt(startAt), end: doc.positionAt(endAt) }, text: typed }]);
    const list = await client.request<{ items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: doc.positionAt(startAt + typed.length),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    const labels = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.equal(labels[0], 'Special Studies');
    assert.ok(labels.includes('Surgical Considerations'));
    client.close(uri);
  });

  it('hover over a decision value, a chapter and a date', async () => {
    const upheld = await client.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'Upheld', 2),
    });
    assert.equal(upheld.contents.kind, 'markdown');
    assert.match(upheld.contents.value, /not medically necessary/);
    const chapter = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'ACOEM Chapter 12', 3),
    });
    assert.match(chapter.contents.value, /ACOEM Chapter 12: Low Back Complaints/);
    if (SEED.includes('8/4/14')) {
      const date = await client.request<{ contents: { value: string } }>('textDocument/hover', {
        textDocument: { uri: SEED_URI },
        position: positionOf(SEED, '8/4/14', 1),
      });
      assert.match(date.contents.value, /Monday, August 4, 2014/);
    }
    const nothing = await client.request('textDocument/hover', { textDocument: { uri: 'file:///not/open.imr' }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  it('document symbols: three sections and the item with its decision', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
    assert.deepEqual(
      symbols[2].children!.map((c) => [c.name, c.detail]),
      [['One (1) lumbar L4-S1 selective nerve root block', 'Upheld']],
    );
  });

  it('folding ranges for the sections and the item', async () => {
    const ranges = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: SEED_URI } });
    const lines = SEED.split(/\r?\n/);
    const starts = ranges.map((r) => lines[r.startLine].trim());
    assert.ok(starts.includes('HOW THE IMR FINAL DETERMINATION WAS MADE'));
    assert.ok(starts.includes('CLINICAL CASE SUMMARY'));
    assert.ok(starts.includes('IMR ISSUES, DECISIONS AND RATIONALES'));
    assert.ok(starts.some((s) => s.startsWith('One (1) lumbar L4-S1 selective nerve root block:')));
    for (const r of ranges) assert.ok(r.endLine > r.startLine);
  });

  it('definition from the closing sentence to the title, highlights of the same request', async () => {
    const conclusion = SEED.lastIndexOf('medically necessary');
    const doc = TextDocument.create(SEED_URI, 'imr', 1, SEED);
    const location = await client.request<{ uri: string; range: Range }>('textDocument/definition', {
      textDocument: { uri: SEED_URI },
      position: doc.positionAt(conclusion + 3),
    });
    assert.equal(location.uri, SEED_URI);
    assert.equal(doc.getText(location.range), 'One (1) lumbar L4-S1 selective nerve root block');
    const highlights = await client.request<{ range: Range; kind: number }[]>('textDocument/documentHighlight', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'selective nerve root block:', 2),
    });
    assert.ok(highlights.length >= 3, `${highlights.length} highlights`);
    assert.equal(highlights.filter((h) => h.kind === 3).length, 1);
  });

  it('formatting: the formatted seed, word for word; range formatting of one paragraph', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: SEED_URI }, options: { tabSize: 4, insertSpaces: true } });
    const formatted = applyEdits(SEED, edits);
    assert.equal(formatted, formatLetter(analyzeText(SEED).model).text);
    assert.ok(formatted.startsWith('HOW THE IMR FINAL DETERMINATION WAS MADE\n'));
    assert.deepEqual(formatted.split(/\s+/).filter(Boolean), SEED.split(/\s+/).filter(Boolean));

    const at = SEED.indexOf('CLINICAL CASE SUMMARY');
    const doc = TextDocument.create(SEED_URI, 'imr', 1, SEED);
    const rangeEdits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: SEED_URI },
      range: { start: doc.positionAt(at), end: doc.positionAt(at + 5) },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.ok(rangeEdits.length >= 1);
    const partly = applyEdits(SEED, rangeEdits);
    assert.ok(partly.includes('CLINICAL CASE SUMMARY'));
    // Only around the heading: the item block is untouched.
    const item = SEED.indexOf('Decision rationale:');
    assert.equal(partly.slice(partly.indexOf('Decision rationale:')), SEED.slice(item));
  });

  it('code actions: the quick fixes carried by the diagnostics, applied, give the exact text', async () => {
    const uri = 'file:///letters/defects.imr';
    const clean = letter({ items: [ESI_ITEM, KNEE_MRI_ITEM] });
    const broken = clean.replace(': Upheld', ': Uphled').replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMARY');
    client.open(uri, broken);
    const published = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'invalid-decision'));
    const invalid = published.diagnostics.find((d) => d.code === 'invalid-decision')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: invalid.range,
      context: { diagnostics: [invalid], only: ['quickfix'] },
    });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['Change to "Upheld"', 'quickfix', true],
        ['Change to "Overturned"', 'quickfix', false],
      ],
    );
    const fixedDecision = applyEdits(broken, editsOf(actions[0], uri));
    assert.equal(fixedDecision, clean.replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMARY'));
    assert.equal(actions[0].edit!.documentChanges![0].textDocument.version, 1);

    // source.fixAll.imr: every safe fix at once.
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.imr'] },
    });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.imr');
    assert.equal(applyEdits(broken, editsOf(fixAll[0], uri)), clean);

    // A diagnostic from an older version is not acted on.
    client.change(uri, 2, [{ text: clean }]);
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: invalid.range,
      context: { diagnostics: [invalid], only: ['quickfix'] },
    });
    assert.deepEqual(stale, []);
    client.close(uri);
  });

  it(
    'the seed: the facet topic cited for a nerve root block is replaced by the epidural topic',
    { skip: SEED.includes('Facet Joint Diagnostic Blocks (therapeutic injections), pages 412-418') ? false : 'no seed letter' },
    async () => {
      const published = await client.waitForDiagnostics(SEED_URI, (d) => d.some((x) => x.code === 'procedure-guideline-mismatch'));
      const diagnostic = published.diagnostics.find((d) => d.code === 'procedure-guideline-mismatch')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: SEED_URI },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const quick = actions.filter((a) => a.kind === 'quickfix');
      assert.equal(quick.length, 1);
      assert.equal(quick[0].isPreferred, false);
      assert.equal(quick[0].title, 'Cite ODG Low Back, "Epidural steroid injections (ESIs)"');
      assert.equal(
        applyEdits(SEED, editsOf(quick[0], SEED_URI)),
        SEED.replace('Facet Joint Diagnostic Blocks (therapeutic injections), pages 412-418', 'Epidural steroid injections (ESIs)'),
      );
      // Not safe (a clinical choice): fix-all leaves it alone.
      const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: SEED_URI },
        range: diagnostic.range,
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(fixAll, []);
    },
  );

  it('the decision-conclusion mismatch offers both flips, neither preferred', async () => {
    const uri = 'file:///letters/mismatch.imr';
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, decision: 'Upheld' }] });
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'decision-conclusion-mismatch'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'decision-conclusion-mismatch')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const quick = actions.filter((a) => a.kind === 'quickfix');
    assert.equal(quick.length, 2);
    assert.ok(quick.every((a) => !a.isPreferred));
    assert.equal(applyEdits(text, editsOf(quick[0], uri)), letter({ items: [{ ...KNEE_MRI_ITEM, decision: 'Overturned' }] }));
    assert.match(applyEdits(text, editsOf(quick[1], uri)), /is not medically necessary\.\n$/);
    client.close(uri);
  });

  it('no handler fails on a document that is not open or a position out of range', async () => {
    const uri = 'file:///not/open.imr';
    for (const [method, params] of [
      ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
      ['textDocument/completion', { textDocument: { uri: SEED_URI }, position: { line: 100000, character: 5000 } }],
      ['textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line: 100000, character: 5000 } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri: SEED_URI },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: {
            diagnostics: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
                message: 'x',
                source: 'imr',
                code: 'invalid-decision',
                data: { fixes: 'nonsense' },
              },
            ],
          },
        },
      ],
    ] as const) {
      await assert.doesNotReject(client.request(method, params), method);
    }
  });
});
