/**
 * What both suite entries share (index.ts in Node's extension host, web/index.ts in a browser's web
 * worker one): a mocha reporter that prints one line per test and keeps the outcomes, and the
 * results the runner reads back. Mocha itself is passed in: each entry loads its own build of it.
 */
import type MochaType from 'mocha';

export interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface Results {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  outcomes: Outcome[];
  lines: string[];
}

type MochaNamespace = Pick<typeof MochaType, 'reporters' | 'Runner'>;

export function makeReporter(Mocha: MochaNamespace, outcomes: Outcome[], lines: string[]) {
  return class ImrReporter extends Mocha.reporters.Base {
    constructor(runner: MochaType.Runner, options: MochaType.MochaOptions) {
      super(runner, options);
      const say = (line: string) => {
        lines.push(line);
        console.log(line);
      };
      runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (suite: MochaType.Suite) => {
        if (suite.title) say(`  ${suite.title}`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test: MochaType.Test) => {
        outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        say(`    ok   ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test: MochaType.Test) => {
        outcomes.push({ title: test.fullTitle(), state: 'pending' });
        say(`    skip ${test.title}`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: MochaType.Test, error: Error) => {
        const message = error?.stack ?? String(error);
        outcomes.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: message });
        say(`    FAIL ${test.title}\n${message.replace(/^/gm, '         ')}`);
      });
    }
  };
}

/** The counts of a run, printed. */
export function summarize(outcomes: Outcome[], lines: string[], startedAt: number): Results {
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const failed = outcomes.filter((o) => o.state === 'failed').length;
  const skipped = outcomes.filter((o) => o.state === 'pending').length;
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { passed, failed, skipped, durationMs: Date.now() - startedAt, outcomes, lines };
}

/** Throws (the extension host's test run fails) unless every test passed and one ran at least. */
export function assertAllPassed(results: Results, failures: number): void {
  if (failures > 0 || results.failed > 0 || results.passed === 0)
    throw new Error(`IMR extension tests: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
}

/** Runs a mocha instance; a throw while loading counts as one failed test. */
export function runMocha(mocha: { run(done: (failures: number) => void): unknown }, outcomes: Outcome[]): Promise<number> {
  return new Promise<number>((resolve) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      outcomes.push({ title: 'loading the suite', state: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      resolve(1);
    }
  });
}
