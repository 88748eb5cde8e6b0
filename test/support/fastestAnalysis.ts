/** For the scaling tests: how long the analysis of a letter takes, without results kept from an earlier one. */
import assert from 'node:assert/strict';
import { analyzeText } from './lintText';

/**
 * The fastest of three analyses, of the letters `build` gives for 0, 1 and 2: each a letter of its
 * own, so that no result kept from the last one is reused. None may have a rule failure.
 */
export function fastestAnalysis(build: (variant: number) => string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let variant = 0; variant < 3; variant++) {
    const text = build(variant);
    const started = process.hrtime.bigint();
    const { failures } = analyzeText(text);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    assert.deepEqual(failures, []);
  }
  return best;
}

/**
 * Asserts that the analysis costs in proportion to the letter's size, not to its square: the
 * letter `build` makes at size `large` takes well under `limit` times as long as at size `small`
 * (the fastest of three each, `build`'s second argument telling them apart; `floorMs` is always
 * allowed, under which the timings say nothing).
 */
export function assertAnalysisScales(build: (size: number, variant: number) => string, small: number, large: number, limit: number, floorMs = 100): void {
  const smallMs = fastestAnalysis((variant) => build(small, variant));
  const largeMs = fastestAnalysis((variant) => build(large, variant));
  assert.ok(largeMs < Math.max(limit * smallMs, floorMs), `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`);
}
