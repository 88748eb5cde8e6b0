/** The server's warm-up letter reaches what it is meant to: the parser and the rules that find its defects. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WARM_UP_LETTER, warmUpSteps, warmUpWhileIdle } from '../../../server/src/workspace/warmUp';
import { builtinCatalog } from '../../support/lintText';

describe('the warm-up at start', () => {
  it('analyses a letter of three items whose defects reach the consistency and citation rules, without a rule failure', () => {
    const catalog = builtinCatalog();
    const analysis = analyze(WARM_UP_LETTER, catalog);
    assert.equal(analysis.model.items.length, 3);
    assert.deepEqual(analysis.failures, []);
    const rules = new Set(analysis.findings.map((f) => f.ruleId));
    for (const id of ['level-mismatch', 'laterality-mismatch', 'quantity-mismatch', 'procedure-guideline-mismatch'])
      assert.ok(rules.has(id), `no ${id} finding`);
    assert.equal([...warmUpSteps(catalog)].length, 19, 'three analyses and sixteen keystrokes, a step each');
  });
  it('stops at the first turn a document is open, and runs every step while none is', async () => {
    const catalog = builtinCatalog();
    let asked = 0;
    // Idle for two steps, then a document arrives.
    warmUpWhileIdle(catalog, () => ++asked <= 2);
    for (let turn = 0; turn < 30; turn++) await nextTurn();
    assert.equal(asked, 3);
    let steps = 0;
    warmUpWhileIdle(catalog, () => {
      steps++;
      return true;
    });
    for (let turn = 0; turn < 40; turn++) await nextTurn();
    assert.equal(steps, 20, 'nineteen steps, and the question that finds none left');
  });
});
