/**
 * How the runner and the suite's web bundle talk: a web worker extension host has no environment
 * variables and no disk of its own, so the runner writes the session (which tests) into the
 * fixture workspace and reads the results back from there; the suite reaches both through the
 * editor's file system. The folder is hidden: no letter search looks into it.
 */
export const SESSION_DIR = '.imr-test';
export const SESSION_FILE = 'session.json';
export const RESULTS_FILE = 'results.json';

export interface SessionFile {
  /** Mocha grep over full test titles; empty: every test. */
  readonly grep: string;
  /** Run the tests that do not match instead. */
  readonly invert: boolean;
}
