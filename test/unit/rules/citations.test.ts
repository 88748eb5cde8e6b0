import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, covered, findings, squash } from '../../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../../support/letters';

const withMaximus = (maximus: string, item = ESI_ITEM) => letter({ items: [{ ...item, maximus }] });
const withClaims = (claimsAdministrator: string, item = ESI_ITEM) => letter({ items: [{ ...item, claimsAdministrator }] });

describe('citation-format', () => {
  it('reports a sentence that is not a citation', () => {
    const text = withMaximus('Per the guidelines, this is not indicated.');
    const [finding] = findings(text, 'citation-format');
    assert.equal(covered(text, finding), 'Per the guidelines, this is not indicated.');
  });
  it('reports "Decision based on" followed by neither MTUS nor Non-MTUS', () => {
    const text = withMaximus('Decision based on the ODG.');
    assert.equal(findings(text, 'citation-format').length, 1);
  });
  it('reports a Non-MTUS citation with nothing before it', () => {
    const text = withMaximus('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs).');
    assert.equal(findings(text, 'citation-format').length, 1);
  });
  it('reports an empty guideline paragraph', () => {
    assert.equal(findings(withMaximus(''), 'citation-format').length, 1);
  });
  it('accepts the grammar of the real letters', () => {
    for (const line of [
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs).',
      'The Expert Reviewer did not cite any medical evidence for its decision.',
      'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Diagnostic Criteria.',
      'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300.',
      'Decision based on MTUS Acupuncture Treatment 2007.',
    ]) {
      assert.deepEqual(findings(withMaximus(line), 'citation-format'), [], line);
    }
  });
});

describe('citation-style', () => {
  it('flags "NonMTUS Citation" and fixes it to "Non-MTUS Citation"', () => {
    const good =
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs). Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs).';
    const text = withMaximus(good.replace('Non-MTUS Citation', 'NonMTUS Citation'));
    const [finding] = findings(text, 'citation-style');
    assert.equal(covered(text, finding), 'NonMTUS Citation');
    assert.equal(squash(applyFix(text, finding.fixes[0])), squash(withMaximus(good)));
  });
});

describe('citation-extra-words', () => {
  it('flags "2016 Guidelines" and removes the extra word', () => {
    const good = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).';
    const text = withMaximus(good.replace('2016,', '2016 Guidelines,'));
    const [finding] = findings(text, 'citation-extra-words');
    assert.equal(finding.severity, 'info');
    assert.equal(squash(applyFix(text, finding.fixes[0])), squash(withMaximus(good)));
  });
});

describe('unknown-citation', () => {
  it('flags "Inital Care" and suggests "Initial Care"', () => {
    const text = withMaximus('Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care.');
    const [finding] = findings(text, 'unknown-citation');
    assert.equal(covered(text, finding), 'Inital Care');
    assert.match(finding.message, /did you mean "Initial Care"/);
    assert.equal(squash(applyFix(text, finding.fixes[0])), squash(withMaximus('Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.')));
  });
  it('flags an unknown component with the nearest name', () => {
    const text = withMaximus('Decision based on MTUS Low Back Complains 2004, Section(s): Initial Care.');
    const [finding] = findings(text, 'unknown-citation');
    assert.equal(covered(text, finding), 'Low Back Complains');
    assert.match(finding.message, /Low Back Complaints/);
  });
  it('flags an ACOEM chapter number the MTUS never adopted', () => {
    const text = withMaximus('Decision based on MTUS ACOEM Chapter 42 Low Back Complaints Page(s): 300.');
    assert.equal(findings(text, 'unknown-citation').length, 1);
  });
});

describe('chapter-title-mismatch', () => {
  it("flags a chapter number with another chapter's title", () => {
    const text = withMaximus('Decision based on MTUS ACOEM Chapter 13 Low Back Complaints Page(s): 300.');
    const [finding] = findings(text, 'chapter-title-mismatch');
    assert.equal(covered(text, finding), 'Low Back Complaints');
    assert.match(finding.message, /Chapter 13 is "Knee Complaints"; "Low Back Complaints" is Chapter 12/);
    assert.equal(squash(applyFix(text, finding.fixes[1])), squash(withMaximus('Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300.')));
  });
  it('is silent on a matching chapter and title', () => {
    assert.deepEqual(findings(withMaximus('Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300.'), 'chapter-title-mismatch'), []);
  });
});

describe('citation-edition-mismatch', () => {
  it('flags a year label the component never had, fixing a single-year component safely', () => {
    const text = withMaximus('Decision based on MTUS Acupuncture Treatment 2009.');
    const [finding] = findings(text, 'citation-edition-mismatch');
    assert.equal(covered(text, finding), '2009');
    assert.equal(finding.fixes[0].safe, true);
    assert.equal(squash(applyFix(text, finding.fixes[0])), squash(withMaximus('Decision based on MTUS Acupuncture Treatment 2007.')));
  });
  it('flags a 2016 page cited against the 2009 edition', () => {
    const text = withMaximus('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Epidural steroid injections (ESIs), Page(s): 81.');
    const found = findings(text, 'citation-edition-mismatch');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), '81');
  });
  it('accepts the page of the right edition', () => {
    assert.deepEqual(
      findings(
        withMaximus('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs), Page(s): 81.'),
        'citation-edition-mismatch',
      ),
      [],
    );
  });
});

describe('outside-mtus-without-citation', () => {
  it('flags the outside-of-MTUS sentence with no Non-MTUS citation after it', () => {
    const text = withClaims('The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.');
    const found = findings(text, 'outside-mtus-without-citation');
    assert.equal(found.length, 1);
    assert.match(covered(text, found[0]), /^The Claims Administrator based their decision/);
  });
});

describe('no-evidence-with-citation', () => {
  it('flags "did not cite any medical evidence" followed by a citation', () => {
    const text = withClaims(
      'The Claims Administrator did not cite any medical evidence for its decision. Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.',
      KNEE_MRI_ITEM,
    );
    const [finding] = findings(text, 'no-evidence-with-citation');
    assert.match(covered(text, finding), /^Decision based on MTUS Knee Complaints/);
    assert.equal(finding.related.length, 1);
  });
});
