/** `npm run bench`: core throughput over the corpus and generated letters; prints a table and writes JSON. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus } from 'node:os';
import { measureThroughput } from './corpusThroughput';
import { round } from './stats';

const root = resolve(__dirname, '..', '..');
const corpus = resolve(root, '..', 'shared', 'corpus', 'letters');
const figures = measureThroughput(existsSync(corpus) ? corpus : undefined);

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(`corpus: ${figures.letters} letters x 5 rounds = ${round(figures.megabytes)} MB in ${round(figures.seconds)} s`);
console.log(`  throughput        ${round(figures.mbPerSecond)} MB/s (parse + all rules, one process)`);
console.log(`  per letter        median ${round(figures.perLetterMedianMs, 3)} ms, p95 ${round(figures.perLetterP95Ms, 3)} ms`);
for (const g of figures.generated) {
  console.log(`  generated ${String(Math.round(g.bytes / 1000)).padStart(5)} KB  ${String(g.items).padStart(5)} items: median ${round(g.medianMs)} ms, p95 ${round(g.p95Ms)} ms`);
}
const out = join(root, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'core.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...figures }, null, 2)}\n`);
console.log(`written: bench/results/core.json`);
