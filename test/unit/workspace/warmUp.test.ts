/** The server's warm-up reaches what it is meant to: the parser, the rules that find its letter's defects, the example letters; it ends with the host's collection. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WARM_UP_LETTER, WARM_UP_STEP_COUNT, warmUpSteps, warmUpWhileIdle } from '../../../server/src/workspace/warmUp';
import EXAMPLE_LETTERS from '../../../server/src/workspace/exampleLetters.json';
import { exampleLetters } from '../../../scripts/exampleLetters';
import { garbageCollector } from '../../../server/src/workspace/collectGarbage';
import { join } from 'node:path';
import { builtinCatalog } from '../../support/lintText';
import { tiedDates } from '../../../server/src/core/analysis/tiedDates';
import { findDates } from '../../../server/src/core/parse/dates';

describe('the warm-up at start', () => {
  it('analyses a letter of three items whose defects reach the consistency and citation rules, without a rule failure', () => {
    const catalog = builtinCatalog();
    const analysis = analyze(WARM_UP_LETTER, catalog);
    assert.equal(analysis.model.items.length, 3);
    assert.deepEqual(analysis.failures, []);
    const rules = new Set(analysis.findings.map((f) => f.ruleId));
    for (const id of ['level-mismatch', 'laterality-mismatch', 'quantity-mismatch', 'procedure-guideline-mismatch'])
      assert.ok(rules.has(id), `no ${id} finding`);
  });
  it('then opens each example letter and types into it, a step per analysis', () => {
    assert.ok(EXAMPLE_LETTERS.length >= 9);
    assert.equal(
      WARM_UP_STEP_COUNT,
      19 + EXAMPLE_LETTERS.length * 17,
      'the letter three times and sixteen keystrokes; each example once and sixteen keystrokes',
    );
    assert.equal([...warmUpSteps(builtinCatalog())].length, WARM_UP_STEP_COUNT);
  });
  it('warms up on what the letters of 2016-17 carry: a case summary whose dates are tied to each kind of event, a date in words, a modified request, a line outside the MTUS', () => {
    // The parser and the rules reach these only through such text; code and patterns first met in the first letter opened cost it a third of its time (measured: README, run G).
    const catalog = builtinCatalog();
    const analyses = EXAMPLE_LETTERS.map((text) => analyze(text, catalog));
    const ties = new Set(analyses.flatMap((a) => tiedDates(a.model).map((t) => `${t.where} ${t.tie}`)));
    for (const tie of ['summary injury', 'summary utilization-review', 'summary authorization-request', 'summary report'])
      assert.ok(ties.has(tie), `no ${tie} date`);
    assert.ok(
      analyses.some((a) => findDates(a.model.text).some((d) => /^[A-Z][a-z]+ \d/.test(d.text))),
      'no date written in words',
    );
    const items = analyses.flatMap((a) => a.model.items);
    assert.ok(
      items.some((item) => item.title.modified !== undefined),
      'no modified request',
    );
    assert.ok(
      items.some((item) => item.maximus?.statements.some((s) => s.kind === 'outside-mtus')),
      'no MAXIMUS line outside the MTUS',
    );
  });
  it('warms up on the example letters as examples/ holds them (npm run generate)', () => {
    assert.deepEqual(EXAMPLE_LETTERS, exampleLetters(join(__dirname, '..', '..', '..', '..', 'examples')));
  });
  it('stops at the first turn a document is open, and runs every step while none is', async () => {
    const catalog = builtinCatalog();
    let asked = 0;
    // Idle for two steps, then a document arrives.
    let collected = 0;
    warmUpWhileIdle(
      catalog,
      () => ++asked <= 2,
      () => collected++,
    );
    for (let turn = 0; turn < 30; turn++) await nextTurn();
    assert.equal(asked, 3);
    assert.equal(collected, 0, 'an interrupted warm-up leaves the collection to V8');
    let steps = 0;
    warmUpWhileIdle(
      catalog,
      () => {
        steps++;
        return true;
      },
      () => collected++,
    );
    for (let turn = 0; turn < WARM_UP_STEP_COUNT + 10; turn++) await nextTurn();
    assert.equal(steps, WARM_UP_STEP_COUNT + 1, 'every step, and the question that finds none left');
    assert.equal(collected, 1, 'one collection once every step has run');
  });
  it("the Node host's collection frees the garbage the warm-up leaves", () => {
    const collect = garbageCollector();
    assert.ok(collect);
    collect();
    const before = process.memoryUsage().heapUsed;
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `garbage ${i}` }));
    assert.ok(process.memoryUsage().heapUsed - before > 10 * 2 ** 20, 'the garbage is on the heap');
    garbage = undefined;
    collect();
    assert.equal(garbage, undefined);
    assert.ok(process.memoryUsage().heapUsed - before < 2 * 2 ** 20, 'and no longer after the collection');
  });
});
