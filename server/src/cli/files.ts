import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LETTER_EXTENSIONS = ['.imr', '.txt'];

export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** The letter files named by the arguments: files as given, directories searched (sorted, hidden folders and node_modules skipped). */
export function collectFiles(paths: readonly string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, message: `cannot read directory (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && LETTER_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(path);
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      problems.push({ path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (stats.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, problems };
}
