import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Finding, Fix } from '../../../server/src/core/findings';
import { applyChanges, applySafeFixes, changesOverlap, fixText, selectSafeFixes } from '../../../server/src/core/fix/applyFixes';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../../support/letters';
import { analysis } from './helpers';

function finding(fixes: Finding['fixes'], start = 0): Finding {
  return { ruleId: 'x', severity: 'error', message: 'm', span: { start, end: start }, related: [], fixes };
}

describe('applying fixes', () => {
  it('overlap: intersecting replacements, an insertion inside a replacement, two insertions at one point', () => {
    assert.equal(changesOverlap({ start: 0, end: 5 }, { start: 4, end: 8 }), true);
    assert.equal(changesOverlap({ start: 0, end: 5 }, { start: 5, end: 8 }), false);
    assert.equal(changesOverlap({ start: 3, end: 3 }, { start: 0, end: 5 }), true);
    assert.equal(changesOverlap({ start: 5, end: 5 }, { start: 0, end: 5 }), false);
    assert.equal(changesOverlap({ start: 2, end: 2 }, { start: 2, end: 2 }), true);
  });

  it('takes the first safe fix of each finding, skips unsafe ones and those touching a chosen fix', () => {
    const text = 'abcdefghij';
    const findings = [
      finding([{ title: 'a', safe: true, changes: [{ span: { start: 0, end: 2 }, newText: 'AB' }] }]),
      finding([{ title: 'b', safe: false, changes: [{ span: { start: 4, end: 5 }, newText: 'E' }] }]),
      finding([{ title: 'c', safe: true, changes: [{ span: { start: 1, end: 3 }, newText: 'XX' }] }]),
      finding([
        {
          title: 'd',
          safe: true,
          changes: [
            { span: { start: 9, end: 10 }, newText: 'J' },
            { span: { start: 6, end: 6 }, newText: '+' },
          ],
        },
      ]),
      finding([{ title: 'a again', safe: true, changes: [{ span: { start: 0, end: 2 }, newText: 'AB' }] }]),
    ];
    const { chosen, skipped } = selectSafeFixes(findings);
    assert.deepEqual(
      chosen.map((f) => f.title),
      ['a', 'd'],
    );
    assert.deepEqual(
      skipped.map((f) => f.title),
      ['c'],
    );
    assert.equal(applySafeFixes(text, findings).text, 'ABcdef+ghiJ');
    assert.equal(applyChanges('abc', []), 'abc');
  });

  it('chooses the fixes comparing each with every fix chosen before it would, however many', () => {
    // The definition: a fix is skipped when a change of it touches a change of any fix chosen before it.
    const byDefinition = (findings: readonly Finding[]) => {
      const chosen: Fix[] = [];
      const seen = new Set<string>();
      const touch = (a: Fix, b: Fix) => a.changes.some((x) => b.changes.some((y) => changesOverlap(x.span, y.span)));
      const selfTouching = (f: Fix) => f.changes.some((x, i) => f.changes.some((y, j) => i < j && changesOverlap(x.span, y.span)));
      for (const f of findings) {
        const fix = f.fixes.find((x) => x.safe);
        if (!fix || fix.changes.length === 0) continue;
        const key = JSON.stringify(fix.changes);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!selfTouching(fix) && !chosen.some((c) => touch(c, fix))) chosen.push(fix);
      }
      return chosen.map((f) => f.title);
    };
    const span = fc.tuple(fc.nat(40), fc.nat(4)).map(([start, length]) => ({ start, end: start + length }));
    const fix = fc.record({
      title: fc.string({ maxLength: 3 }),
      safe: fc.boolean(),
      changes: fc.array(fc.record({ span, newText: fc.constant('x') }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(fix, { maxLength: 2 }), { maxLength: 40 }), (fixesOfFindings) => {
        const findings = fixesOfFindings.map((fixes, i) => finding(fixes, i));
        assert.deepEqual(
          selectSafeFixes(findings).chosen.map((f) => f.title),
          byDefinition(findings),
        );
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 5 },
    );
  });

  it('fixes a letter in one pass: exact text', () => {
    const broken = letter({
      issuesHeading: 'IMR ISSUES, DECISIONS AND RATIONALE',
      items: [
        { ...ESI_ITEM, decision: 'Uphled' },
        {
          ...KNEE_MRI_ITEM,
          maximus:
            'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on NonMTUS Citation Official Disability Guidelines (ODG) Knee & Leg, MRI.',
        },
      ],
    });
    const expected = letter({
      issuesHeading: 'IMR ISSUES, DECISIONS AND RATIONALES',
      items: [
        ESI_ITEM,
        {
          ...KNEE_MRI_ITEM,
          maximus:
            'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, MRI.',
        },
      ],
    });
    const result = applySafeFixes(broken, analysis(broken).findings);
    assert.equal(result.text, expected);
    assert.equal(result.applied.length, 3);
    const again = fixText(broken, (t) => analysis(t).findings);
    assert.equal(again.text, expected);
  });
});
