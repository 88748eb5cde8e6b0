/**
 * The extension in a browser (package.json "browser": vscode.dev, github.dev, code-server's web
 * worker extension host), bundled into dist/browserClient.js. The language server is
 * dist/browserServer.js in a Worker. It reads no file itself: browserFiles.ts answers the requests
 * of the workspace lint, and project configuration and extra catalog files are not read (said
 * once, here for .imrlintrc.json and by the server for imr.catalogs).
 */
import * as vscode from 'vscode';
import { activateExtension, deactivateExtension, LANGUAGE_ID, type ImrExtensionApi } from './activate';
import { answerFileRequests } from './browserFiles';
import { WorkerLanguageClient } from './workerClient';

export { COMMANDS, FIRST_LINE, FIX_ALL_KIND, ITEM_SNIPPET, LANGUAGE_ID, type ImrExtensionApi, type WorkspaceLintSummary } from './activate';

/** Once per window, when the workspace holds a project configuration file: it does not apply here. */
async function warnAboutConfigurationFiles(): Promise<void> {
  let found: vscode.Uri[] = [];
  try {
    found = await vscode.workspace.findFiles('**/.imrlintrc.json', '**/node_modules/**', 1);
  } catch {
    return;
  }
  if (found.length > 0) {
    void vscode.window.showWarningMessage(
      'IMR: .imrlintrc.json is not read in VS Code for the Web: its rules, catalogs and suppressions do not apply here (the imr.rules setting does).',
    );
  }
}

let progressTokens = 0;

export function activate(context: vscode.ExtensionContext): Promise<ImrExtensionApi> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
  let warned = false;
  return activateExtension(context, {
    createClient: (options) => {
      if (!warned) {
        warned = true;
        void warnAboutConfigurationFiles();
      }
      const client = new WorkerLanguageClient(LANGUAGE_ID, 'IMR Determinations', options, script);
      answerFileRequests(client);
      return client;
    },
    // Every document of the language, whatever its scheme: the server only reads the text the editor sends.
    documentSelector: [{ language: LANGUAGE_ID }],
    // The schemes of a workspace's files in a browser: code-server's disk, github.dev's repository,
    // vscode.dev's local folder (file), and untitled editors.
    letterSchemes: new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']),
    progressToken: () => `imr-lint-${Date.now()}-${++progressTokens}`,
  });
}

export function deactivate(): Promise<void> {
  return deactivateExtension();
}
