/**
 * The CLI on a whole archive: the corpus letters copied until there are `count` of them, linted
 * with --jobs 1 and --jobs 2 (worker threads), timed end to end as a pipeline would run it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLetter } from './generateLetter';

export interface ArchiveFigures {
  letters: number;
  megabytes: number;
  runs: { jobs: number; seconds: number; mbPerSecond: number }[];
}

export async function measureArchive(root: string, corpus: string, count: number): Promise<ArchiveFigures> {
  const dir = join(tmpdir(), `imr-archive-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = existsSync(corpus) ? readdirSync(corpus).map((f) => join(corpus, f)) : [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const target = join(dir, `letter-${String(i).padStart(5, '0')}.txt`);
    if (sources.length) copyFileSync(sources[i % sources.length], target);
    else writeFileSync(target, generateLetter(5_000));
    bytes += statSync(target).size;
  }
  const runs = [1, 2].map((jobs) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'imr-lint.js'), '--no-progress', '--exit-zero', '--format', 'json', '--jobs', String(jobs), dir],
      { maxBuffer: 1 << 30 },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`imr-lint failed: ${result.stderr.toString().slice(0, 500)}`);
    return { jobs, seconds, mbPerSecond: bytes / 1e6 / seconds };
  });
  rmSync(dir, { recursive: true, force: true });
  return { letters: count, megabytes: bytes / 1e6, runs };
}
