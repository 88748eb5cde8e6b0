import type { Catalog } from './catalog/catalog';
import type { LintOptions } from './config';
import { lint, type LintResult } from './lint';
import type { LetterModel } from './model';
import { parseLetter } from './parse/parseLetter';

export interface Analysis extends LintResult {
  readonly model: LetterModel;
}

/**
 * Text in, model and findings out: what the server, the CLI and the tests call. With the
 * analysis of the previous version of the same document, unchanged items are not parsed or
 * linted again (the result is the same as a fresh analysis; a property test holds it to that).
 */
export function analyze(text: string, catalog: Catalog, options?: LintOptions, previous?: Analysis): Analysis {
  const model = parseLetter(text, catalog, previous?.model);
  return { model, ...lint(model, catalog, options) };
}
