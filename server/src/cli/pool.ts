/**
 * Runs lint jobs on N worker threads, in batches (one message per file costs more than linting a
 * small letter); results come back in the order of the jobs.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintJob, LintJobResult } from './lintJob';

const BATCH = 32;

export async function runInPool(jobs: readonly LintJob[], size: number, onResult: (done: number) => void): Promise<LintJobResult[]> {
  const results: LintJobResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(size, Math.ceil(jobs.length / BATCH)) }, () => new Worker(join(__dirname, 'worker.js')));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              const first = next;
              next = Math.min(jobs.length, next + BATCH);
              worker.postMessage({ first, jobs: jobs.slice(first, next) });
            };
            worker.on('message', (message: { first: number; results: LintJobResult[] }) => {
              message.results.forEach((result, i) => (results[message.first + i] = result));
              done += message.results.length;
              onResult(done);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
