/** Runs lint jobs on N worker threads; results come back in the order of the jobs. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintJob, LintJobResult } from './lintJob';

export async function runInPool(jobs: readonly LintJob[], size: number, onResult: (done: number) => void): Promise<LintJobResult[]> {
  const results: LintJobResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(size, jobs.length) }, () => new Worker(join(__dirname, 'worker.js')));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, job: jobs[index] });
            };
            worker.on('message', (message: { index: number; result: LintJobResult }) => {
              results[message.index] = message.result;
              onResult(++done);
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
