import { InputFileError, readJsonFile } from '../inputFile';
import type { ZodIssue } from 'zod';
import { catalogFileSchema, type CatalogFile } from './schema';

/** A catalog file that could not be read or does not fit the schema; the message names the file, the path inside it and the fault. */
export class CatalogError extends InputFileError {}

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
  return validateCatalogFile(
    path,
    readJsonFile(path, (problem) => new CatalogError(path, [problem])),
  );
}
