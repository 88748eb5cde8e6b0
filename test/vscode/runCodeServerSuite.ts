/**
 * CI runner of the real-editor suite (test/vscode/suite) in code-server: one server, and one
 * workbench window per session, each on a fresh copy of the fixture workspace. The activation
 * tests need an editor where the extension has not been activated yet, so they run in sessions of
 * their own. Exits non-zero when any test fails, a session does not finish, or no test ran.
 *
 *   node out/vscode-test/test/vscode/runCodeServerSuite.js [--web] [--grep PATTERN]
 *
 * --web: the same tests in the browser's web worker extension host: the user setting
 * remote.extensionKind makes code-server run the extension's `browser` entry there, and the suite
 * is its web bundle; a run whose tests did not execute in a web worker fails.
 *
 * Artifacts (logs, results, screenshots of failed sessions): test-artifacts/vscode/ (vscode-web/).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, ROOT, runExtensionTests, startCodeServer } from './codeServer';
import { checkBuilt, makeWorkspace, SESSIONS, sessionEnvironment, SUITE_INDEX, WEB_SUITE, webWorkerSettings, writeWebSession, type Session } from './sessions';

interface Results {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  lines: string[];
  outcomes: { title: string; state: string; error?: string }[];
  /** Written by the web bundle: where its tests ran. */
  extensionHost?: string;
}

async function main(): Promise<number> {
  const started = Date.now();
  const grepArg = process.argv.indexOf('--grep');
  const onlyGrep = grepArg > 0 ? process.argv[grepArg + 1] : undefined;
  const web = process.argv.includes('--web');
  const host = web ? 'web worker extension host' : 'Node extension host';
  checkBuilt(web);
  const base = join(ARTIFACTS, web ? 'vscode-web' : 'vscode');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });

  const server = await startCodeServer({ dir: join(base, 'code-server'), userSettings: web ? webWorkerSettings() : undefined });
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems: string[] = [];
  try {
    console.log(`code-server ${server.origin} (remote authority ${server.remoteAuthority}, ${host}) ready in ${Date.now() - started} ms`);
    const sessions: readonly Session[] = onlyGrep ? [{ name: 'grep', grep: onlyGrep, timeoutMs: 300_000 }] : SESSIONS;
    for (const session of sessions) {
      const dir = join(base, session.name);
      const folder = makeWorkspace(dir);
      const resultsFile = web ? writeWebSession(session, folder) : join(dir, 'results.json');
      const sessionStarted = Date.now();
      const run = await runExtensionTests(browser, server, {
        folder,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: web ? WEB_SUITE : SUITE_INDEX,
        extensionDevelopmentKind: web ? 'web' : undefined,
        hostAuthority: web,
        environment: sessionEnvironment(session, resultsFile, folder),
        artifactsDir: dir,
        timeoutMs: session.timeoutMs,
      });
      let results: Results | undefined;
      try {
        results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
      } catch {
        results = undefined;
      }
      console.log(`\n[${session.name}] extension host exit ${run.exitCode ?? 'timeout'} after ${Date.now() - sessionStarted} ms`);
      if (results) {
        for (const line of results.lines) console.log(line);
        passed += results.passed;
        failed += results.failed;
        skipped += results.skipped;
      }
      if (run.exitCode === null) problems.push(`${session.name}: the extension host did not exit within the time limit`);
      else if (run.exitCode !== 0 && (!results || results.failed === 0)) problems.push(`${session.name}: the extension host exited with ${run.exitCode}`);
      if (!results) problems.push(`${session.name}: no results were written (the suite did not load?)`);
      else if (results.passed + results.failed === 0) problems.push(`${session.name}: no test ran`);
      else if (web && results.extensionHost !== 'web worker')
        problems.push(`${session.name}: the tests ran in ${results.extensionHost ?? 'an unknown host'}, not a web worker`);
      if (run.exitCode !== 0) {
        console.log(
          `  workbench console: ${run.consoleFile}${run.screenshot ? `\n  screenshot: ${run.screenshot}` : ''}\n  code-server log: ${server.logFile}`,
        );
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  for (const problem of problems) console.log(`problem: ${problem}`);
  console.log(`\nVS Code extension tests in code-server, ${host}: ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed > 0 || problems.length > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
