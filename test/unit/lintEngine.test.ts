/** The rule engine's contracts: a span outside the text is a recorded failure, and item findings follow the letter's line ending. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { lint } from '../../server/src/core/lint';
import { parseLetter } from '../../server/src/core/parse/parseLetter';
import { defineRule } from '../../server/src/core/rules/rule';
import { builtinCatalog } from '../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter, summaryWith } from '../support/letters';

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

  it("an item's kept findings take the rule's severity in force, and a failure it recorded is recorded again, lint after lint", () => {
    const flagged = defineRule({
      id: 'test-item-flag',
      defaultSeverity: 'warning',
      description: 'flags every item title, and reports a related place outside the text',
      tags: ['structure'],
      fixable: false,
      checkItem({ item, report }) {
        report({ message: 'flag', span: item.title.span });
        report({ message: 'outside', span: item.title.span, related: [{ span: { start: -1, end: 0 }, message: 'x' }] });
      },
    });
    const model = parseLetter(letter(), catalog);
    const severities = (result: ReturnType<typeof lint>) => result.findings.map((f) => f.severity);
    const items = model.items.length;
    assert.ok(items > 0);
    assert.deepEqual(severities(lint(model, catalog, undefined, [flagged])), Array<string>(items).fill('warning'));
    const again = lint(model, catalog, { rules: { 'test-item-flag': 'error' } }, [flagged]);
    assert.deepEqual(severities(again), Array<string>(items).fill('error'));
    const third = lint(model, catalog, { rules: { 'test-item-flag': 'error' } }, [flagged]);
    assert.deepEqual(third.findings, again.findings);
    assert.equal(third.failures.length, items);
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

  it('findings an item keeps across edits that point into the case summary follow edits of the summary, before it and between', () => {
    const wrongLevel = 'On 11-15-2016 the claims administrator failed to approve a request for a left L4-5 transforaminal epidural steroid injection.';
    const rightLevel = wrongLevel.replace('L4-5', 'L5-S1');
    const base = letter({ summary: summaryWith(wrongLevel), items: [KNEE_MRI_ITEM, ESI_ITEM] });
    // Each version is one edit of the one before it.
    const edits: ((text: string) => string)[] = [
      // Before the summary: the summary and the items move.
      (t) => t.replace('Case Number:', 'Case  Number:'),
      // Between the summary and the item: the item moves, the summary does not.
      (t) => t.replace('MRI of the right knee', 'MRI of the right  knee'),
      // In the summary: its request agrees now, then disagrees again, further on.
      (t) => t.replace(wrongLevel, rightLevel),
      (t) => t.replace(rightLevel, `The worker walks daily. ${wrongLevel}`),
      // Between again, the other way.
      (t) => t.replace('MRI of the right  knee', 'MRI of the right knee'),
    ];
    const versions = edits.reduce((all, edit) => [...all, edit(all[all.length - 1])], [base]);
    let previous = analyze(versions[0], catalog);
    assert.equal(
      previous.findings.filter((f) => f.ruleId === 'level-mismatch').length,
      1,
      'the summary names another level than the title: the test letter must have the finding',
    );
    for (const text of versions.slice(1)) {
      assert.notEqual(text, previous.model.text);
      const incremental = analyze(text, catalog, undefined, previous);
      const fresh = analyze(text, catalog);
      assert.deepEqual(incremental.findings, fresh.findings);
      previous = incremental;
    }
  });

  it('which sibling a rationale names is decided again when a title changes, and kept across other edits', () => {
    const closing = (request: string) =>
      `The documentation does not show a trial of conservative care. Therefore, the request for ${request} is not medically necessary.`;
    const base = letter({
      items: [
        { ...ESI_ITEM, title: 'Acupuncture 6 sessions for the lumbar spine', rationale: closing('infrared heat therapy') },
        { ...ESI_ITEM, title: 'Infrared heat therapy', rationale: closing('infrared heat therapy') },
      ],
    });
    const named = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.ruleId === 'conclusion-names-other-request').length;
    // Each version is one edit of the one before it, with the number of findings a fresh analysis gives.
    const steps: [(text: string) => string, number][] = [
      [(t) => t, 1],
      // The sibling's title changes: the first item's sentence names no sibling now.
      [(t) => t.replace('Infrared heat therapy:', 'Hot pack therapy:'), 0],
      // An edit in the first item's own text, not in its sentence.
      [(t) => t.replace('does not show a trial', 'does not show  a trial'), 0],
      [(t) => t.replace('Hot pack therapy:', 'Infrared heat therapy:'), 1],
      // An edit that moves the sibling and changes no title: the decision is kept, the sibling's place follows.
      [(t) => t.replace('does not show  a trial', 'does not show a trial'), 1],
    ];
    let previous: ReturnType<typeof analyze> | undefined;
    let text = base;
    for (const [edit, expected] of steps) {
      text = edit(text);
      const incremental = analyze(text, catalog, undefined, previous);
      const fresh = analyze(text, catalog);
      assert.equal(named(fresh), expected);
      assert.deepEqual(incremental.findings, fresh.findings);
      previous = incremental;
    }
  });
});
