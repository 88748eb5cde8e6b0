/**
 * Runs lint jobs on N threads: the main thread and N-1 worker threads, all taking batches from one
 * queue. The main thread has the modules and the catalog loaded already and lints while the
 * workers start (each loads them again, and is sent work only once it has); its results are not
 * copied between threads. Results come back in the order of the jobs, whichever thread linted them.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runLintJobs, type LintJob, type LintJobResult } from './lintJob';
import type { Batch, WorkerMessage } from './worker';

/** A worker's largest batch: one message per file costs more than linting a small letter. */
const WORKER_BATCH = 32;
/**
 * The main thread's batch: small, since a worker waiting for its next batch waits for the main
 * thread to finish its own.
 */
const MAIN_BATCH = 4;
/** Batches sent ahead to a worker, so that it has the next one while its last results travel. */
const IN_FLIGHT = 2;

/** The jobs not yet handed out, in order. */
class JobQueue {
  private next = 0;

  constructor(
    private readonly jobs: readonly LintJob[],
    private readonly threads: number,
  ) {}

  /**
   * The next batch, at most `largest` jobs; smaller as the queue empties (guided scheduling), so
   * that the threads finish together instead of one lingering on a last large batch.
   */
  take(largest: number): Batch | undefined {
    const remaining = this.jobs.length - this.next;
    if (remaining === 0) return undefined;
    const size = Math.max(1, Math.min(largest, Math.floor(remaining / (this.threads * IN_FLIGHT * 2))));
    const first = this.next;
    this.next += size;
    return { first, jobs: this.jobs.slice(first, this.next) };
  }
}

/** Feeds one worker from the queue, once it has started, until the queue is empty and its answers are in. */
function drainWithWorker(worker: Worker, queue: JobQueue, record: (first: number, results: readonly LintJobResult[]) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let pending = 0;
    const feed = () => {
      const batch = queue.take(WORKER_BATCH);
      if (batch) {
        pending++;
        worker.postMessage(batch);
      } else if (pending === 0) resolve();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        for (let i = 0; i < IN_FLIGHT; i++) feed();
        return;
      }
      pending--;
      record(message.first, message.results);
      feed();
    });
    worker.on('error', reject);
  });
}

/** The main thread's share: small batches, letting the workers' messages in between. */
async function drainOnMainThread(queue: JobQueue, record: (first: number, results: readonly LintJobResult[]) => void): Promise<void> {
  for (let batch = queue.take(MAIN_BATCH); batch; batch = queue.take(MAIN_BATCH)) {
    record(batch.first, runLintJobs(batch.jobs));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function runInPool(jobs: readonly LintJob[], threads: number, onResult: (done: number) => void): Promise<LintJobResult[]> {
  const results: LintJobResult[] = new Array(jobs.length);
  let done = 0;
  const record = (first: number, batch: readonly LintJobResult[]) => {
    batch.forEach((result, i) => (results[first + i] = result));
    done += batch.length;
    onResult(done);
  };
  const queue = new JobQueue(jobs, threads);
  const workers = Array.from({ length: threads - 1 }, () => new Worker(join(__dirname, 'worker.js')));
  try {
    await Promise.all([...workers.map((worker) => drainWithWorker(worker, queue, record)), drainOnMainThread(queue, record)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
