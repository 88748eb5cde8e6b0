/**
 * The clinical-consistency helpers run on every keystroke over free text: each answers the
 * inputs that make backtracking regexes blow up (long runs of one character, of the words and
 * separators its patterns look for) in linear time, and a letter stuffed with them still lints fast.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSides } from '../../server/src/core/analysis/laterality';
import { findLevels } from '../../server/src/core/analysis/levels';
import { findPhi } from '../../server/src/core/analysis/phi';
import { findCounts, findFrequencies, findWordNumerals } from '../../server/src/core/analysis/quantities';
import { contentTokens } from '../../server/src/core/analysis/requests';
import { analyzeText } from '../support/lintText';
import { ESI_ITEM, letter, SUMMARY } from '../support/letters';

const HOSTILE = [
  'a'.repeat(20_000),
  ' '.repeat(20_000),
  'ab '.repeat(7_000),
  '-'.repeat(20_000),
  '1-'.repeat(10_000),
  '1/'.repeat(10_000),
  '12 '.repeat(7_000),
  'L4-'.repeat(7_000),
  'L4 to '.repeat(4_000),
  'left and '.repeat(2_500),
  'two times a week for '.repeat(1_000),
  'two to '.repeat(3_000),
  '2 x '.repeat(5_000),
  'twenty-'.repeat(3_000),
  'One ('.repeat(4_000),
  'request for the '.repeat(1_500),
  '1234 Main '.repeat(2_000),
  'claim number '.repeat(1_500),
  'DOB '.repeat(5_000),
  'x@'.repeat(10_000),
  'AAAA-'.repeat(4_000),
  'November 1, '.repeat(2_000),
];

const HELPERS: [string, (text: string) => unknown][] = [
  ['findLevels', findLevels],
  ['findSides', findSides],
  ['findWordNumerals', findWordNumerals],
  ['findFrequencies', findFrequencies],
  ['findCounts', findCounts],
  ['findPhi', findPhi],
  ['contentTokens', contentTokens],
];

describe('clinical-consistency patterns', () => {
  it('answer hostile inputs in linear time', () => {
    const slow: string[] = [];
    for (const [name, helper] of HELPERS) {
      for (const input of HOSTILE) {
        const started = process.hrtime.bigint();
        helper(input);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (ms > 250) slow.push(`${name} on ${JSON.stringify(input.slice(0, 12))}... (${Math.round(ms)} ms)`);
      }
    }
    assert.deepEqual(slow, []);
  });

  it('lint a letter whose summary and rationale are stuffed with them', () => {
    for (const input of HOSTILE) {
      const text = letter({
        summary: `${SUMMARY}${input.slice(0, 8_000)}\n`,
        items: [{ ...ESI_ITEM, rationale: `${input.slice(0, 8_000)} ${ESI_ITEM.rationale}` }],
      });
      const started = process.hrtime.bigint();
      const { failures } = analyzeText(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.deepEqual(failures, []);
      assert.ok(ms < 1_000, `${JSON.stringify(input.slice(0, 12))}: ${Math.round(ms)} ms`);
    }
  });
});
