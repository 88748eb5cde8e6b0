/** Where things are, for the real-editor test runners (compiled to out/vscode-test/test/vscode/). */
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const SHARED = process.env.IMR_SHARED_DIR ?? resolve(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'examples', 'seed-determination.txt');
