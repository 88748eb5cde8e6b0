import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, CORPUS_README } from './paths';

export interface CorpusIndexRow {
  readonly caseNumber: string;
  readonly decisionDate: string;
  readonly items: number;
  readonly upheld: number;
  readonly overturned: number;
}

/** The index table of shared/corpus/README.md. */
export function readCorpusIndex(): CorpusIndexRow[] {
  const rows: CorpusIndexRow[] = [];
  for (const line of readFileSync(CORPUS_README, 'utf8').split('\n')) {
    const m = /^\|\s*(CM\d\d-\d{7})\s*\|\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/.exec(line);
    if (m) rows.push({ caseNumber: m[1], decisionDate: m[2], items: Number(m[3]), upheld: Number(m[4]), overturned: Number(m[5]) });
  }
  return rows;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(CORPUS_DIR, f));
}
