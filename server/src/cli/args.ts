/** Command-line arguments of imr-lint, validated; a mistake is a usage error with a message. */
export type OutputFormat = 'text' | 'json';

export interface CliArguments {
  readonly format: OutputFormat;
  readonly paths: readonly string[];
  readonly catalogs: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** Exit 0 even when there are error-severity findings (bad usage and unreadable input still exit 2). */
  readonly exitZero: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: imr-lint [options] FILE|DIR...

Lints IMR final determination letters (.imr and .txt files; directories are searched).

Options:
  --format text|json   output format (default: text)
  --catalog FILE       an extra guideline catalog file (repeatable)
  --exit-zero          exit 0 even when there are error-severity findings
  -h, --help           show this help
  --version            show the version

Exit codes: 0 no error-severity finding, 1 at least one error-severity finding,
2 bad usage or unreadable input (the other files are still linted).`;

export function parseArguments(argv: readonly string[]): CliArguments {
  let format: OutputFormat = 'text';
  const paths: string[] = [];
  const catalogs: string[] = [];
  let help = false;
  let version = false;
  let exitZero = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string): string => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--exit-zero') exitZero = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be "text" or "json", not "${f}"`);
      format = f;
    } else if (arg === '--catalog' || arg.startsWith('--catalog=')) catalogs.push(value('--catalog'));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (!help && !version && paths.length === 0) throw new UsageError('no file or directory given');
  return { format, paths, catalogs, help, version, exitZero };
}
