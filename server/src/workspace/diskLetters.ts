/** The letters of the workspace folders on disk (Node): a walk of `file:` folders, read in their own encoding. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readLetterFile } from './letterFile';
import { isSkippedName, LETTER_FILE_NAME, type LetterSource } from './letterSource';

function letterFiles(dir: string, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) letterFiles(path, found);
    else if (entry.isFile() && LETTER_FILE_NAME.test(entry.name)) found.push(path);
  }
}

export const diskLetters: LetterSource = {
  async find(folders) {
    const files: string[] = [];
    for (const folder of folders) {
      try {
        letterFiles(fileURLToPath(folder), files);
      } catch {
        // not a file: folder (a virtual workspace): nothing on disk to lint
      }
    }
    return files.sort().map((path) => pathToFileURL(path).toString());
  },
  async read(uri) {
    return readLetterFile(fileURLToPath(uri)).text;
  },
};
