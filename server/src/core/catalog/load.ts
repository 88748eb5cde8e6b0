import { readFileSync } from 'node:fs';
import type { ZodIssue } from 'zod';
import { catalogFileSchema, type CatalogFile } from './schema';

/** A catalog file that could not be read or does not fit the schema; the message names the file, the path inside it and the fault. */
export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join('\n'));
    this.name = 'CatalogError';
  }
}

export function formatIssuePath(path: readonly (string | number)[]): string {
  let result = '';
  for (const part of path) result += typeof part === 'number' ? `[${part}]` : result ? `.${part}` : part;
  return result || '(top level)';
}

function describe(issues: readonly ZodIssue[]): string[] {
  return issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
}

/** Validates parsed JSON as a catalog file. */
export function validateCatalogFile(file: string, data: unknown): CatalogFile {
  const result = catalogFileSchema.safeParse(data);
  if (!result.success) throw new CatalogError(file, describe(result.error.issues));
  return result.data;
}

/** Reads and validates a catalog file from disk. */
export function readCatalogFile(path: string): CatalogFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogError(path, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogError(path, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return validateCatalogFile(path, data);
}
