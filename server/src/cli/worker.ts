/** A lint worker thread for `imr-lint --jobs N`: says when it has started, then answers batches of jobs with their results. */
import { parentPort } from 'node:worker_threads';
import { runLintJobs, type LintJob, type LintJobResult } from './lintJob';

/** What a worker is sent: jobs, and where the first of them is in the run. */
export interface Batch {
  readonly first: number;
  readonly jobs: readonly LintJob[];
}

/** What a worker answers. */
export type WorkerMessage = { readonly kind: 'ready' } | { readonly kind: 'results'; readonly first: number; readonly results: LintJobResult[] };

function answer(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

parentPort?.on('message', (batch: Batch) => {
  answer({ kind: 'results', first: batch.first, results: runLintJobs(batch.jobs) });
});
// The modules are loaded: from now on a batch is linted as soon as it arrives.
if (parentPort) answer({ kind: 'ready' });
