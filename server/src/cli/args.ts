/** Command-line arguments of imr-lint, validated; a mistake is a usage error with a message. */
export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliArguments {
  readonly format: OutputFormat;
  readonly paths: readonly string[];
  readonly catalogs: readonly string[];
  readonly config?: string;
  readonly fix: boolean;
  /** Threads that lint (the main one included), or 'auto': decided from the CPUs and the number of letters. */
  readonly jobs: number | 'auto';
  readonly maxWarnings?: number;
  readonly stdinFilename?: string;
  readonly help: boolean;
  readonly version: boolean;
  /** Exit 0 even when there are error-severity findings (bad usage and unreadable input still exit 2). */
  readonly exitZero: boolean;
  readonly progress: 'auto' | 'never';
}

export class UsageError extends Error {}

export const USAGE = `Usage: imr-lint [options] FILE|DIR|GLOB|- ...

Lints IMR final determination letters (.imr and .txt files; directories are searched,
globs like "letters/**/*.txt" are expanded, "-" reads one letter from standard input).

Options:
  --format text|json|sarif  output format (default: text)
  --fix                 apply the safe fixes to the files (standard input: print the fixed letter)
  --jobs N|auto         lint on N threads, the main one and N-1 workers (default auto:
                        one per CPU when there are enough letters to repay starting them)
  --config FILE         use this configuration file instead of the nearest .imrlintrc.json
  --catalog FILE        an extra guideline catalog file (repeatable)
  --max-warnings N      exit 1 when there are more than N warnings
  --stdin-filename NAME the name to report for "-" (default <stdin>)
  --no-progress         never show the progress line (it shows only on a terminal)
  --exit-zero           exit 0 even when there are error-severity findings
  -h, --help            show this help
  --version             show the version

Configuration: the nearest .imrlintrc.json (or the "imr" key of package.json) walking up from
each file: { "rules": { "<rule-id>": "off|hint|info|warning|error" }, "catalogs": [...],
"ignores": ["glob", ...], "suppressions": [{ "rule", "case" and/or "item", "reason" }] }.

Exit codes: 0 no error-severity finding (and warnings within --max-warnings),
1 at least one error-severity finding or too many warnings,
2 bad usage, a bad configuration or catalog, or unreadable input (the other files are still linted).`;

function integer(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${name} takes a whole number of at least ${min}, not "${text}"`);
  return Number(text);
}

function threads(text: string): number | 'auto' {
  if (text === 'auto') return text;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs takes "auto" or a whole number of at least 1, not "${text}"`);
  return Number(text);
}

export function parseArguments(argv: readonly string[]): CliArguments {
  let format: OutputFormat = 'text';
  const paths: string[] = [];
  const catalogs: string[] = [];
  let config: string | undefined;
  let fix = false;
  let jobs: number | 'auto' = 'auto';
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  let help = false;
  let version = false;
  let exitZero = false;
  let progress: 'auto' | 'never' = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.includes('=') && arg.startsWith('--') ? arg.slice(0, arg.indexOf('=')) : arg;
    const value = (): string => {
      if (arg.includes('=') && arg.startsWith('--')) return arg.slice(arg.indexOf('=') + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--':
        paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '--version':
        version = true;
        break;
      case '--exit-zero':
        exitZero = true;
        break;
      case '--fix':
        fix = true;
        break;
      case '--no-progress':
        progress = 'never';
        break;
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be "text", "json" or "sarif", not "${f}"`);
        format = f;
        break;
      }
      case '--catalog':
        catalogs.push(value());
        break;
      case '--config':
        config = value();
        break;
      case '--jobs':
        jobs = threads(value());
        break;
      case '--max-warnings':
        maxWarnings = integer('--max-warnings', value(), 0);
        break;
      case '--stdin-filename':
        stdinFilename = value();
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        paths.push(arg);
    }
  }
  if (!help && !version && paths.length === 0) throw new UsageError('no file, directory or glob given');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be given once');
  return { format, paths, catalogs, config, fix, jobs, maxWarnings, stdinFilename, help, version, exitZero, progress };
}
