/**
 * Dates are found piece by piece (between items, and in each item, kept with it) and placed in the
 * letter when read: after edits that move items, every item's dates and ties are its own, where
 * the item now is, as a fresh analysis finds them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { tiedDates } from '../../server/src/core/analysis/tiedDates';
import { builtinCatalog } from '../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../support/letters';

const catalog = builtinCatalog();

const base = letter({
  items: [
    { ...ESI_ITEM, rationale: `The UR dated 01/05/2016 non-certified the request. ${ESI_ITEM.rationale}` },
    { ...KNEE_MRI_ITEM, rationale: `A progress report dated 02/01/2016 and a note of 13/45/16 are cited. ${KNEE_MRI_ITEM.rationale}` },
  ],
});

/** Each version from the one before: a word typed in the summary (both items move), then in the first rationale (the second moves), then taken back. */
const edits: ((text: string) => string)[] = [
  (t) => t.replace(/He(\s+)reported/, 'He$1then reported'),
  (t) => t.replace(/01\/05\/2016(\s+)non-certified/, '01/05/2016$1formally non-certified'),
  (t) => t.replace('then reported', 'reported'),
  (t) => t.replace('formally ', ''),
];

function ties(analysis: Analysis) {
  // The item a tie is in, by where its date is.
  const itemAt = (span: { start: number; end: number }) => analysis.model.items.findIndex((i) => i.span.start <= span.start && span.end <= i.span.end);
  return tiedDates(analysis.model).map((t) => ({ tie: t.tie, where: t.where, text: t.date.text, span: t.date.span, item: itemAt(t.date.span) }));
}

function dateFindings(analysis: Analysis) {
  return analysis.findings.filter((f) => f.ruleId.startsWith('date-'));
}

describe('dates across edits', () => {
  it('gives each item its own ties and date findings, where the item is after each edit, as a fresh analysis does', () => {
    const fresh = analyze(base, catalog);
    const rationaleTies = ties(fresh).filter((t) => t.where === 'rationale');
    assert.deepEqual(
      rationaleTies.map((t) => [t.item, t.text]),
      [
        [0, '01/05/2016'],
        [1, '02/01/2016'],
      ],
    );
    assert.deepEqual(
      dateFindings(fresh)
        .map((f) => f.ruleId)
        .sort(),
      ['date-invalid', 'date-mismatch', 'date-order', 'date-order'],
    );

    let previous = fresh;
    let text = base;
    for (const edit of edits) {
      text = edit(text);
      assert.notEqual(text, previous.model.text);
      const incremental = analyze(text, catalog, undefined, previous);
      const again = analyze(text, catalog);
      assert.deepEqual(ties(incremental), ties(again));
      assert.deepEqual(dateFindings(incremental), dateFindings(again));
      for (const t of ties(incremental)) assert.equal(text.slice(t.span.start, t.span.end), t.text);
      previous = incremental;
    }
  });

  it("checks the rationales' dates again when the header's Date of Injury changes, though the items do not", () => {
    const fresh = analyze(base, catalog);
    const reviewBeforeInjury = (a: Analysis) =>
      dateFindings(a).filter((f) => f.ruleId === 'date-order' && a.model.text.slice(f.span.start, f.span.end) === '01/05/2016');
    assert.equal(reviewBeforeInjury(fresh).length, 1);
    // An injury a year earlier: the review in the first rationale no longer precedes it.
    const earlier = base.replace('Date of Injury:      03/14/2016', 'Date of Injury:      03/14/2015');
    assert.notEqual(earlier, base);
    const incremental = analyze(earlier, catalog, undefined, fresh);
    assert.deepEqual(reviewBeforeInjury(incremental), []);
    assert.deepEqual(dateFindings(incremental), dateFindings(analyze(earlier, catalog)));
  });

  it('places what the case summary ties where the summary is after an edit before it moved it', () => {
    const mismatch = base.replace('industrial injury on 03-14-2016', 'industrial injury on 03-14-2015');
    assert.notEqual(mismatch, base);
    const first = analyze(mismatch, catalog);
    const summaryFinding = (a: Analysis) =>
      dateFindings(a).find((f) => f.ruleId === 'date-mismatch' && a.model.text.slice(f.span.start, f.span.end) === '03-14-2015');
    assert.ok(summaryFinding(first));
    // Two characters more in the header's case number: the summary moves, its text does not change.
    const moved = mismatch.replace('CM16-0000001', 'CM16-000000001');
    assert.notEqual(moved, mismatch);
    const incremental = analyze(moved, catalog, undefined, first);
    assert.ok(summaryFinding(incremental), 'the summary finding covers the date where the summary now is');
    assert.deepEqual(dateFindings(incremental), dateFindings(analyze(moved, catalog)));
  });
});
