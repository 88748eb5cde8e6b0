/**
 * The letters of the workspace, found and read by the client (fileRequests.ts) for a server that
 * has no file system. The client's answers are checked here, at the edge: anything but a list of
 * URIs, or base64 bytes, is no letter.
 */
import type { Connection } from 'vscode-languageserver';
import { decodeLetterBytes } from '../workspace/decodeLetterBytes';
import { isSkippedName, LETTER_FILE_NAME, type LetterSource } from '../workspace/letterSource';
import { FIND_LETTER_FILES, READ_LETTER_FILE, type FindLetterFilesParams, type ReadLetterFileParams } from './fileRequests';

/** The URI's path segments below the folder: a hidden folder or node_modules anywhere skips it. */
function isCandidate(uri: string): boolean {
  const segments = uri.replace(/[?#].*$/, '').split('/');
  const name = decodeURIComponent(segments[segments.length - 1] ?? '');
  return LETTER_FILE_NAME.test(name) && !segments.slice(3).some((segment) => isSkippedName(decodeURIComponent(segment)));
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function clientLetters(connection: Connection): LetterSource {
  return {
    async find(folders) {
      const params: FindLetterFilesParams = { folders };
      const found: unknown = await connection.sendRequest(FIND_LETTER_FILES, params);
      if (!Array.isArray(found)) return [];
      return found.filter((uri): uri is string => typeof uri === 'string' && isCandidate(uri)).sort();
    },
    async read(uri) {
      const params: ReadLetterFileParams = { uri };
      const answer: unknown = await connection.sendRequest(READ_LETTER_FILE, params);
      const base64 = answer !== null && typeof answer === 'object' ? (answer as { base64?: unknown }).base64 : undefined;
      if (typeof base64 !== 'string') throw new Error(`${uri}: the client sent no content`);
      return decodeLetterBytes(bytesOf(base64));
    },
  };
}
