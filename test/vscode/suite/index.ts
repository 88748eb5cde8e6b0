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
import { assertAllPassed, makeReporter, runMocha, summarize, type Outcome } from './reporter';

export async function run(): Promise<void> {
  const outcomes: Outcome[] = [];
  const lines: string[] = [];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: makeReporter(Mocha, outcomes, lines) });
  const grep = process.env.IMR_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  if (grep && process.env.IMR_TEST_INVERT) mocha.invert();
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));

  const started = Date.now();
  const failures = await runMocha(mocha, outcomes);
  const results = summarize(outcomes, lines, started);
  const resultsFile = process.env.IMR_TEST_RESULTS;
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  assertAllPassed(results, failures);
}
