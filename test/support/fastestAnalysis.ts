/** For the scaling tests: how long an operation takes, without results kept from an earlier run of it. */
import assert from 'node:assert/strict';
import { analyzeText } from './lintText';

/**
 * The fastest of three runs, each of the operation `prepare` gives for 0, 1 and 2 (prepared
 * untimed: the letter each works on is its own, so that no result kept from the last is reused);
 * `check` asserts on each run's result, untimed.
 */
export function fastestRun<T>(prepare: (variant: number) => () => T, check: (result: T) => void = () => undefined): number {
  let best = Number.POSITIVE_INFINITY;
  for (let variant = 0; variant < 3; variant++) {
    const run = prepare(variant);
    const started = process.hrtime.bigint();
    const result = run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    check(result);
  }
  return best;
}

/** The fastest of three analyses, of the letters `build` gives for 0, 1 and 2. None may have a rule failure. */
export function fastestAnalysis(build: (variant: number) => string): number {
  return fastestRun(
    (variant) => {
      const text = build(variant);
      return () => analyzeText(text).failures;
    },
    (failures) => assert.deepEqual(failures, []),
  );
}

/**
 * Asserts that an operation costs in proportion to its size, not to its square: `timeAt(large)`
 * is well under `limit` times `timeAt(small)` (`floorMs` is always allowed, under which the
 * timings say nothing).
 */
export function assertScales(timeAt: (size: number) => number, small: number, large: number, limit: number, floorMs = 100): void {
  const smallMs = timeAt(small);
  const largeMs = timeAt(large);
  assert.ok(largeMs < Math.max(limit * smallMs, floorMs), `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`);
}

/** assertScales for the analysis of the letter `build` makes at a size (its second argument telling the three apart). */
export function assertAnalysisScales(build: (size: number, variant: number) => string, small: number, large: number, limit: number, floorMs = 100): void {
  assertScales((size) => fastestAnalysis((variant) => build(size, variant)), small, large, limit, floorMs);
}
