/** `npm run bench` times a keystroke part by part: the parse, the item rules, and each letter rule on its own. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ITEM_RULES, measureKeystrokeParts, PARSE } from '../../../bench/ruleCosts';
import { Catalog } from '../../../server/src/core/catalog/catalog';
import { RULES } from '../../../server/src/core/rules';
import { letter } from '../../support/letters';

describe('keystroke parts', () => {
  it('times the parse, the item rules and every letter rule, each keystroke', () => {
    const parts = measureKeystrokeParts(letter(), Catalog.load(), 4);
    const letterRules = RULES.filter((rule) => rule.check).map((rule) => rule.id);
    assert.deepEqual(Object.keys(parts.medianUs).sort(), [PARSE, ITEM_RULES, ...letterRules].sort());
    for (const [part, us] of Object.entries(parts.medianUs)) assert.ok(Number.isFinite(us) && us >= 0, `${part}: ${us}`);
    assert.equal(parts.keystrokes, 4);
    assert.equal(parts.bytes, letter().length);
  });
});
