/**
 * What both runners (code-server in CI, desktop VS Code through @vscode/test-electron) share: the
 * fixture workspace and the sessions. The activation tests need an editor window where the
 * extension has not been activated yet, so each runs in a window of its own; the other tests
 * share one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED } from './paths';

export interface Session {
  name: string;
  /** Mocha grep over full test titles (IMR_TEST_GREP); `invert` runs the others. */
  grep: string;
  invert?: boolean;
  /** How long the window may take (a hung editor ends the session as a failure). */
  timeoutMs: number;
}

export const SESSIONS: readonly Session[] = [
  { name: 'activation-file', grep: '^Activation on a \\.imr file', timeoutMs: 120_000 },
  { name: 'activation-untitled', grep: '^Activation on a pasted letter', timeoutMs: 120_000 },
  { name: 'activation-command', grep: '^Activation by a command', timeoutMs: 120_000 },
  { name: 'suite', grep: '^Activation ', invert: true, timeoutMs: 300_000 },
];

/** The compiled suite entry (its `run()` is the extension tests). */
export const SUITE_INDEX = join(__dirname, 'suite', 'index.js');

/** A fresh fixture workspace in `dir`: the seed letter and the example letters, as .imr files. */
export function makeWorkspace(dir: string): string {
  const workspace = join(dir, 'workspace');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, 'examples'), { recursive: true });
  if (!existsSync(SEED)) throw new Error(`the seed letter is missing: ${SEED} (set IMR_SHARED_DIR to the shared/ folder)`);
  copyFileSync(SEED, join(workspace, 'seed-determination.imr'));
  for (const file of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.imr'))) copyFileSync(join(ROOT, 'examples', file), join(workspace, 'examples', file));
  return workspace;
}

/** The extension host environment for a session. */
export function sessionEnvironment(session: Session, resultsFile: string, workspace: string): Record<string, string> {
  return { IMR_TEST_RESULTS: resultsFile, IMR_TEST_GREP: session.grep, IMR_TEST_INVERT: session.invert ? '1' : '', IMR_TEST_WORKSPACE: workspace };
}

export function checkBuilt(): void {
  for (const file of [join(ROOT, 'dist', 'client.js'), join(ROOT, 'dist', 'server.js'), SUITE_INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run bundle and npx tsc -p test/vscode first`);
  }
}
