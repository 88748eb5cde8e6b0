import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, hasGlob } from '../project/glob';

export const LETTER_EXTENSIONS = ['.imr', '.txt'];

export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

function isLetter(name: string): boolean {
  return LETTER_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Every letter file below a folder, sorted; hidden folders and node_modules skipped. */
function walk(dir: string, files: string[], problems: FileProblem[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, message: `cannot read directory (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files, problems);
    else if (entry.isFile() && isLetter(entry.name)) files.push(path);
  }
}

/**
 * The letter files the arguments name: files as given, directories searched, globs expanded
 * ("-" is left to the caller). A glob that matches nothing is a problem, as is a missing file.
 */
export function collectFiles(paths: readonly string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const path of paths) {
    if (path === '-') continue;
    if (hasGlob(path)) {
      const pattern = path.split(sep).join('/');
      const base = globBase(pattern);
      const matcher = globToRegExp(pattern.replace(/^\.\//, ''));
      const found: string[] = [];
      walk(base, found, problems);
      const matched = found.filter((f) => matcher.test(f.split(sep).join('/').replace(/^\.\//, '')));
      if (matched.length === 0) problems.push({ path, message: 'no letter file matches this pattern' });
      files.push(...matched);
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      problems.push({ path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (stats.isDirectory()) walk(path, files, problems);
    else files.push(path);
  }
  return { files: [...new Set(files)], problems };
}

/** Whether a file is ignored by a configuration's "ignores" (patterns relative to its folder). */
export function isIgnored(file: string, configDir: string, ignores: readonly string[] | undefined): boolean {
  if (!ignores || ignores.length === 0) return false;
  const rel = relative(configDir, resolve(file)).split(sep).join('/');
  if (rel.startsWith('..')) return false;
  return ignores.some((pattern) => globToRegExp(pattern).test(rel) || rel.startsWith(`${pattern.replace(/\/+$/, '')}/`));
}
