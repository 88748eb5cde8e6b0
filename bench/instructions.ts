/**
 * `npm run bench:instructions`: instructions counted with valgrind (`--tool=callgrind`, node
 * `--single-threaded`), which repeat within about 0.5% from run to run where the timings of
 * `npm run bench` move by a fifth on the bench's machine: a measure to compare two builds by,
 * and to see what a run's instructions went to (instructionKinds.ts). Two figures:
 *
 * - the CLI over the corpus, net of its run over an empty letter (node, the modules, the catalog);
 * - the server's core in one process: the warm-up as the server runs it, then the first open of
 *   the largest corpus letter, then 32 keystrokes in it (the bench's places). The keystrokes'
 *   count is the difference of two runs, and it moves by up to 0.15 G between builds that do the
 *   same keystroke work: the optimising compiler and the collector place their work differently.
 *
 * Slow (about a minute per run under valgrind) and not a test. Writes bench/results/instructions.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countByKind, INSTRUCTION_KINDS, netCounts, type InstructionCounts } from './instructionKinds';
import { typedVersions } from './typingPlaces';
import { Catalog } from '../server/src/core/catalog/catalog';
import { toDiagnostic } from '../server/src/core/diagnostics';
import { garbageCollector } from '../server/src/workspace/collectGarbage';
import { analyzeLetter, letterOptions } from '../server/src/workspace/letterOptions';
import { warmUpSteps } from '../server/src/workspace/warmUp';

const KEYSTROKES = 32;

/** The instructions of `node --single-threaded ...args`, by kind. */
function countInstructions(args: readonly string[]): InstructionCounts {
  const dir = mkdtempSync(join(tmpdir(), 'imr-callgrind-'));
  try {
    const out = join(dir, 'callgrind.out');
    const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`valgrind ${args.join(' ')} failed: ${run.stderr.slice(-1000)}`);
    const annotated = spawnSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (annotated.status !== 0) throw new Error(`callgrind_annotate failed: ${annotated.stderr.slice(-1000)}`);
    return countByKind(annotated.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the child: the warm-up, the host's collection, the letter opened, then `keystrokes` keystrokes (a space typed, then taken back). */
function scenario(path: string, keystrokes: number): void {
  const catalog = Catalog.load();
  for (const step of warmUpSteps(catalog)) void step;
  garbageCollector()?.();
  const options = letterOptions(undefined, {}, []);
  const text = readFileSync(path, 'utf8');
  const publish = (a: ReturnType<typeof analyzeLetter>) => a.findings.forEach((f) => toDiagnostic(f, a.model.lines, 'file:///bench/largest.imr'));
  let analysis = analyzeLetter(text, catalog, options);
  publish(analysis);
  for (const version of typedVersions(text, keystrokes)) {
    analysis = analyzeLetter(version, catalog, options, analysis);
    publish(analysis);
  }
}

function giga(n: number): string {
  return (n / 1e9).toFixed(3);
}

function row(name: string, c: InstructionCounts): string {
  return `| ${name} | ${giga(c.total)} | ${giga(c.total - c['optimizing compiler'])} | ${INSTRUCTION_KINDS.map((k) => giga(c[k])).join(' | ')} |`;
}

function main(): void {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind), which was not found.');
    process.exitCode = 2;
    return;
  }
  const root = resolve(__dirname, '..', '..');
  const corpus = resolve(root, '..', 'shared', 'corpus', 'letters');
  const letters = readdirSync(corpus).map((f) => join(corpus, f));
  const largest = letters.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const dir = mkdtempSync(join(tmpdir(), 'imr-empty-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const lint = (target: string) => [join(root, 'bin', 'imr-lint.js'), '--no-progress', '--exit-zero', '--format', 'json', target];
  try {
    const cliStart = countInstructions(lint(empty));
    const cliCorpus = countInstructions(lint(corpus));
    const opened = countInstructions([__filename, '--scenario', largest, '0']);
    const typed = countInstructions([__filename, '--scenario', largest, String(KEYSTROKES)]);
    const rows = {
      cliStart,
      cliCorpus,
      cliCorpusNet: netCounts(cliCorpus, cliStart),
      warmUpAndOpen: opened,
      keystrokes: netCounts(typed, opened),
    };
    console.log(`instructions, G (valgrind --tool=callgrind, node ${process.version} --single-threaded)\n`);
    console.log(`| run | total | without the optimizing compiler | ${INSTRUCTION_KINDS.join(' | ')} |`);
    console.log(`| --- | --- | --- | ${INSTRUCTION_KINDS.map(() => '---').join(' | ')} |`);
    console.log(row('CLI, empty letter (its start)', rows.cliStart));
    console.log(row(`CLI, corpus (${letters.length} letters)`, rows.cliCorpus));
    console.log(row('CLI, corpus net of start', rows.cliCorpusNet));
    console.log(row('server core: warm-up, then the largest corpus letter opened', rows.warmUpAndOpen));
    console.log(row(`server core: ${KEYSTROKES} keystrokes after it (difference of two runs)`, rows.keystrokes));
    const results = join(root, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'instructions.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...rows }, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv[2] === '--scenario') scenario(process.argv[3], Number(process.argv[4]));
  else main();
}
