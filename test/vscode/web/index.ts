/**
 * The suite's entry in a browser's web worker extension host (bundled by
 * scripts/bundle-web-suite.mjs into out/vscode-test/web/suite.js, loaded as `extensionTestsPath`):
 * the same test files as index.ts runs in Node, on mocha's browser build, with the session read
 * from and the results written to the fixture workspace (session.ts).
 */
import 'mocha/mocha.js';
import { loadSuiteFiles } from 'imr:suite-files';
import * as vscode from 'vscode';
import { assertAllPassed, makeReporter, runMocha, summarize, type Outcome } from '../suite/reporter';
import { RESULTS_FILE, SESSION_DIR, SESSION_FILE, type SessionFile } from './session';

function sessionUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web suite needs the fixture workspace folder open');
  return vscode.Uri.joinPath(folder.uri, SESSION_DIR, name);
}

async function readSession(): Promise<SessionFile> {
  try {
    const raw: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sessionUri(SESSION_FILE))));
    const session = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    return { grep: typeof session.grep === 'string' ? session.grep : '', invert: session.invert === true };
  } catch {
    return { grep: '', invert: false };
  }
}

export async function run(): Promise<void> {
  const outcomes: Outcome[] = [];
  const lines: string[] = [];
  const session = await readSession();
  mocha.setup({ ui: 'tdd', color: false, timeout: 60_000, reporter: makeReporter(Mocha, outcomes, lines) });
  if (session.grep) mocha.grep(new RegExp(session.grep));
  if (session.grep && session.invert) mocha.invert();
  // After setup: the test files call the suite()/test() globals it defines.
  loadSuiteFiles();
  const started = Date.now();
  const failures = await runMocha(mocha, outcomes);
  // Where the tests (and so the extension under test) ran: the runner checks it is a web worker.
  const results = {
    ...summarize(outcomes, lines, started),
    extensionHost: typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function' ? 'web worker' : 'other',
  };
  await vscode.workspace.fs.writeFile(sessionUri(RESULTS_FILE), new TextEncoder().encode(JSON.stringify(results, null, 2)));
  assertAllPassed(results, failures);
}
