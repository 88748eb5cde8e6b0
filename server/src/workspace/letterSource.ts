/**
 * Where "Lint all determinations" finds the letters of the workspace folders and reads them: the
 * disk with Node, the editor's file system (asked over the protocol) in a browser.
 */
export interface LetterSource {
  /** The URIs of the candidate letters (.imr and .txt files, not in hidden folders or node_modules) under these folders, sorted. */
  find(folders: readonly string[]): Promise<string[]>;
  /** A letter file's text, decoded in its own encoding; rejects when it cannot be read. */
  read(uri: string): Promise<string>;
}

/** A candidate letter's file name. */
export const LETTER_FILE_NAME = /\.(imr|txt)$/i;

/** Folders never searched for letters. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
