/**
 * The requests a server without a file system sends its client for "Lint all determinations":
 * find the candidate letters of the workspace folders, read one file's bytes. The client answers
 * them with the editor's file system (vscode.workspace.fs and findFiles), so they work wherever the
 * editor's files are: a local folder in vscode.dev, a repository in github.dev, code-server's disk.
 */
export const FIND_LETTER_FILES = 'imr/findLetterFiles';
export const READ_LETTER_FILE = 'imr/readLetterFile';

export interface FindLetterFilesParams {
  /** Workspace folder URIs. */
  readonly folders: readonly string[];
}
/** The URIs of the .imr and .txt files under the folders (hidden folders and node_modules left out). */
export type FindLetterFilesResult = string[];

export interface ReadLetterFileParams {
  readonly uri: string;
}
/** The file's bytes, base64 (the text is decoded by the server, in the letter's own encoding). */
export interface ReadLetterFileResult {
  readonly base64: string;
}
