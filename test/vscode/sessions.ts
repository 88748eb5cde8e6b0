/**
 * What both runners (code-server in CI, desktop VS Code through @vscode/test-electron) share: the
 * fixture workspace and the sessions. The activation tests need an editor window where the
 * extension has not been activated yet, so each runs in a window of its own; the other tests
 * share one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED } from './paths';
import { RESULTS_FILE, SESSION_DIR, SESSION_FILE, type SessionFile } from './web/session';

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

/** The suite bundled for a browser's web worker extension host (scripts/bundle-web-suite.mjs). */
export const WEB_SUITE = join(ROOT, 'out', 'vscode-test', 'web', 'suite.js');

/** The extension's id (publisher.name), as `remote.extensionKind` names it. */
export function extensionId(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${manifest.publisher}.${manifest.name}`;
}

/** User settings that make code-server run the extension in its web worker extension host (its `browser` entry). */
export function webWorkerSettings(): Record<string, unknown> {
  return { 'remote.extensionKind': { [extensionId()]: ['web'] } };
}

/** A fresh fixture workspace in `dir`: the seed letter and the example letters, as .imr files. */
export function makeWorkspace(dir: string): string {
  const workspace = join(dir, 'workspace');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, 'examples'), { recursive: true });
  if (!existsSync(SEED)) throw new Error(`the seed letter is missing: ${SEED} (set IMR_SHARED_DIR to the shared/ folder)`);
  copyFileSync(SEED, join(workspace, 'seed-determination.imr'));
  for (const file of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.imr')))
    copyFileSync(join(ROOT, 'examples', file), join(workspace, 'examples', file));
  return workspace;
}

/** The extension host environment for a session. */
export function sessionEnvironment(session: Session, resultsFile: string, workspace: string): Record<string, string> {
  return { IMR_TEST_RESULTS: resultsFile, IMR_TEST_GREP: session.grep, IMR_TEST_INVERT: session.invert ? '1' : '', IMR_TEST_WORKSPACE: workspace };
}

/**
 * For the web worker run: the session written into the workspace, where the suite reads it (a web
 * worker has no environment variables), and the file the suite writes its results to.
 */
export function writeWebSession(session: Session, workspace: string): string {
  const dir = join(workspace, SESSION_DIR);
  mkdirSync(dir, { recursive: true });
  const file: SessionFile = { grep: session.grep, invert: session.invert === true };
  writeFileSync(join(dir, SESSION_FILE), JSON.stringify(file));
  return join(dir, RESULTS_FILE);
}

export function checkBuilt(web = false): void {
  const needed = web
    ? [join(ROOT, 'dist', 'browserClient.js'), join(ROOT, 'dist', 'browserServer.js'), WEB_SUITE]
    : [join(ROOT, 'dist', 'client.js'), join(ROOT, 'dist', 'server.js'), SUITE_INDEX];
  for (const file of needed) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run bundle, npx tsc -p test/vscode and node scripts/bundle-web-suite.mjs first`);
  }
}
