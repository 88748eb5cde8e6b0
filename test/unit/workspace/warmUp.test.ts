/** The server's warm-up letter reaches what it is meant to: the parser and the rules that find its defects. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { WARM_UP_LETTER, warmUp } from '../../../server/src/workspace/warmUp';
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
    assert.doesNotThrow(() => warmUp(catalog));
  });
});
