/**
 * One file's work, the same on the main thread and in a worker: read, analyze (with the
 * configuration's rules, catalogs and suppressions), optionally apply the safe fixes, and return
 * the diagnostics exactly as the language server would publish them.
 */
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDiagnostic, type DiagnosticShape } from '../core/diagnostics';
import { fixText } from '../core/fix/applyFixes';
import { CatalogCache, catalogInvalidMessage } from '../workspace/catalogCache';
import { analyzeLetter, type LetterOptions } from '../workspace/letterOptions';
import { encodeLetterText, readLetterFile, writeLetterText, type LetterBytes } from '../workspace/letterFile';
import { findingsWithLineEnding } from '../workspace/lineEndings';

export interface LintJob {
  /** The path as given ("-" for standard input). */
  readonly file: string;
  /** The letter, when the caller has read it (standard input); otherwise the file is read. */
  readonly letter?: LetterBytes;
  /** Rules, catalogs and suppressions (workspace/letterOptions), plain data for the worker threads. */
  readonly options: LetterOptions;
  readonly fix: boolean;
}

export interface LintJobResult {
  readonly file: string;
  readonly diagnostics: DiagnosticShape[];
  /** With --fix: how many fixes were applied, and (for standard input) the fixed letter's bytes, in its encoding. */
  readonly fixesApplied?: number;
  readonly fixedBytes?: Uint8Array;
  /** Why the file could not be linted (unreadable, bad catalog): an exit-2 problem. */
  readonly error?: string;
  /** Why --fix left the file as it was (an exit-2 problem; the findings are those of the file as it is). */
  readonly fixRefused?: string;
  /** Rules that failed on the text (a bug in this tool). */
  readonly ruleFailures?: readonly string[];
}

/** One per thread: a worker keeps its catalogs across the batches it is sent. */
const catalogs = new CatalogCache();

/** file: URIs of folders, so that a letter's URI is its folder's plus its name (pathToFileURL for each letter cost as much as reading it). */
const folderUris = new Map<string, string>();

/** Names that pathToFileURL leaves as they are; others take the long way. */
const PLAIN_NAME = /^[\w.-]+$/;

function fileUri(file: string): string {
  const path = resolve(file);
  const name = basename(path);
  if (!PLAIN_NAME.test(name)) return pathToFileURL(path).toString();
  const folder = dirname(path);
  let uri = folderUris.get(folder);
  if (uri === undefined) {
    uri = pathToFileURL(folder).toString().replace(/\/$/, '');
    folderUris.set(folder, uri);
  }
  return `${uri}/${name}`;
}

export function runLintJob(job: LintJob, displayName = job.file): LintJobResult {
  let letter: LetterBytes;
  if (job.letter) letter = job.letter;
  else {
    try {
      letter = readLetterFile(job.file);
    } catch (error) {
      return { file: displayName, diagnostics: [], error: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  let text = letter.text;
  const loaded = catalogs.load(job.options.catalogs);
  if (loaded.error) return { file: displayName, diagnostics: [], error: catalogInvalidMessage(loaded.error) };
  const { catalog } = loaded;
  let fixesApplied: number | undefined;
  let fixedBytes: Uint8Array | undefined;
  let fixRefused: string | undefined;
  if (job.fix) {
    const fixed = fixText(text, (t) => {
      const { findings } = analyzeLetter(t, catalog, job.options);
      // Lines a fix adds end the way the letter's lines do.
      return findingsWithLineEnding(findings, letter.lineEnding);
    });
    fixesApplied = fixed.applied;
    // Standard input's fixed letter goes to standard output, a file's over the file: in its encoding, or not at all.
    let refused: string | undefined;
    if (fixed.text === text) fixedBytes = job.letter?.bytes;
    else if (job.letter) {
      const encoded = encodeLetterText(letter, fixed.text);
      if ('bytes' in encoded) fixedBytes = encoded.bytes;
      else refused = encoded.refused;
    } else {
      const outcome = writeLetterText({ ...letter, path: job.file }, fixed.text);
      if (!outcome.written) refused = outcome.reason;
    }
    if (refused === undefined) text = fixed.text;
    else {
      fixRefused = refused;
      fixesApplied = 0;
      // Standard output gets the letter as it came: a pipeline's output file loses nothing.
      fixedBytes = job.letter?.bytes;
    }
  }
  const analysis = analyzeLetter(text, catalog, job.options);
  const findings = analysis.findings;
  const uri = job.letter ? `untitled:${displayName}` : fileUri(job.file);
  return {
    file: displayName,
    diagnostics: findings.map((f) => toDiagnostic(f, analysis.model.lines, uri)),
    fixesApplied,
    fixedBytes,
    fixRefused,
    ruleFailures: analysis.failures.length ? analysis.failures.map((f) => f.ruleId) : undefined,
  };
}

/** A batch of jobs, for a worker or the main thread's share of a pool: a job that throws is that file's error, the others are still linted. */
export function runLintJobs(jobs: readonly LintJob[]): LintJobResult[] {
  return jobs.map((job) => {
    try {
      return runLintJob(job);
    } catch (error) {
      return { file: job.file, diagnostics: [], error: `internal error: ${(error as Error).message}` };
    }
  });
}
