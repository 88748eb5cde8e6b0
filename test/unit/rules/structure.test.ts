import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, covered, findings } from '../../support/lintText';
import { HOW_MADE, letter, SUMMARY } from '../../support/letters';

describe('the clean test letter', () => {
  it('has no findings at all (so each test below sees only the finding its change causes)', () => {
    assert.deepEqual(
      findings(letter()).map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
  });
});

describe('missing-section', () => {
  it('reports each absent section and inserts its skeleton in canonical order', () => {
    const text = letter({ summary: null });
    const [finding] = findings(text, 'missing-section');
    assert.match(finding.message, /CLINICAL CASE SUMMARY/);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.deepEqual(findings(fixed, 'missing-section'), []);
    assert.ok(fixed.indexOf('CLINICAL CASE SUMMARY') < fixed.indexOf('IMR ISSUES, DECISIONS AND RATIONALES'));
    assert.ok(fixed.indexOf('CLINICAL CASE SUMMARY') > fixed.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE'));
  });
  it('inserts a missing issues heading before the first item', () => {
    const text = letter({ issuesHeading: null });
    const [finding] = findings(text, 'missing-section');
    assert.match(finding.message, /IMR ISSUES/);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.ok(fixed.indexOf('IMR ISSUES, DECISIONS AND RATIONALES') < fixed.indexOf('Left L5-S1 transforaminal'));
    assert.deepEqual(findings(fixed, 'missing-section'), []);
  });
  it('is silent when all three are there', () => {
    assert.deepEqual(findings(letter(), 'missing-section'), []);
  });
});

describe('section-order', () => {
  it('reports a section that comes after one it should precede', () => {
    const text = letter({ howMade: SUMMARY, summary: HOW_MADE });
    const found = findings(text, 'section-order');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
    assert.equal(found[0].related.length, 1);
  });
});

describe('duplicate-section', () => {
  it('reports the second heading, related to the first', () => {
    const text = letter({ summary: SUMMARY + '\n' + SUMMARY });
    const found = findings(text, 'duplicate-section');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), 'CLINICAL CASE SUMMARY');
    assert.ok(found[0].span.start > found[0].related[0].span.start);
  });
});

describe('heading-spelling', () => {
  it('reports a misspelled heading and fixes it safely', () => {
    const text = letter({ summary: SUMMARY.replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMARY') });
    const [finding] = findings(text, 'heading-spelling');
    assert.equal(covered(text, finding), 'CLINICAL CASE SUMARY');
    assert.equal(finding.fixes[0].safe, true);
    assert.equal(applyFix(text, finding.fixes[0]), letter());
  });
  it('does not take prose for a heading', () => {
    assert.deepEqual(findings(letter({ summary: SUMMARY + 'Clinical case summary follows.\n' }), 'heading-spelling'), []);
  });
});

describe('no-disputed-items', () => {
  it('reports an issues section without items', () => {
    const text = letter({ items: [] });
    const found = findings(text, 'no-disputed-items');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), 'IMR ISSUES, DECISIONS AND RATIONALES');
  });
});
