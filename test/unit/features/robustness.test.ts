/**
 * The feature cores never throw, whatever the text and wherever the cursor: random text, and real
 * letters cut, spliced and retyped at random places.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { completionsAt } from '../../../server/src/core/complete/completions';
import { hoverAt } from '../../../server/src/core/describe/hoverAt';
import { applyChanges } from '../../../server/src/core/fix/applyFixes';
import { formatLetter, formatRange } from '../../../server/src/core/format/formatLetter';
import { definitionAt, itemNamedAt, requestOccurrences } from '../../../server/src/core/navigate/requests';
import { foldingRanges } from '../../../server/src/features/folding';
import { documentSymbols } from '../../../server/src/features/symbols';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../../support/letters';
import { builtinCatalog } from '../../support/lintText';
import { analysis } from './helpers';

/** A fixed seed (FUZZ_SEED to try another), so that a run is repeatable and CI is not a lottery. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const BASE = letter({ items: [ESI_ITEM, KNEE_MRI_ITEM] });
const PIECES = [
  'Claims Administrator guideline: ',
  'MAXIMUS guideline: ',
  'Decision based on MTUS ',
  'Decision based on Non-MTUS Citation ',
  'Section(s): ',
  'ACOEM Chapter ',
  ': Upheld',
  ': ',
  '\n',
  '\n\n',
  '\r\n',
  ', and ',
  'Official Disability Guidelines (ODG) Low Back, ',
  'IMR ISSUES, DECISIONS AND RATIONALES\n',
  'Decision rationale: ',
  '-\n',
  '(',
  '',
];

const mutated = fc
  .tuple(fc.nat(BASE.length), fc.nat(200), fc.constantFrom(...PIECES), fc.string({ maxLength: 30 }))
  .map(([at, cut, piece, extra]) => BASE.slice(0, at) + piece + extra + BASE.slice(Math.min(BASE.length, at + cut)));

const anyText = fc.oneof(
  mutated,
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES, 'x', 'Upheld', ' '), { maxLength: 60 }).map((a) => a.join('')),
);

function words(text: string): string {
  return (
    text
      .replace(/([A-Za-z0-9]-)[ \t]*(?:\r\n|\n|\r)\s*/g, '$1')
      // "Title : Upheld" and "Title:Upheld" are normalised to "Title: Upheld": a colon is not a word.
      .replace(/\s*:\s*/g, ': ')
      .split(/\s+/)
      .filter(Boolean)
      .join(' ')
  );
}

describe('feature cores on any text', () => {
  it('completion, hover, navigation, symbols and folding never throw', () => {
    const catalog = builtinCatalog();
    fc.assert(
      fc.property(anyText, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
        const model = analysis(text).model;
        const offset = Math.floor(where * text.length);
        const result = completionsAt(model, catalog, offset);
        for (const c of result.candidates) assert.ok(c.replace.start <= c.replace.end && c.replace.end <= text.length);
        hoverAt(model, catalog, offset);
        definitionAt(model, offset);
        const item = itemNamedAt(model, offset);
        if (item) requestOccurrences(model, item);
        documentSymbols(model);
        for (const r of foldingRanges(model)) assert.ok(r.endLine > r.startLine);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('formatting keeps the words, its changes give its text, and range formatting does too', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const model = analysis(text).model;
        const result = formatLetter(model);
        assert.equal(applyChanges(text, result.changes), result.text);
        assert.equal(words(result.text), words(text));
        const start = text.length ? a % (text.length + 1) : 0;
        const end = Math.min(text.length, start + (b % 200));
        const partial = applyChanges(text, formatRange(model, { start, end }));
        assert.equal(words(partial), words(text));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('formatting a cut and spliced letter twice gives the same text', () => {
    const format = (text: string) => formatLetter(analysis(text).model).text;
    fc.assert(
      fc.property(mutated, (text) => {
        const once = format(text);
        assert.equal(format(once), once);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
