/** A lint worker thread for `imr-lint --jobs N`: receives batches of jobs, answers their results. */
import { parentPort } from 'node:worker_threads';
import { runLintJob, type LintJob, type LintJobResult } from './lintJob';

parentPort?.on('message', (message: { first: number; jobs: LintJob[] }) => {
  const results: LintJobResult[] = message.jobs.map((job) => {
    try {
      return runLintJob(job);
    } catch (error) {
      return { file: job.file, diagnostics: [], error: `internal error: ${(error as Error).message}` };
    }
  });
  parentPort!.postMessage({ first: message.first, results });
});
