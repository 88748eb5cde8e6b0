/**
 * Core throughput: parse + lint of every corpus letter and of generated letters, in this process.
 * Prints MB/s and per-letter latency (median, p95) and returns the figures for the JSON report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { Catalog } from '../server/src/core/catalog/catalog';
import { generateLetter } from './generateLetter';
import { percentile } from './stats';

export interface ThroughputFigures {
  letters: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  perLetterMedianMs: number;
  perLetterP95Ms: number;
  generated: { bytes: number; medianMs: number; p95Ms: number; items: number }[];
}

export function measureThroughput(corpusDir: string | undefined, rounds = 5): ThroughputFigures {
  const catalog = Catalog.load();
  const texts = corpusDir
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    : [generateLetter(10_000)];
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const text of texts) analyze(text, catalog); // warm-up
  const perLetter: number[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      analyze(text, catalog);
      perLetter.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const generated = [100_000, 1_000_000].map((size) => {
    const text = generateLetter(size);
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      items = analyze(text, catalog).model.items.length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return { bytes: text.length, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), items };
  });
  return {
    letters: texts.length,
    megabytes: (bytes * rounds) / 1e6,
    seconds,
    mbPerSecond: (bytes * rounds) / 1e6 / seconds,
    perLetterMedianMs: percentile(perLetter, 50),
    perLetterP95Ms: percentile(perLetter, 95),
    generated,
  };
}
