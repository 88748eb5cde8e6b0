import type { Catalog } from './catalog/catalog';
import type { LintOptions } from './config';
import { lint, type LintResult } from './lint';
import type { LetterModel } from './model';
import { parseLetter } from './parse/parseLetter';

export interface Analysis extends LintResult {
  readonly model: LetterModel;
}

/** Text in, model and findings out: what the server, the CLI and the tests call. */
export function analyze(text: string, catalog: Catalog, options?: LintOptions): Analysis {
  const model = parseLetter(text, catalog);
  return { model, ...lint(model, catalog, options) };
}
