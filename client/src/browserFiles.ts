/**
 * The client's side of the file requests of a server without a file system
 * (server/src/browser/fileRequests.ts), answered with the editor's file system: whatever the
 * workspace is (a local folder in vscode.dev, a repository in github.dev, code-server's disk).
 * The server's parameters are checked here; a bad one gets an empty answer or an error, never a hang.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FIND_LETTER_FILES, READ_LETTER_FILE, type FindLetterFilesResult, type ReadLetterFileResult } from '../../server/src/browser/fileRequests';

/** Hidden files and folders and node_modules hold no letter to lint (as on the desktop). */
const SKIPPED = '{**/.*,**/.*/**,**/node_modules/**}';

function folderUris(params: unknown): vscode.Uri[] {
  const folders = params !== null && typeof params === 'object' ? (params as { folders?: unknown }).folders : undefined;
  if (!Array.isArray(folders)) return [];
  const uris: vscode.Uri[] = [];
  for (const folder of folders) {
    if (typeof folder !== 'string') continue;
    try {
      uris.push(vscode.Uri.parse(folder, true));
    } catch {
      // not a URI: not a folder to search
    }
  }
  return uris;
}

async function findLetterFiles(params: unknown): Promise<FindLetterFilesResult> {
  const found: string[] = [];
  for (const folder of folderUris(params)) {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{imr,txt,IMR,TXT}'), SKIPPED);
    for (const file of files) found.push(file.toString());
  }
  return found;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

async function readLetterFile(params: unknown): Promise<ReadLetterFileResult> {
  const uri = params !== null && typeof params === 'object' ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uri !== 'string') throw new Error('imr/readLetterFile: expected { uri: string }');
  return { base64: base64Of(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true))) };
}

/** Registers the answers on a client (they stay registered across restarts). */
export function answerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(FIND_LETTER_FILES, findLetterFiles);
  client.onRequest(READ_LETTER_FILE, readLetterFile);
}
