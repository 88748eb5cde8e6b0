import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { definitionAt, itemNamedAt, requestOccurrences, requestPattern } from '../../../server/src/core/navigate/requests';
import type { DisputedItem, LetterModel } from '../../../server/src/core/model';
import { corpusFiles } from '../../support/corpus';
import { foldingRanges } from '../../../server/src/features/folding';
import { documentSymbols } from '../../../server/src/features/symbols';
import { KNEE_MRI_ITEM, letter, summaryWith } from '../../support/letters';
import { analysis } from './helpers';

const text = letter();
const model = analysis(text).model;

describe('outline and navigation', () => {
  it('document symbols: three sections, the items under the issues section with their decisions', () => {
    const symbols = documentSymbols(model);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
    const items = symbols[2].children!;
    assert.deepEqual(
      items.map((i) => [i.name, i.detail]),
      [
        ['Left L5-S1 transforaminal epidural steroid injection', 'Upheld'],
        ['MRI of the right knee', 'Overturned'],
      ],
    );
    for (const s of symbols) assert.ok(s.range.start.line <= s.selectionRange.start.line && s.range.end.line >= s.selectionRange.end.line);
  });

  it('folding: header, sections and items', () => {
    const ranges = foldingRanges(model);
    const lines = text.split('\n');
    const starts = ranges.map((r) => lines[r.startLine].trim());
    assert.ok(starts[0].startsWith('Case Number:'));
    assert.equal(ranges[0].endLine, 4);
    assert.ok(starts.includes('HOW THE IMR FINAL DETERMINATION WAS MADE'));
    assert.ok(starts.includes('Left L5-S1 transforaminal epidural steroid injection: Upheld'));
    assert.ok(starts.includes('MRI of the right knee: Overturned'));
    for (const r of ranges) assert.ok(r.endLine > r.startLine && lines[r.endLine].trim() !== '');
  });

  it('definition: from the closing sentence to the item title', () => {
    const at = text.indexOf('is medically necessary.');
    const target = definitionAt(model, at)!;
    assert.equal(text.slice(target.start, target.end), 'MRI of the right knee');
    assert.equal(definitionAt(model, text.indexOf('The MTUS states')), undefined);
  });

  it('highlights: the title and every mention of the same request', () => {
    const item = itemNamedAt(model, text.indexOf('MRI of the right knee') + 2)!;
    assert.equal(item.title.text, 'MRI of the right knee');
    const found = requestOccurrences(model, item);
    assert.equal(found.filter((o) => o.isTitle).length, 1);
    assert.ok(found.length >= 2);
    for (const o of found) assert.match(text.slice(o.span.start, o.span.end), /MRI\s+of\s+the\s+right\s+knee/i);
  });

  it('highlights, on every item of the corpus: the title, then each mention overlapping none found before it, longer names first', () => {
    // The definition, checked against: each mention compared with every place found before it.
    const definition = (m: LetterModel, item: DisputedItem) => {
      const found = [{ span: item.title.span, isTitle: true }];
      const title = item.title;
      const names = [...new Set([title.request, title.text, ...(title.modified ? [title.modified.original, title.modified.remaining ?? ''] : [])])];
      for (const name of names.filter(Boolean).sort((a, b) => b.length - a.length)) {
        const pattern = requestPattern(name);
        for (const match of pattern ? m.text.matchAll(pattern) : []) {
          const span = { start: match.index!, end: match.index! + match[0].length };
          if (!found.some((f) => span.start < f.span.end && f.span.start < span.end)) found.push({ span, isTitle: false });
        }
      }
      return found.sort((a, b) => a.span.start - b.span.start).map((o) => ({ span: { start: o.span.start, end: o.span.end }, isTitle: o.isTitle }));
    };
    let mentions = 0;
    for (const file of corpusFiles()) {
      const { model: corpusModel } = analysis(readFileSync(file, 'utf8'));
      for (const item of corpusModel.items) {
        const expected = definition(corpusModel, item);
        assert.deepEqual(requestOccurrences(corpusModel, item), expected, `${file}: ${item.title.text}`);
        mentions += expected.length - 1;
      }
    }
    // The corpus names its requests outside their titles often enough for the comparison to mean something.
    assert.ok(mentions > 300, `${mentions} mentions`);
  });

  it('highlights a mention of the whole title as one place, not the names inside it (longer names are looked for first)', () => {
    const title =
      'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #35 is';
    const written = letter({ items: [{ ...KNEE_MRI_ITEM, title }], summary: summaryWith(`The worker appealed. ${title} disputed.`) });
    const { model: modified } = analysis(written);
    const mentions = requestOccurrences(modified, modified.items[0]).filter((o) => !o.isTitle);
    assert.deepEqual(
      mentions.map((o) => written.slice(o.span.start, o.span.end)),
      [title],
    );
  });

  it('a mention in the case summary names its item in any case, the long s and the Kelvin sign read as "s" and "k"', () => {
    // Only requests whose words are all near the place are tried; the words are compared as the patterns compare them.
    // The filler keeps the titles (which hold the words as written) out of the 400 characters around the mention.
    const filler = `\n${Array(8).fill('He reported that the pain limits his daily activities and his sleep.').join('\n')}`;
    for (const mention of ['MRI OF THE RIGHT KNEE', 'MRI of the right \u212Anee', 'MRI of the right knee', 'mri of the right knee']) {
      const written = letter({ summary: summaryWith(`The request for ${mention} was non-certified.`, filler) });
      const at = written.indexOf(mention) + 5;
      assert.equal(itemNamedAt(analysis(written).model, at)?.title.text, KNEE_MRI_ITEM.title, mention);
    }
    const longS = letter({
      items: [{ ...KNEE_MRI_ITEM, title: 'Knee brace for sports' }],
      summary: summaryWith('The request for knee brace for ſports was non-certified.', filler),
    });
    assert.equal(itemNamedAt(analysis(longS).model, longS.indexOf('brace for ſports') + 3)?.title.text, 'Knee brace for sports');
    const elsewhere = letter({ summary: summaryWith('The worker walks with a cane.') });
    assert.equal(itemNamedAt(analysis(elsewhere).model, elsewhere.indexOf('walks')), undefined);
  });
});
