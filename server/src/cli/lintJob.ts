/**
 * One file's work, the same on the main thread and in a worker: read, analyze (with the
 * configuration's rules, catalogs and suppressions), optionally apply the safe fixes, and return
 * the diagnostics exactly as the language server would publish them.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import { Catalog } from '../core/catalog/catalog';
import { CatalogError } from '../core/catalog/load';
import type { RuleSettings } from '../core/config';
import { toDiagnostic, type DiagnosticShape } from '../core/diagnostics';
import { fixText } from '../core/fix/applyFixes';
import type { Suppression } from '../core/projectConfig';
import { applySuppressions } from '../core/suppress';
import { readLetterFile, writeLetterText, type LetterFile } from '../workspace/letterFile';
import { findingsWithLineEnding } from '../workspace/lineEndings';

export interface LintJob {
  /** The path as given ("-" for standard input). */
  readonly file: string;
  /** The text, when the caller has it (standard input); otherwise the file is read. */
  readonly text?: string;
  readonly rules: RuleSettings;
  readonly catalogs: readonly string[];
  readonly suppressions: readonly Suppression[];
  readonly fix: boolean;
}

export interface LintJobResult {
  readonly file: string;
  readonly diagnostics: DiagnosticShape[];
  /** With --fix: how many fixes were applied, and (for standard input) the fixed text. */
  readonly fixesApplied?: number;
  readonly fixedText?: string;
  /** Why the file could not be linted (unreadable, bad catalog): an exit-2 problem. */
  readonly error?: string;
  /** Why --fix left the file as it was (an exit-2 problem; the findings are those of the file as it is). */
  readonly fixRefused?: string;
  /** Rules that failed on the text (a bug in this tool). */
  readonly ruleFailures?: readonly string[];
}

const catalogs = new Map<string, Catalog>();

function catalogFor(paths: readonly string[]): Catalog {
  const key = paths.join('\n');
  let catalog = catalogs.get(key);
  if (!catalog) {
    catalog = Catalog.load(paths);
    catalogs.set(key, catalog);
  }
  return catalog;
}

export function runLintJob(job: LintJob, displayName = job.file): LintJobResult {
  let text = job.text;
  let letter: LetterFile | undefined;
  if (text === undefined) {
    try {
      letter = readLetterFile(job.file);
    } catch (error) {
      return { file: displayName, diagnostics: [], error: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    text = letter.text;
  }
  let catalog: Catalog;
  try {
    catalog = catalogFor(job.catalogs);
  } catch (error) {
    if (error instanceof CatalogError) return { file: displayName, diagnostics: [], error: `bad catalog\n${error.message}` };
    throw error;
  }
  const options = { rules: job.rules };
  let fixesApplied: number | undefined;
  let fixedText: string | undefined;
  let fixRefused: string | undefined;
  if (job.fix) {
    const fixed = fixText(text, (t) => {
      const a = analyze(t, catalog, options);
      const findings = applySuppressions(a.findings, a.model, job.suppressions);
      // Lines a fix adds end the way the letter's lines do.
      return letter ? findingsWithLineEnding(findings, letter.lineEnding) : findings;
    });
    fixesApplied = fixed.applied;
    if (letter === undefined) fixedText = fixed.text;
    else if (fixed.text !== text) {
      const outcome = writeLetterText(letter, fixed.text);
      if (outcome.written) text = fixed.text;
      else {
        fixRefused = outcome.reason;
        fixesApplied = 0;
      }
    }
  }
  const analysis = analyze(text, catalog, options);
  const findings = applySuppressions(analysis.findings, analysis.model, job.suppressions);
  const uri = job.text !== undefined ? `untitled:${displayName}` : pathToFileURL(resolve(job.file)).toString();
  return {
    file: displayName,
    diagnostics: findings.map((f) => toDiagnostic(f, analysis.model.lines, uri)),
    fixesApplied,
    fixedText,
    fixRefused,
    ruleFailures: analysis.failures.length ? analysis.failures.map((f) => f.ruleId) : undefined,
  };
}
