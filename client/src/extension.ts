/**
 * The desktop extension (package.json "main", bundled into dist/client.js): the language server is
 * the bundled dist/server.js, forked with the extension host's Node and spoken to over node IPC.
 */
import { randomUUID } from 'node:crypto';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateExtension, deactivateExtension, LANGUAGE_ID, type ImrExtensionApi } from './activate';

export { COMMANDS, FIRST_LINE, FIX_ALL_KIND, ITEM_SNIPPET, LANGUAGE_ID, type ImrExtensionApi, type WorkspaceLintSummary } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<ImrExtensionApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // TransportKind.ipc forks the module with the extension host's Node and adds `--node-ipc`.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateExtension(context, {
    createClient: (options) => new LanguageClient(LANGUAGE_ID, 'IMR Determinations', serverOptions, options),
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    letterSchemes: new Set(['file', 'untitled']),
    progressToken: randomUUID,
  });
}

export function deactivate(): Promise<void> {
  return deactivateExtension();
}
