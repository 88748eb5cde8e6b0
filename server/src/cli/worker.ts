/** A lint worker thread for `imr-lint --jobs N`: receives jobs, answers results, in order of arrival. */
import { parentPort } from 'node:worker_threads';
import { runLintJob, type LintJob } from './lintJob';

parentPort?.on('message', (message: { index: number; job: LintJob }) => {
  let result;
  try {
    result = runLintJob(message.job);
  } catch (error) {
    result = { file: message.job.file, diagnostics: [], error: `internal error: ${(error as Error).message}` };
  }
  parentPort!.postMessage({ index: message.index, result });
});
