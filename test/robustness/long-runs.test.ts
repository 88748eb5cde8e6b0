/**
 * A long run of white space (or of hyphens) where a pattern looks for a word after it costs the
 * analysis in proportion to the run, not to its square: a run four times as long takes about four
 * times as long. Patterns that tried the run from each of its characters, or split it between two
 * optional runs, took seconds on a letter with a run of 20,000 spaces after "claim number", after a
 * title's colon or after a guideline's "page"; the negation before "medically necessary" took
 * longer at each hyphen more between "not" and the phrase. Text converted from PDF holds such runs.
 */
import { describe, it } from 'node:test';
import { ESI_ITEM, letter, summaryWith } from '../support/letters';
import { assertAnalysisScales } from '../support/fastestAnalysis';

const TITLE = `${ESI_ITEM.title}: ${ESI_ITEM.decision}`;

/** Where a run goes in a clean letter, and the run; each builds the letter for a run of `length`. */
const CASES: readonly (readonly [string, (length: number) => string])[] = [
  [
    'spaces between the words of a modified request copied into the case summary',
    (n) =>
      letter({
        summary: summaryWith(
          `Norco 10/325mg #60 was${' '.repeat(n)}the original${' '.repeat(n)}request${' '.repeat(n)}for pain.`,
          'It was appealed.',
          'The appeal is reviewed here.',
        ),
      }),
  ],
  [
    'spaces after "claim number" in a rationale',
    (n) => letter().replace('Decision rationale: ', `Decision rationale: The claim number${' '.repeat(n)}is on file. `),
  ],
  ['spaces after a colon in a title', (n) => letter().replace(TITLE, `${ESI_ITEM.title}:${' '.repeat(n)}x: ${ESI_ITEM.decision}`)],
  ['spaces after "qty" in a title', (n) => letter().replace(TITLE, `${ESI_ITEM.title} qty${' '.repeat(n)}x: ${ESI_ITEM.decision}`)],
  [
    'spaces after a guideline\'s component and year (where an "and" may join the next)',
    (n) => letter().replace('MAXIMUS guideline: ', `MAXIMUS guideline: Decision based on MTUS Low Back Disorders 2020${' '.repeat(n)}x. `),
  ],
  [
    'spaces after a guideline\'s "page"',
    (n) => letter().replace('MAXIMUS guideline: ', `MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Low Back, page${' '.repeat(n)}x. `),
  ],
];

describe('long runs in a letter', () => {
  for (const [name, build] of CASES) {
    it(`${name}: four times the run, well under sixteen times the time`, () => {
      assertAnalysisScales((size, variant) => build(size + variant), 5_000, 20_000, 8, 50);
    });
  }

  it('hyphens between "not" and "(medically necessary)": twice the hyphens, not many times the time', () => {
    const build = (n: number) =>
      letter({ items: [{ ...ESI_ITEM, rationale: ESI_ITEM.rationale!.replace('is not medically necessary', `is not${'-'.repeat(n)}(medically necessary)`) }] });
    assertAnalysisScales((size, variant) => build(size + variant), 12, 24, 8, 50);
  });
});
