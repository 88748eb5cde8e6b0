/**
 * The guideline tokenizer's cost grows with the paragraph, not with its square: a section list
 * four times as long takes about four times as long (a quadratic reading would take sixteen).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeGuideline } from '../../server/src/core/grammar/guidelineTokens';
import { builtinCatalog } from '../support/lintText';

function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

describe('tokenizer scaling', () => {
  const catalog = builtinCatalog();
  for (const [name, head, piece] of [
    ['a section list', 'Decision based on MTUS Low Back Disorders 2020, Section(s): ', 'Imaging, and '],
    ['known section names', 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ', 'Opioids, criteria for use, '],
    ['components joined by "and"', 'Decision based on MTUS ', 'Knee Disorders 2020, and '],
  ] as const) {
    it(`${name}: four times the text, well under sixteen times the time`, () => {
      const small = head + piece.repeat(2_500);
      const large = head + piece.repeat(10_000);
      const smallMs = fastest(() => tokenizeGuideline(small, catalog));
      const largeMs = fastest(() => tokenizeGuideline(large, catalog));
      assert.ok(largeMs < Math.max(8 * smallMs, 50), `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`);
    });
  }
});
