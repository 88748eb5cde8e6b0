/** The items a summary phrase names, found through the titles' rarest words: the same as comparing the phrase with every title. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NamedItems } from '../../../server/src/core/analysis/namedItems';
import { coverage, NAMES_TITLE } from '../../../server/src/core/analysis/requests';

/** What NamedItems stands for: every title compared with the phrase, and none when more than `most` are named. */
function namedByComparingAll(titles: readonly ReadonlySet<string>[], words: ReadonlySet<string>, most: number): number[] | undefined {
  const named = titles.flatMap((title, index) => (coverage(title, words) >= NAMES_TITLE ? [index] : []));
  return named.length > most ? undefined : named;
}

// Few words, so that titles share them and phrases hold most of a title's words often.
const word = fc.constantFrom('left', 'right', 'lumbar', 'cervical', 'epidural', 'injection', 'mri', 'knee', 'therapy', 'norco');
const words = fc.uniqueArray(word, { maxLength: 6 }).map((list) => new Set(list));

describe('NamedItems', () => {
  it('names the items a phrase holds three quarters of the title words of, as comparing with every title does', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 30 }),
        fc.array(words, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        (titles, phrases, most) => {
          const index = new NamedItems(titles);
          for (const phrase of phrases) assert.deepEqual(index.namedBy(phrase, most), namedByComparingAll(titles, phrase, most));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 7 },
    );
  });

  it('names no item for a phrase that names more than the most it is given', () => {
    const titles = Array.from({ length: 40 }, () => new Set(['epidural', 'injection']));
    const index = new NamedItems(titles);
    assert.equal(index.namedBy(new Set(['epidural', 'injection', 'left']), 16), undefined);
    assert.deepEqual(index.namedBy(new Set(['epidural', 'injection']), 40), [...titles.keys()]);
  });
});
