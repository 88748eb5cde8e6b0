/**
 * UI smoke test of the packaged extension, as a reviewer meets it: the .vsix is installed into a
 * fresh code-server with `--install-extension`, the workbench is opened on a folder holding the
 * seed letter, and Playwright works the UI with the keyboard: open the letter (Quick Open), read
 * the finding in the Problems panel, put the cursor after "MAXIMUS guideline: ", press Ctrl+Space
 * and read the suggestions; read the notification about a bad setting value; open a letter saved
 * as .txt from the Explorer, see it become an IMR letter with its finding, and open the finding's
 * quick fix; run "Lint all" from the Command Palette. Screenshots go to test-artifacts/ui-smoke/;
 * with IMR_UPDATE_IMAGES=1 the picture of the finding and its quick fix also replaces the
 * README's (images/quick-fix.png).
 *
 *   node out/vscode-test/test/vscode/uiSmoke.js [--web] [path/to/extension.vsix]
 *
 * --web: the same checks with the extension in the browser's web worker extension host (its
 * `browser` entry, forced there by remote.extensionKind), and one more: "Developer: Show Running
 * Extensions" lists it as running in the web worker. Screenshots: test-artifacts/ui-smoke-web/.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESI_ITEM, letter } from '../support/letters';
import { ARTIFACTS, baseArgs, checkToolchain, CODE_SERVER_ENTRY, launchBrowser, NODE24, ROOT, SEED, startCodeServer, type Page } from './codeServer';
import { webWorkerSettings } from './sessions';

const EXTENSION_ID = 'imr-determinations.imr-determinations';
const LETTER = 'seed-determination.imr';
/** A letter as published letters are saved: plain text, .txt, with a misspelt decision. */
const TXT_LETTER = 'CM16-0000001.txt';
const README_PICTURE = join(ROOT, 'images', 'quick-fix.png');

function runCli(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [CODE_SERVER_ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, output }));
  });
}

interface Check {
  name: string;
  run: () => Promise<void>;
}

async function main(): Promise<number> {
  checkToolchain();
  const started = Date.now();
  const web = process.argv.includes('--web');
  const vsix = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(ROOT, 'imr-determinations.vsix');
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  const dir = join(ARTIFACTS, web ? 'ui-smoke-web' : 'ui-smoke');
  rmSync(dir, { recursive: true, force: true });
  const extensionsDir = join(dir, 'extensions');
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(dir, 'user-data'), { recursive: true });
  copyFileSync(SEED, join(workspace, LETTER));
  writeFileSync(join(workspace, TXT_LETTER), letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
  const seedLines = readFileSync(SEED, 'utf8').split('\n');

  const results: { name: string; ok: boolean; error?: string }[] = [];
  let page: Page | undefined;
  const shot = async (name: string) => {
    await page?.screenshot({ path: join(dir, `${name}.png`) }).catch(() => undefined);
  };

  const install: Check = {
    name: 'the .vsix installs with code-server --install-extension',
    run: async () => {
      const config = join(dir, 'config.yaml');
      writeFileSync(config, 'auth: none\ncert: false\n');
      const installed = await runCli(['--install-extension', vsix, '--force', ...baseArgs(dir, extensionsDir)]);
      if (installed.code !== 0) throw new Error(`exit ${installed.code}: ${installed.output}`);
      const listed = await runCli(['--list-extensions', '--show-versions', ...baseArgs(dir, extensionsDir)]);
      if (!listed.output.includes(EXTENSION_ID)) throw new Error(`not listed: ${listed.output}`);
    },
  };

  const server = await (async () => {
    for (const check of [install]) {
      try {
        await check.run();
        results.push({ name: check.name, ok: true });
      } catch (error) {
        results.push({ name: check.name, ok: false, error: String(error) });
        return undefined;
      }
    }
    // A wrong value in the user settings: the server must report it once, clearly.
    return startCodeServer({ dir, extensionsDir, userSettings: { 'imr.lint.debounceMs': 'soon', ...(web ? webWorkerSettings() : {}) } });
  })();

  if (server) {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      page = await context.newPage();
      const p = page;
      const checks: Check[] = [
        {
          name: 'the workbench opens on the folder and Quick Open opens the letter in an editor',
          run: async () => {
            await p.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
            await p.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
            // The explorer shows the folder's files once the remote connection is up.
            await p.locator('.explorer-folders-view .monaco-list-row', { hasText: LETTER }).first().waitFor({ timeout: 60_000 });
            await p.keyboard.press('Control+P');
            await p.locator('.quick-input-widget input').waitFor();
            await p.keyboard.type(LETTER);
            await p.locator('.quick-input-list .monaco-list-row', { hasText: LETTER }).first().waitFor();
            await p.keyboard.press('Enter');
            await p.locator('.editor-group-container .tab.active', { hasText: LETTER }).waitFor();
            await p.locator('.monaco-editor .view-lines', { hasText: 'HOW THE IMR FINAL DETERMINATION WAS MADE' }).first().waitFor();
          },
        },
        {
          name: 'the status bar names the language of the letter',
          run: async () => {
            await p.locator('.statusbar-item', { hasText: 'IMR Determination' }).first().waitFor({ timeout: 30_000 });
          },
        },
        {
          name: 'the Problems panel lists the procedure-guideline-mismatch finding of the seed letter',
          run: async () => {
            await p.keyboard.press('Control+Shift+M');
            const row = p.locator('.markers-panel .monaco-list-row', { hasText: 'procedure-guideline-mismatch' }).first();
            await row.waitFor({ timeout: 60_000 });
            const text = (await row.innerText()).replace(/\s+/g, ' ');
            if (!/The request is for Epidural \/ nerve root injection/.test(text)) throw new Error(`unexpected row: ${text}`);
            console.log(`    Problems: ${text.slice(0, 200)}`);
            await shot('problems');
          },
        },
        {
          name: 'Ctrl+Space after "MAXIMUS guideline: " suggests the epidural citation first',
          run: async () => {
            const line = seedLines.findIndex((l) => l.includes('MAXIMUS guideline: '));
            if (line < 0) throw new Error('no MAXIMUS guideline line in the seed');
            const column = seedLines[line].indexOf('MAXIMUS guideline: ') + 'MAXIMUS guideline: '.length + 1;
            // Back to the editor, then Go to Line/Column.
            await p.locator('.monaco-editor .view-lines').first().click();
            await p.keyboard.press('Control+G');
            await p.locator('.quick-input-widget input').waitFor();
            await p.keyboard.type(`${line + 1}:${column}`);
            await p.keyboard.press('Enter');
            // The cursor is there (status bar) and the editor has the focus back from Quick Input.
            await p
              .locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col ${column}` })
              .first()
              .waitFor({ timeout: 30_000 });
            await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
            await p.locator('.monaco-editor.focused').first().waitFor();
            const rows = p.locator('.suggest-widget.visible .monaco-list-row');
            await p.keyboard.press('Control+Space');
            try {
              await rows.first().waitFor({ timeout: 10_000 });
            } catch {
              // Once more, should the first key press have reached the editor before it was ready for it.
              await p.keyboard.press('Control+Space');
              await rows.first().waitFor({ timeout: 20_000 });
            }
            const labels = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
            console.log(`    suggestions: ${labels.slice(0, 4).join(' | ')}`);
            await shot('completion');
            if (!/Epidural steroid injections \(ESIs\)/.test(labels[0] ?? '')) throw new Error(`first suggestion: ${labels[0]}`);
            await p.keyboard.press('Escape');
          },
        },
        {
          name: 'the bad setting value (imr.lint.debounceMs: "soon") is reported once, by name, in a notification',
          run: async () => {
            // Its toast may have been dismissed by the Escapes above: the notification center keeps it.
            await p.locator('[id="status.notifications"]').click();
            const items = p.locator('.notifications-center .notification-list-item', { hasText: 'imr.lint.debounceMs' });
            await items.first().waitFor({ timeout: 30_000 });
            const text = (await items.first().innerText()).replace(/\s+/g, ' ');
            console.log(`    notification: ${text.slice(0, 200)}`);
            await shot('bad-setting');
            if ((await items.count()) !== 1) throw new Error(`${await items.count()} notifications about it`);
            if (!/"soon"/.test(text) || !/150/.test(text)) throw new Error(`unclear message: ${text}`);
            await p.keyboard.press('Escape');
          },
        },
        {
          name: 'a .txt letter on disk, opened from the Explorer, becomes an IMR letter and its finding is in Problems',
          run: async () => {
            await p.locator('.explorer-folders-view .monaco-list-row', { hasText: TXT_LETTER }).first().click();
            await p.locator('.editor-group-container .tab.active', { hasText: TXT_LETTER }).waitFor();
            await p.locator('.monaco-editor .view-lines', { hasText: 'Case Number:' }).first().waitFor();
            // Only this letter has a misspelt decision: its row proves it was linted.
            await p.keyboard.press('Control+Shift+M');
            const row = p.locator('.markers-panel .monaco-list-row', { hasText: 'invalid-decision' }).first();
            await row.waitFor({ timeout: 60_000 });
            console.log(`    Problems: ${(await row.innerText()).replace(/\s+/g, ' ').slice(0, 200)}`);
            await p.locator('[id="status.editor.mode"]', { hasText: 'IMR Determination' }).waitFor({ timeout: 30_000 });
            await shot('txt-letter');
          },
        },
        {
          name: "the finding's quick fix (Ctrl+.) offers the correction",
          run: async () => {
            // Enter on the Problems row puts the cursor on the finding, in the editor.
            const goToFinding = async () => {
              await p.locator('.markers-panel .monaco-list-row', { hasText: 'invalid-decision' }).first().click();
              await p.keyboard.press('Enter');
              await p.locator('.monaco-editor.focused').first().waitFor();
            };
            await goToFinding();
            const fix = p.locator('.action-widget .monaco-list-row', { hasText: 'Change to "Upheld"' }).first();
            // A Ctrl+. that arrives while the editor is still taking the focus opens nothing (seen in a
            // clean-clone CI run on a loaded machine: the light bulb shown, no menu): asked again, up to four times.
            for (let attempt = 1; ; attempt++) {
              await p.keyboard.press('Control+.');
              try {
                await fix.waitFor({ timeout: 7_500 });
                break;
              } catch (error) {
                if (attempt === 4) throw error;
                await p.keyboard.press('Escape');
                await goToFinding();
              }
            }
            await shot('quick-fix');
            if (process.env.IMR_UPDATE_IMAGES === '1') {
              await p.screenshot({ path: README_PICTURE });
              console.log(`    written: ${README_PICTURE}`);
            }
            await p.keyboard.press('Escape');
          },
        },
        {
          name: 'the Command Palette runs "IMR: Lint all determinations in the workspace" and reports the totals',
          run: async () => {
            await p.keyboard.press('F1');
            await p.locator('.quick-input-widget input').waitFor();
            await p.keyboard.type('IMR: Lint all determinations');
            await p.locator('.quick-input-list .monaco-list-row', { hasText: 'IMR: Lint all determinations in the workspace' }).first().waitFor();
            await p.keyboard.press('Enter');
            await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
            // The totals come as a notification: a toast, kept in the notification center.
            const done = p.locator('.notification-toast, .notifications-center .notification-list-item', { hasText: 'IMR: linted 2 letters' });
            try {
              await done.first().waitFor({ timeout: 15_000 });
            } catch {
              await p.locator('[id="status.notifications"]').click();
              await done.first().waitFor({ timeout: 15_000 });
            }
            const text = (await done.first().innerText()).replace(/\s+/g, ' ');
            console.log(`    notification: ${text.slice(0, 200)}`);
            if (!text.includes('IMR: linted 2 letters: 1 error, 1 warning')) throw new Error(`unexpected: ${text}`);
            await shot('lint-workspace');
          },
        },
      ];
      if (web) {
        checks.push({
          name: '"Developer: Show Running Extensions" lists the extension in the web worker extension host',
          run: async () => {
            await p.keyboard.press('F1');
            await p.locator('.quick-input-widget input').waitFor();
            await p.keyboard.type('Developer: Show Running Extensions');
            await p.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor();
            await p.keyboard.press('Enter');
            const row = p.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'IMR Determinations' }).first();
            const list = p.locator('.runtime-extensions-editor .monaco-list').first();
            await list.waitFor({ timeout: 30_000 });
            // The list is virtual and ordered by activation time: its rows exist only once scrolled into view.
            for (let step = 0; step < 40 && !(await row.isVisible()); step++) {
              await list.hover();
              await p.mouse.wheel(0, 300);
              await p.waitForTimeout(250);
            }
            await row.waitFor({ timeout: 15_000 });
            const text = (await row.innerText()).replace(/\s+/g, ' ');
            console.log(`    running: ${text.slice(0, 200)}`);
            await shot('running-extensions');
            if (!/web worker/i.test(text)) throw new Error(`not in the web worker host: ${text}`);
          },
        });
      }
      for (const check of checks) {
        try {
          await check.run();
          results.push({ name: check.name, ok: true });
        } catch (error) {
          results.push({ name: check.name, ok: false, error: error instanceof Error ? error.message : String(error) });
          await shot(`failed-${results.length}`);
          break;
        }
      }
      await shot('ui-smoke');
    } finally {
      await browser.close().catch(() => undefined);
      await server.stop();
    }
  }

  console.log(`UI smoke test (packaged .vsix in code-server, ${web ? 'web worker' : 'Node'} extension host)`);
  for (const r of results) console.log(`    ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.error ? `\n         ${r.error.split('\n').join('\n         ')}` : ''}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const expected = web ? 10 : 9;
  console.log(`  screenshots: ${dir}`);
  console.log(`UI smoke test: ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed${passed + failed < expected ? `, ${expected - passed - failed} skipped` : ''}`);
  return failed > 0 || passed < expected ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
