/**
 * Property tests: any text gets a model and findings without an exception, in time proportional
 * to its size, with every range inside the document; and an analysis built incrementally from
 * the previous version equals a fresh one. CI runs a fixed seed; FUZZ_RUNS=2000 (and FUZZ_SEED)
 * make a longer run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { builtinCatalog } from '../support/lintText';
import { corpusFiles } from '../support/corpus';
import { SEED_PATH, sharedAvailable } from '../support/paths';
import { letter } from '../support/letters';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const params = { numRuns: RUNS, seed: SEED };

/** Lines of the real letters to mutate (the project's own letter when ../shared is absent). */
function sources(): string[] {
  if (!sharedAvailable()) return [letter()];
  const files = corpusFiles();
  return [readFileSync(SEED_PATH, 'utf8'), ...[0, 17, 42, 99, 150, 193].map((i) => readFileSync(files[i % files.length], 'utf8'))];
}

function checkAnalysis(text: string, analysis: Analysis): void {
  assert.deepEqual(analysis.failures, []);
  for (const f of analysis.findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} span inside the text`);
    for (const r of f.related) assert.ok(r.span.start >= 0 && r.span.end <= text.length && r.span.start <= r.span.end, `${f.ruleId} related span`);
    for (const fix of f.fixes)
      for (const c of fix.changes) assert.ok(c.span.start >= 0 && c.span.end <= text.length && c.span.start <= c.span.end, `${f.ruleId} fix span`);
  }
}

/** Comparable form of an analysis (findings with their spans and fixes). */
function fingerprint(analysis: Analysis): string {
  return JSON.stringify(analysis.findings);
}

const unicodeChunk = fc.oneof(
  fc.string(),
  fc.fullUnicodeString(),
  fc.constantFrom(
    '\u0000',
    '\r',
    '\r\n',
    '\n',
    '\t',
    '\uFEFF',
    '\u00a0',
    '\u2028',
    ': Upheld',
    ': Overturned',
    ':',
    'Claims Administrator guideline:',
    'MAXIMUS guideline:',
    'Decision rationale:',
    'Decision based on MTUS ',
    'Decision based on Non-MTUS Citation ',
    'CLINICAL CASE SUMMARY',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    ' is not medically necessary.',
    ' was the original request. ',
    'ACOEM Chapter 12 ',
    '2016, Section(s): ',
    'Official Disability Guidelines (ODG) ',
  ),
);

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (lines: string[]) => lines.filter((_, i) => i !== n % Math.max(1, lines.length))),
  fc.nat().map((n) => (lines: string[]) => {
    const i = n % Math.max(1, lines.length);
    return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(20)).map(([a, b, len]) => (lines: string[]) => {
    const n = Math.max(1, lines.length);
    const [x, y] = [a % n, b % n].sort((p, q) => p - q);
    const block1 = lines.slice(x, x + len);
    const block2 = lines.slice(y, y + len);
    return [...lines.slice(0, x), ...block2, ...lines.slice(x + len, y), ...block1, ...lines.slice(y + len)];
  }),
  fc.tuple(fc.nat(), unicodeChunk).map(([n, chunk]) => (lines: string[]) => {
    const i = n % Math.max(1, lines.length);
    const line = lines[i] ?? '';
    const at = n % (line.length + 1);
    return [...lines.slice(0, i), line.slice(0, at) + chunk + line.slice(at), ...lines.slice(i + 1)];
  }),
);

describe('robustness: the core never throws and keeps every range inside the text', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(unicodeChunk, { maxLength: 60 }), (chunks) => {
        const text = chunks.join('');
        checkAnalysis(text, analyze(text, builtinCatalog()));
      }),
      params,
    );
  });

  it('on random mutations of real letters (deleted, duplicated, swapped lines, inserted Unicode and controls)', () => {
    const texts = sources();
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
        (which, mutations, eol) => {
          let lines = texts[which].split(/\r\n|\r|\n/);
          for (const m of mutations) lines = m(lines);
          const text = eol === 'mixed' ? lines.map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('') : lines.join(eol);
          checkAnalysis(text, analyze(text, builtinCatalog()));
        },
      ),
      params,
    );
  });

  it('on a 1 MB single line, NUL bytes and other degenerate documents', () => {
    const degenerate = [
      '',
      '\u0000'.repeat(100_000),
      'a'.repeat(1_000_000),
      ' '.repeat(1_000_000),
      'Decision based on MTUS '.repeat(40_000),
      'x: Upheld\n'.repeat(50_000),
      'Claims Administrator guideline:\n'.repeat(30_000),
      'medically '.repeat(100_000) + 'necessary',
      `${'was the original request. '.repeat(2000)}: Upheld\nClaims Administrator guideline: x`,
      '\r'.repeat(200_000),
    ];
    for (const text of degenerate) checkAnalysis(text, analyze(text, builtinCatalog()));
  });
});

/**
 * Each letter of `texts` edited by `edits` one by one (where, as a fraction of the text; how many
 * characters deleted; what inserted), analysed after the previous version: the findings and the
 * model (its kept and moved lines and items, span for span) are those of a fresh analysis.
 */
function incrementalEqualsFresh(texts: readonly string[], inserted: fc.Arbitrary<string>, maxDeleted: number): void {
  const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(maxDeleted), inserted);
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 12 }), (which, edits) => {
      let text = texts[which];
      let previous = analyze(text, builtinCatalog());
      for (const [where, deleted, insertion] of edits) {
        const at = Math.floor(where * text.length);
        text = text.slice(0, at) + insertion + text.slice(Math.min(text.length, at + deleted));
        previous = analyze(text, builtinCatalog(), undefined, previous);
        const fresh = analyze(text, builtinCatalog());
        assert.equal(fingerprint(previous), fingerprint(fresh));
        assert.deepEqual(JSON.parse(JSON.stringify(previous.model)), JSON.parse(JSON.stringify(fresh.model)));
      }
    }),
    { ...params, numRuns: Math.max(20, Math.floor(RUNS / 3)) },
  );
}

describe('robustness: incremental analysis equals a fresh one', () => {
  it('after random edits applied one by one', () => {
    incrementalEqualsFresh(sources(), fc.oneof(fc.string({ maxLength: 30 }), unicodeChunk), 40);
  });

  // Edits that make and unmake items: line breaks, blank lines, labels and decisions typed or
  // deleted near item boundaries, which decide where the scan for titles finds them.
  it("after random edits of the letter's structure", () => {
    const structural = fc.constantFrom(
      '\n',
      '\n\n',
      ': Upheld',
      ': Overturned',
      '\nDecision rationale: ',
      '\nMAXIMUS guideline: ',
      '\nClaims Administrator guideline: ',
      '\nLumbar MRI: Upheld\n',
      'remaining IMR eligible portion ',
      '',
    );
    incrementalEqualsFresh(sources(), structural, 60);
  });
});
