/**
 * The first analysis of a letter in a process that has run the server's warm-up, measured in
 * that process alone: what the first letter opened costs the core, without the protocol, the
 * client or a second process competing for the CPU (the fresh-server round includes those, and
 * they move its figure by a third from run to run). Each sample is a new process: the warm-up as
 * the server runs it (a step per turn of the event loop, then the host's collection), a pause, and
 * one analysis of the letter.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { percentile } from './stats';
import { Catalog } from '../server/src/core/catalog/catalog';
import { garbageCollector } from '../server/src/workspace/collectGarbage';
import { analyzeLetter, letterOptions } from '../server/src/workspace/letterOptions';
import { warmUpWhileIdle } from '../server/src/workspace/warmUp';

export interface FirstAnalysisFigures {
  readonly processes: number;
  readonly medianMs: number;
  readonly samples: readonly number[];
}

/** Runs this module as a child `processes` times on the letter at `path`; the median of its answers. */
export function measureFirstAnalysis(path: string, processes: number): FirstAnalysisFigures {
  const samples: number[] = [];
  for (let i = 0; i < processes; i++) {
    const child = spawnSync(process.execPath, [__filename, path], { encoding: 'utf8' });
    const ms = Number(child.stdout.trim());
    if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`first analysis failed: ${child.stderr.slice(0, 500)}`);
    samples.push(ms);
  }
  return { processes, medianMs: percentile(samples, 50), samples };
}

/** In the child: the warm-up, the host's collection, a pause, then the letter. */
function child(path: string): void {
  const catalog = Catalog.load();
  catalog.compilePatterns();
  const text = readFileSync(path, 'utf8');
  const analyse = () => {
    const started = process.hrtime.bigint();
    analyzeLetter(text, catalog, letterOptions(undefined, {}, []));
    process.stdout.write(`${Number(process.hrtime.bigint() - started) / 1e6}\n`);
  };
  warmUpWhileIdle(
    catalog,
    () => true,
    () => {
      garbageCollector()?.();
      setTimeout(analyse, 200);
    },
  );
}

if (require.main === module) child(process.argv[2]);
