import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root (tests run compiled from out/test/...). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

/** ../shared beside the project: the seed letter, the corpus and the reference. */
export const SHARED_DIR = resolve(PROJECT_ROOT, '..', 'shared');

export const IN_CI = process.env.CI === 'true';

/**
 * Whether ../shared is there. In CI it must be: a missing folder fails the run instead of
 * letting corpus tests skip themselves into green.
 */
export function sharedAvailable(): boolean {
  const present = existsSync(join(SHARED_DIR, 'corpus', 'letters')) && existsSync(join(SHARED_DIR, 'examples', 'seed-determination.txt'));
  if (!present && IN_CI) throw new Error(`CI=true but ${SHARED_DIR} (with corpus/letters and examples/) is missing`);
  return present;
}

export const SEED_PATH = join(SHARED_DIR, 'examples', 'seed-determination.txt');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'letters');
export const CORPUS_README = join(SHARED_DIR, 'corpus', 'README.md');
export const FIXTURES_DIR = join(PROJECT_ROOT, 'test', 'fixtures');
export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');
