/**
 * The same real-editor suite in desktop VS Code, for anyone who has it installed, through
 * @vscode/test-electron. Nothing is downloaded: the VS Code to run is named with
 * VSCODE_EXECUTABLE (the `code` binary of an installed VS Code, 1.85 or later).
 *
 *   npm run bundle && npx tsc -p test/vscode
 *   VSCODE_EXECUTABLE=/usr/share/code/code node out/vscode-test/test/vscode/runTest.js
 *
 * (macOS: VSCODE_EXECUTABLE="/Applications/Visual Studio Code.app/Contents/MacOS/Electron".)
 * Each session runs in a fresh window with its own profile and the fixture workspace of
 * test/vscode/sessions.ts; results and logs go to test-artifacts/vscode-desktop/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ARTIFACTS, ROOT } from './paths';
import { checkBuilt, makeWorkspace, SESSIONS, sessionEnvironment, SUITE_INDEX } from './sessions';

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.error(
      'Set VSCODE_EXECUTABLE to the VS Code executable to test in (nothing is downloaded). In CI the suite runs in code-server: npm run test:vscode.',
    );
    return 2;
  }
  checkBuilt();
  const base = join(ARTIFACTS, 'vscode-desktop');
  rmSync(base, { recursive: true, force: true });
  let passed = 0;
  let failed = 0;
  let broken = 0;
  for (const session of SESSIONS) {
    const dir = join(base, session.name);
    mkdirSync(dir, { recursive: true });
    const workspace = makeWorkspace(dir);
    const resultsFile = join(dir, 'results.json');
    let exitCode = 0;
    try {
      exitCode = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: SUITE_INDEX,
        extensionTestsEnv: sessionEnvironment(session, resultsFile, workspace),
        launchArgs: [
          workspace,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir',
          join(dir, 'user-data'),
          '--extensions-dir',
          join(dir, 'extensions'),
        ],
      });
    } catch (error) {
      console.error(`[${session.name}] ${error instanceof Error ? error.message : String(error)}`);
      exitCode = 1;
    }
    try {
      const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number };
      passed += results.passed;
      failed += results.failed;
      if (exitCode !== 0 && results.failed === 0) broken++;
    } catch {
      console.error(`[${session.name}] no results written`);
      broken++;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || broken > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
