/**
 * Files users hand the tool (catalogs, configuration): read as JSON, and when something is wrong,
 * one error that names the file and each fault (with the path inside the file where there is one).
 */
import { readFileSync } from 'node:fs';

export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join('\n'));
    this.name = new.target.name;
  }
}

/** Reads a JSON file (a BOM is allowed); a missing, unreadable or malformed file throws `fail(problem)`. */
export function readJsonFile(path: string, fail: (problem: string) => InputFileError): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`is not valid JSON: ${(error as Error).message}`);
  }
}
