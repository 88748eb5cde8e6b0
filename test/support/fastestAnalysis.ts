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
