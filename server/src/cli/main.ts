/** imr-lint: the command-line front end of the same core the language server uses. */
import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { Catalog } from '../core/catalog/catalog';
import { CatalogError } from '../core/catalog/load';
import { toDiagnostic } from '../core/diagnostics';
import { parseArguments, USAGE, UsageError } from './args';
import { collectFiles } from './files';
import { formatText, summary, type FileResult } from './format';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export function run(argv: readonly string[], io: Io): number {
  let args;
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
    io.stdout(`${require('../../../../package.json').version}\n`);
    return 0;
  }
  let catalog: Catalog;
  try {
    catalog = Catalog.load(args.catalogs);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    io.stderr(`imr-lint: bad catalog\n${error.message}\n`);
    return 2;
  }

  const { files, problems } = collectFiles(args.paths);
  const results: FileResult[] = [];
  let unreadable = problems.length;
  for (const problem of problems) io.stderr(`imr-lint: ${problem.path}: ${problem.message}\n`);
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr(`imr-lint: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      unreadable++;
      continue;
    }
    const analysis = analyze(text, catalog);
    for (const failure of analysis.failures) io.stderr(`imr-lint: internal error in rule ${failure.ruleId} on ${file}\n`);
    const uri = pathToFileURL(resolve(file)).toString();
    results.push({ file, diagnostics: analysis.findings.map((f) => toDiagnostic(f, analysis.model.lines, uri)) });
  }

  if (args.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    const text = formatText(results);
    io.stdout(`${text ? `${text}\n` : ''}${summary(results, unreadable)}\n`);
  }
  if (unreadable > 0) return 2;
  return !args.exitZero && results.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
