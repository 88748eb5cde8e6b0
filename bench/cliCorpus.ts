/**
 * The CLI on the corpus in one process, net of its start: the time of a run over every corpus
 * letter minus the time of a run over one empty letter (node, the modules and the catalog).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './stats';

export interface CliCorpusFigures {
  megabytes: number;
  runSeconds: number;
  startSeconds: number;
  mbPerSecond: number;
}

function timeLint(root: string, target: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(root, 'bin', 'imr-lint.js'), '--no-progress', '--exit-zero', '--format', 'json', target], {
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`imr-lint failed: ${result.stderr.toString().slice(0, 500)}`);
  return seconds;
}

/** Medians of `repeats` runs of each. */
export function measureCliCorpus(root: string, corpus: string, repeats: number): CliCorpusFigures {
  const bytes = readdirSync(corpus).reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
  const dir = mkdtempSync(join(tmpdir(), 'imr-start-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const runs: number[] = [];
  const starts: number[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      starts.push(timeLint(root, empty));
      runs.push(timeLint(root, corpus));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const runSeconds = percentile(runs, 50);
  const startSeconds = percentile(starts, 50);
  return { megabytes: bytes / 1e6, runSeconds, startSeconds, mbPerSecond: bytes / 1e6 / Math.max(runSeconds - startSeconds, 1e-3) };
}
