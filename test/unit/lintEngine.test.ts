/** The rule engine's contracts: a span outside the text is a recorded failure, and item findings follow the letter's line ending. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { lint } from '../../server/src/core/lint';
import { parseLetter } from '../../server/src/core/parse/parseLetter';
import { defineRule } from '../../server/src/core/rules/rule';
import { builtinCatalog } from '../support/lintText';
import { ESI_ITEM, letter } from '../support/letters';

const catalog = builtinCatalog();

describe('the rule engine', () => {
  it("records a span outside the text as the rule's failure and publishes no finding for it", () => {
    const text = letter();
    const past = defineRule({
      id: 'test-span-past-the-end',
      defaultSeverity: 'warning',
      description: 'reports past the end of the text',
      tags: ['structure'],
      fixable: false,
      check({ model, report }) {
        report({ message: 'past the end', span: { start: model.text.length - 2, end: model.text.length + 5 } });
        report({ message: 'inside', span: { start: 0, end: 4 } });
      },
    });
    const related = defineRule({
      id: 'test-related-before-the-start',
      defaultSeverity: 'warning',
      description: 'points a related place before the start',
      tags: ['structure'],
      fixable: false,
      checkItem({ item, report }) {
        report({ message: 'related outside', span: item.title.span, related: [{ span: { start: -3, end: 1 }, message: 'x' }] });
      },
    });
    const result = lint(parseLetter(text, catalog), catalog, undefined, [past, related]);
    assert.deepEqual(
      result.findings.map((f) => f.message),
      ['inside'],
    );
    assert.deepEqual(result.failures.map((f) => f.ruleId).sort(), ['test-related-before-the-start', 'test-related-before-the-start', 'test-span-past-the-end']);
    assert.match(result.failures.find((f) => f.ruleId === 'test-span-past-the-end')!.error, /outside the text/);
  });

  it("an edit that changes the letter's line ending (its first line break) gives unchanged items' fixes the new one, as a fresh analysis does", () => {
    const lf = letter({ items: [{ ...ESI_ITEM, maximus: null }] });
    // Only the header's first line break changes: the item's own text stays the same.
    const crlf = lf.replace('\n', '\r\n');
    const before = analyze(lf, catalog);
    const incremental = analyze(crlf, catalog, undefined, before);
    const fresh = analyze(crlf, catalog);
    const insertion = (a: typeof fresh) => a.findings.find((f) => f.ruleId === 'missing-guideline-line')!.fixes[0].changes[0].newText;
    assert.match(insertion(fresh), /\r\n/);
    assert.equal(insertion(incremental), insertion(fresh));
    assert.deepEqual(incremental.findings, fresh.findings);
  });
});
