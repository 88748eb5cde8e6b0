/** imr-lint: the command-line front end of the same core the language server uses. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { severityNumber } from '../core/diagnostics';
import { ConfigError, ConfigResolver, readConfigFile, type FoundConfig } from '../project/loadConfig';
import { CatalogCache, catalogInvalidMessage } from '../workspace/catalogCache';
import { letterFromInput, type LetterBytes } from '../workspace/letterFile';
import { letterOptions, type LetterOptions } from '../workspace/letterOptions';
import { parseArguments, USAGE, UsageError, type CliArguments } from './args';
import { collectFiles, isIgnored } from './files';
import { VERSION } from '../version';
import { formatText, summary, type FileResult } from './format';
import { runLintJob, type LintJob, type LintJobResult } from './lintJob';
import { runInPool } from './pool';
import { formatSarif } from './sarif';

export interface Io {
  /** Text, or the bytes of a letter fixed from standard input, in its own encoding. */
  readonly stdout: (output: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Standard input's bytes, read when "-" is given: a letter, decoded as a letter file is. */
  readonly stdin?: () => Uint8Array;
  /** Whether stderr is a terminal (the progress line shows only there). */
  readonly interactive?: boolean;
}

/** Larger runs than this show a progress line on a terminal. */
const PROGRESS_THRESHOLD = 50;

/**
 * With --jobs auto, one thread per this many letters, up to one per CPU. A worker thread loads the
 * modules and the catalog, compiles the code again and fills its own caches, and it takes a core
 * that V8's compiler and collector threads use already: on two cores, 2,000 letters were linted as
 * fast on one thread as on two, 10,000 faster on two.
 */
const LETTERS_PER_THREAD = 2000;

function threadCount(jobs: CliArguments['jobs'], letters: number): number {
  if (jobs !== 'auto') return jobs;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(letters / LETTERS_PER_THREAD)));
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`imr-lint: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }

  let problems = 0;
  const complain = (text: string) => {
    problems++;
    io.stderr(`imr-lint: ${text}\n`);
  };

  // A bad --catalog would fail every file: report it once instead.
  if (args.catalogs.length > 0) {
    const loaded = new CatalogCache().load(args.catalogs.map((c) => resolve(c)));
    if (loaded.error) {
      io.stderr(`imr-lint: ${catalogInvalidMessage(loaded.error)}\n`);
      return 2;
    }
  }

  // The configuration of each file: --config for all, else the nearest one.
  const resolver = new ConfigResolver();
  let explicit: FoundConfig | undefined;
  if (args.config) {
    try {
      explicit = readConfigFile(resolve(args.config));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`imr-lint: bad configuration\n${error.message}\n`);
      return 2;
    }
  }
  const configOf = (file: string): FoundConfig | undefined => {
    if (explicit) return explicit;
    try {
      return file === '-' ? resolver.forDir(process.cwd()) : resolver.forFile(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      complain(`bad configuration\n${error.message}`);
      return undefined;
    }
  };

  const { files, problems: fileProblems } = collectFiles(args.paths);
  for (const p of fileProblems) complain(`${p.path}: ${p.message}`);
  const jobs: LintJob[] = [];
  const names: string[] = [];
  // One options object per configuration: the letters of a folder share it (and a batch sent to a worker carries it once).
  const extraCatalogs = args.catalogs.map((c) => resolve(c));
  const optionsByConfig = new Map<FoundConfig, LetterOptions>();
  const optionsOf = (found: FoundConfig): LetterOptions => {
    let options = optionsByConfig.get(found);
    if (!options) {
      options = letterOptions(found, {}, extraCatalogs);
      optionsByConfig.set(found, options);
    }
    return options;
  };
  const makeJob = (file: string, letter?: LetterBytes): LintJob | undefined => {
    const found = configOf(file);
    if (!found) return undefined;
    if (file !== '-' && isIgnored(file, found.dir, found.config.ignores)) return undefined;
    return { file, letter, options: optionsOf(found), fix: args.fix };
  };
  if (args.paths.includes('-')) {
    let bytes: Uint8Array = new Uint8Array(0);
    try {
      bytes = io.stdin ? io.stdin() : readFileSync(0);
    } catch (error) {
      complain(`standard input: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    // In its own encoding, like a file: --fix writes it out in that encoding.
    const job = makeJob('-', letterFromInput(bytes));
    if (job) {
      jobs.push(job);
      names.push(args.stdinFilename ?? '<stdin>');
    }
  }
  for (const file of files) {
    const job = makeJob(file);
    if (job) {
      jobs.push(job);
      names.push(file);
    }
  }

  const showProgress = args.progress === 'auto' && io.interactive === true && jobs.length > PROGRESS_THRESHOLD;
  const progress = (done: number) => {
    if (showProgress && (done === jobs.length || done % 25 === 0)) io.stderr(`\rimr-lint: ${done}/${jobs.length} letters`);
  };
  let results: LintJobResult[];
  const threads = threadCount(args.jobs, jobs.length);
  if (threads > 1 && jobs.length > 1) {
    results = (await runInPool(jobs, threads, progress)).map((r, i) => ({ ...r, file: names[i] }));
  } else {
    results = jobs.map((job, i) => {
      const result = runLintJob(job, names[i]);
      progress(i + 1);
      return result;
    });
  }
  if (showProgress) io.stderr('\n');

  const linted: FileResult[] = [];
  for (const result of results) {
    if (result.error) complain(`${result.file}: ${result.error}`);
    else linted.push(result);
    if (result.fixRefused) complain(`${result.file}: ${result.fixRefused}`);
    for (const rule of result.ruleFailures ?? []) io.stderr(`imr-lint: internal error in rule ${rule} on ${result.file}\n`);
  }

  const stdinResult = results.find((_result, i) => jobs[i].file === '-');
  if (args.fix && stdinResult?.fixedBytes !== undefined) {
    // With --fix, the fixed letter goes to standard output and the report to standard error.
    io.stdout(stdinResult.fixedBytes);
    io.stderr(`${formatText(linted)}\n${summary(linted, problems)}\n`);
  } else if (args.format === 'json') io.stdout(`${JSON.stringify(linted, null, 2)}\n`);
  else if (args.format === 'sarif') io.stdout(`${JSON.stringify(formatSarif(linted, VERSION), null, 2)}\n`);
  else {
    const text = formatText(linted);
    const fixed = args.fix ? results.reduce((n, r) => n + (r.fixesApplied ?? 0), 0) : undefined;
    io.stdout(`${text ? `${text}\n` : ''}${summary(linted, problems)}${fixed !== undefined ? `, ${fixed} fix${fixed === 1 ? '' : 'es'} applied` : ''}\n`);
  }

  if (problems > 0) return 2;
  const errors = linted.some((r) => r.diagnostics.some((d) => d.severity === severityNumber('error')));
  const warnings = linted.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severityNumber('warning')).length, 0);
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`imr-lint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    if (!args.exitZero) return 1;
  }
  return !args.exitZero && errors ? 1 : 0;
}

export function main(): void {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`imr-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
