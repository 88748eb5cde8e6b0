/**
 * The extension-host side of the real-editor suite: VS Code (desktop through
 * @vscode/test-electron, or code-server in CI) loads this module as `extensionTestsPath` and calls
 * `run()`. It runs every `*.test.js` beside it with mocha (TDD interface) and rejects when a test
 * fails, which makes the editor exit with a non-zero code.
 *
 * Environment (set by the runners through the extension host's environment):
 *   IMR_TEST_RESULTS  file to write the results to (JSON), read back by the runner;
 *   IMR_TEST_GREP     run only the tests whose full title matches this pattern;
 *   IMR_TEST_INVERT   (non-empty) run only the tests that do not match it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** A reporter that prints one line per test (to the extension host's console) and keeps them for the results file. */
function makeReporter(outcomes: Outcome[], lines: string[]) {
  return class ImrReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
      super(runner, options);
      const say = (line: string) => {
        lines.push(line);
        console.log(line);
      };
      runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
        if (suite.title) say(`  ${suite.title}`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test: Mocha.Test) => {
        outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        say(`    ok   ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test: Mocha.Test) => {
        outcomes.push({ title: test.fullTitle(), state: 'pending' });
        say(`    skip ${test.title}`);
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Test, error: Error) => {
        const message = error?.stack ?? String(error);
        outcomes.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: message });
        say(`    FAIL ${test.title}\n${message.replace(/^/gm, '         ')}`);
      });
    }
  };
}

export async function run(): Promise<void> {
  const outcomes: Outcome[] = [];
  const lines: string[] = [];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: makeReporter(outcomes, lines) });
  const grep = process.env.IMR_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  if (grep && process.env.IMR_TEST_INVERT) mocha.invert();
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));

  const started = Date.now();
  const failures = await new Promise<number>((resolve) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      outcomes.push({ title: 'loading the suite', state: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      resolve(1);
    }
  });
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const failed = outcomes.filter((o) => o.state === 'failed').length;
  const skipped = outcomes.filter((o) => o.state === 'pending').length;
  const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  console.log(summary);
  const resultsFile = process.env.IMR_TEST_RESULTS;
  if (resultsFile) {
    writeFileSync(resultsFile, JSON.stringify({ passed, failed, skipped, durationMs: Date.now() - started, outcomes, lines }, null, 2));
  }
  if (failures > 0 || failed > 0 || passed === 0) throw new Error(`IMR extension tests: ${summary}`);
}
