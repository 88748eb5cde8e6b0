import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, covered, findings } from '../../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../../support/letters';

describe('missing-decision', () => {
  it('reports a title without a decision; the decision the conclusion implies is the safe fix', () => {
    const text = letter({ items: [{ ...ESI_ITEM, decision: undefined }] });
    const [finding] = findings(text, 'missing-decision');
    assert.equal(covered(text, finding), ESI_ITEM.title);
    const safe = finding.fixes.filter((f) => f.safe);
    assert.equal(safe.length, 1);
    assert.equal(applyFix(text, safe[0]), letter({ items: [ESI_ITEM] }));
  });
  it('handles a title that ends with a bare colon', () => {
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, title: `${KNEE_MRI_ITEM.title}:`, decision: undefined }] });
    const [finding] = findings(text, 'missing-decision');
    assert.equal(
      applyFix(
        text,
        finding.fixes.find((f) => f.safe)!,
      ),
      letter({ items: [KNEE_MRI_ITEM] }),
    );
  });
});

describe('invalid-decision', () => {
  it('reports a value other than Upheld/Overturned and suggests the nearest', () => {
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });
    const [finding] = findings(text, 'invalid-decision');
    assert.equal(covered(text, finding), 'Uphled');
    assert.match(finding.message, /Did you mean "Upheld"/);
    assert.equal(applyFix(text, finding.fixes[0]), letter({ items: [ESI_ITEM] }));
    assert.equal(finding.fixes[0].safe, true);
  });
  it('maps synonyms ("Denied" upholds the denial)', () => {
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Denied' }] });
    assert.match(findings(text, 'invalid-decision')[0].message, /"Upheld"/);
  });
  it('accepts any letter case of the two values without complaint from this rule', () => {
    assert.deepEqual(findings(letter({ items: [{ ...ESI_ITEM, decision: 'upheld' }] }), 'invalid-decision'), []);
  });
});

describe('missing-guideline-line', () => {
  it('reports a missing MAXIMUS line and a missing Claims Administrator line', () => {
    const text = letter({
      items: [
        { ...ESI_ITEM, maximus: null },
        { ...KNEE_MRI_ITEM, claimsAdministrator: null },
      ],
    });
    const found = findings(text, 'missing-guideline-line');
    assert.equal(found.length, 2);
    assert.match(found[0].message, /MAXIMUS guideline:/);
    assert.match(found[1].message, /Claims Administrator guideline:/);
    const fixed = applyFix(text, found[1].fixes[0]);
    assert.equal(findings(fixed, 'missing-guideline-line').length, 1);
  });
});

describe('missing-rationale', () => {
  it('reports an item without "Decision rationale:"', () => {
    const text = letter({ items: [{ ...ESI_ITEM, rationale: null }] });
    const found = findings(text, 'missing-rationale');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), ESI_ITEM.title);
  });
});

describe('missing-conclusion', () => {
  it('reports a rationale without a medical-necessity conclusion and offers a closing sentence', () => {
    const text = letter({ items: [{ ...ESI_ITEM, rationale: 'The documentation does not show failed conservative care.' }] });
    const [finding] = findings(text, 'missing-conclusion');
    assert.equal(covered(text, finding), 'Decision rationale:');
    const fixed = applyFix(text, finding.fixes[0]);
    assert.deepEqual(findings(fixed, 'missing-conclusion'), []);
    assert.deepEqual(findings(fixed, 'decision-conclusion-mismatch'), []);
  });
});

describe('decision-conclusion-mismatch', () => {
  it('reports Upheld with a "medically necessary" conclusion, with two fixes', () => {
    const rationale = ESI_ITEM.rationale!.replace('is not medically necessary', 'is medically necessary');
    const text = letter({ items: [{ ...ESI_ITEM, rationale }] });
    const [finding] = findings(text, 'decision-conclusion-mismatch');
    assert.equal(covered(text, finding), 'medically necessary');
    assert.equal(finding.related.length, 1);
    assert.equal(finding.fixes.length, 2);
    assert.ok(finding.fixes.every((f) => !f.safe));
    assert.equal(applyFix(text, finding.fixes[1]), letter({ items: [ESI_ITEM] }));
    assert.equal(applyFix(text, finding.fixes[0]), letter({ items: [{ ...ESI_ITEM, decision: 'Overturned', rationale }] }));
  });
  it('reports Overturned with "not medically necessary"', () => {
    const rationale = KNEE_MRI_ITEM.rationale!.replace('is medically necessary', 'is not medically necessary');
    const text = letter({ items: [ESI_ITEM, { ...KNEE_MRI_ITEM, rationale }] });
    const [finding] = findings(text, 'decision-conclusion-mismatch');
    assert.equal(covered(text, finding), 'not medically necessary');
    assert.equal(applyFix(text, finding.fixes[1]), letter());
  });
});
