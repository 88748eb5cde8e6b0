/** The example letters in examples/: what `npm run generate` gives the server to warm up on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The texts of the example letters (*.imr) in `folder`, in the order of their file names. */
export function exampleLetters(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.imr'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}
