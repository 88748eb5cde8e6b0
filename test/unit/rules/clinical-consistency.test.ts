/**
 * The clinical-consistency rules (issue 5): spinal levels, sides, the request a closing sentence
 * names, guideline families, dates, quantities, frequencies and unredacted PHI. Each rule has
 * cases it must find and cases, taken from real letters' wording, it must leave alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, builtinCatalog, covered, findings, squash } from '../../support/lintText';
import { analyze } from '../../../server/src/core/analyze';
import { ESI_ITEM, HEADER, KNEE_MRI_ITEM, letter, summaryWith, type ItemParts } from '../../support/letters';
import { findDates } from '../../../server/src/core/parse/dates';

/** A case summary with the given closing sentences (the real letters' request sentences go there). */
const summary = summaryWith;

/** The ESI item with another title and the same closing sentence shape. */
function esi(title: string, concluded = title): ItemParts {
  return {
    ...ESI_ITEM,
    title,
    rationale: ESI_ITEM.rationale!.replace('left L5-S1 transforaminal epidural steroid injection', concluded),
  };
}

function mri(title: string, concluded = title): ItemParts {
  return { ...KNEE_MRI_ITEM, title, rationale: KNEE_MRI_ITEM.rationale!.replace('MRI of the right knee', concluded) };
}

describe('level-mismatch', () => {
  it('flags a closing sentence that names L5-S1 for an L4-S1 request (the range covers L4-5 and L5-S1)', () => {
    const text = letter({ items: [esi('Left L4-S1 transforaminal epidural steroid injection', 'left L5-S1 transforaminal epidural steroid injection')] });
    const [finding, ...rest] = findings(text, 'level-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), 'L5-S1');
    assert.match(finding.message, /L4-S1 \(L4-L5, L5-S1\)/);
    assert.equal(covered(text, { ...finding, span: finding.related[0].span }), 'L4-S1');
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, false);
    assert.deepEqual(findings(applyFix(text, finding.fixes[0]), 'level-mismatch'), []);
  });
  it('accepts a range written out as its segments ("L4-5 and L5-S1" for "L4-S1")', () => {
    const text = letter({
      items: [esi('Left L4-S1 transforaminal epidural steroid injection', 'left L4-5 and L5-S1 transforaminal epidural steroid injection')],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
  });
  it('reads "C5-6", "C5-C6" and "L5/S1" as the same segments and flags C6-7 for C5-6', () => {
    assert.deepEqual(
      findings(
        letter({ items: [esi('Right C5-6 interlaminar epidural steroid injection', 'right C5-C6 interlaminar epidural steroid injection')] }),
        'level-mismatch',
      ),
      [],
    );
    assert.deepEqual(
      findings(
        letter({ items: [esi('Left L5/S1 transforaminal epidural steroid injection', 'left L5-S1 transforaminal epidural steroid injection')] }),
        'level-mismatch',
      ),
      [],
    );
    const text = letter({ items: [esi('Right C5-6 interlaminar epidural steroid injection', 'right C6-7 interlaminar epidural steroid injection')] });
    assert.equal(covered(text, findings(text, 'level-mismatch')[0]), 'C6-7');
  });
  it('accepts a nerve root inside the segment ("right L5" for an L5-S1 request) and flags a disjoint one', () => {
    assert.deepEqual(
      findings(
        letter({ items: [esi('Right L5-S1 transforaminal epidural steroid injection', 'right L5 transforaminal epidural steroid injection')] }),
        'level-mismatch',
      ),
      [],
    );
    const text = letter({ items: [esi('Right L4 transforaminal epidural steroid injection', 'right L5-S1 transforaminal epidural steroid injection')] });
    assert.equal(findings(text, 'level-mismatch').length, 1);
  });
  it("flags the case summary's request sentence when it names other levels than the title", () => {
    const text = letter({
      summary: summary('The Utilization Review on 11-15-2016 non-certified the request for left L5-S1 transforaminal epidural steroid injection.'),
      items: [esi('Left L4-5 transforaminal epidural steroid injection')],
    });
    const [finding] = findings(text, 'level-mismatch');
    assert.equal(covered(text, finding), 'L5-S1');
    assert.match(finding.message, /case summary's request/);
  });
  it("accepts a summary sentence that names the request's levels among others", () => {
    const text = letter({
      summary: summary(
        'He requested a repeat left L5-S1 transforaminal epidural steroid injection after the prior right L4-5 transforaminal epidural steroid injection.',
      ),
      items: [ESI_ITEM],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
    assert.deepEqual(findings(text, 'laterality-mismatch'), []);
  });
  it('leaves a summary sentence naming two sibling requests alone (each item finds its own)', () => {
    const text = letter({
      summary: summary(
        'The Utilization Review on 11-15-2016 non-certified the requests for a right L5 transforaminal epidural steroid injection and a right L4 transforaminal epidural steroid injection.',
      ),
      items: [esi('Right L4 transforaminal epidural steroid injection'), esi('Right L5 transforaminal epidural steroid injection')],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
  });
  it('reads only the request in the closing sentence, not the reasons after it ("given L4-5 stenosis")', () => {
    const text = letter({
      items: [esi('Left L5-S1 transforaminal epidural steroid injection', 'left L5-S1 transforaminal epidural steroid injection given L4-5 stenosis')],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
  });
  it('ignores "T2" signal weighting and the case number', () => {
    const text = letter({
      items: [esi('Right C5-6 interlaminar epidural steroid injection', 'right C5-6 interlaminar epidural steroid injection with T2 weighted findings')],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
  });
});

describe('laterality-mismatch', () => {
  it('flags "right" in the closing sentence of a left-sided request, with the one-word fix', () => {
    const text = letter({ items: [esi(ESI_ITEM.title, 'right L5-S1 transforaminal epidural steroid injection')] });
    const [finding, ...rest] = findings(text, 'laterality-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), 'right');
    assert.match(finding.message, /the left side.*the right side/);
    assert.equal(covered(text, { ...finding, span: finding.related[0].span }), 'Left');
    const fixed = applyFix(text, finding.fixes[0]);
    assert.deepEqual(findings(fixed, 'laterality-mismatch'), []);
    assert.match(squash(fixed), /request for left L5-S1 transforaminal/);
  });
  it('flags a one-sided closing sentence for a bilateral request, and accepts "left and right" for it', () => {
    const text = letter({ items: [mri('EMG/NCV of the bilateral lower extremities', 'EMG/NCV of the left lower extremity')] });
    assert.match(findings(text, 'laterality-mismatch')[0].message, /both sides \(bilateral\).*the left side/);
    assert.deepEqual(
      findings(
        letter({ items: [mri('EMG/NCV of the bilateral lower extremities', 'EMG/NCV of the left and right lower extremities')] }),
        'laterality-mismatch',
      ),
      [],
    );
    assert.deepEqual(findings(letter({ items: [mri('NCS/EMG RUE', 'NCS/EMG of the right upper extremity')] }), 'laterality-mismatch'), []);
  });
  it('does not read a two-sided title against a sentence about one of its parts', () => {
    const text = letter({ items: [mri('MRI of the right shoulder and left knee', 'MRI of the left knee')] });
    assert.deepEqual(findings(text, 'laterality-mismatch'), []);
  });
  it("flags the summary's request sentence naming the other knee", () => {
    const text = letter({
      summary: summary('On 11-15-2016 Utilization Review non-certified the request for MRI of the left knee.'),
      items: [ESI_ITEM, KNEE_MRI_ITEM],
    });
    const [finding] = findings(text, 'laterality-mismatch');
    assert.equal(covered(text, finding), 'left');
  });
  it('leaves a summary sentence about a sibling item to that item', () => {
    const text = letter({
      summary: summary('On 11-15-2016 Utilization Review non-certified the request for MRI of the right knee.'),
      items: [KNEE_MRI_ITEM, mri('MRI of the left knee')],
    });
    assert.deepEqual(findings(text, 'laterality-mismatch'), []);
  });
  it('does not take "left work" or "the right to" for sides', () => {
    const text = letter({ items: [mri('MRI of the right knee', 'MRI of the right knee for the worker who left work early, within the right to treatment,')] });
    assert.deepEqual(findings(text, 'laterality-mismatch'), []);
  });
});

describe('conclusion-names-other-request', () => {
  const electro = mri('Electro acupuncture to the low back two times a week times six weeks');
  it("flags a closing sentence copied from a sibling item, related to both titles, with the item's own request as fix", () => {
    const infrared = mri(
      'Infrared heat to the low back two times a week times six weeks',
      'Electro acupuncture to the low back two times a week times six weeks',
    );
    const text = letter({ items: [electro, infrared] });
    const [finding, ...rest] = findings(text, 'conclusion-names-other-request');
    assert.equal(rest.length, 0);
    assert.equal(squash(covered(text, finding)), 'Electro acupuncture to the low back two times a week times six weeks');
    assert.equal(finding.related.length, 2);
    assert.match(squash(covered(text, { ...finding, span: finding.related[1].span })), /^Electro acupuncture/);
    assert.deepEqual(findings(applyFix(text, finding.fixes[0]), 'conclusion-names-other-request'), []);
  });
  it("is silent when each closing sentence names its own item, and for a letter's single item", () => {
    assert.deepEqual(
      findings(letter({ items: [electro, mri('Infrared heat to the low back two times a week times six weeks')] }), 'conclusion-names-other-request'),
      [],
    );
    assert.deepEqual(findings(letter(), 'conclusion-names-other-request'), []);
  });
  it('leaves a right/left copy to laterality-mismatch and the ancillary boilerplate alone', () => {
    const text = letter({ items: [KNEE_MRI_ITEM, mri('MRI of the left knee', 'MRI of the right knee')] });
    assert.deepEqual(findings(text, 'conclusion-names-other-request'), []);
    assert.equal(findings(text, 'laterality-mismatch').length, 1);
    const ancillary = {
      ...KNEE_MRI_ITEM,
      title: 'Post-op physical therapy 2 times a week for 4 weeks',
      decision: 'Upheld',
      rationale:
        'As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.',
    };
    assert.deepEqual(findings(letter({ items: [{ ...KNEE_MRI_ITEM, title: 'Right knee arthroscopy' }, ancillary] }), 'conclusion-names-other-request'), []);
  });
});

describe('rationale-citation-mismatch', () => {
  const odgRationale =
    'The ACOEM Guidelines indicate that epidural steroid injections may afford short term improvement. More specifically, the Official Disability Guidelines recommend epidural steroid injections for short term treatment of radicular pain with documented radiculopathy. Therefore, the request for left L5-S1 transforaminal epidural steroid injection is not medically necessary.';
  it('flags a rationale that relies on ODG under a MAXIMUS line without ODG (the CM16-0247274 defect), as info', () => {
    const text = letter({
      items: [{ ...ESI_ITEM, maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.', rationale: odgRationale }],
    });
    const [finding, ...rest] = findings(text, 'rationale-citation-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.equal(covered(text, finding), 'Official Disability Guidelines');
    assert.match(squash(covered(text, { ...finding, span: finding.related[0].span })), /^MAXIMUS guideline:/);
  });
  it('accepts the same rationale when the line cites ODG, even by chapter alone', () => {
    const odg =
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs).';
    assert.deepEqual(findings(letter({ items: [{ ...ESI_ITEM, maximus: odg, rationale: odgRationale }] }), 'rationale-citation-mismatch'), []);
  });
  it('does not count ODG named as silent, or quoted inside the MTUS physical-medicine text', () => {
    const silent = ESI_ITEM.rationale!.replace('The MTUS recommends', 'The ODG does not address this request. The MTUS recommends');
    assert.deepEqual(findings(letter({ items: [{ ...ESI_ITEM, rationale: silent }] }), 'rationale-citation-mismatch'), []);
    const quoted = ESI_ITEM.rationale!.replace(
      'The MTUS recommends',
      'ODG Physical Therapy Guidelines - Allow for fading of treatment frequency. The MTUS recommends',
    );
    assert.deepEqual(findings(letter({ items: [{ ...ESI_ITEM, rationale: quoted }] }), 'rationale-citation-mismatch'), []);
  });
  it('flags a line that rests outside the MTUS while the rationale applies the MTUS; accepts "the MTUS does not address"', () => {
    const outside =
      "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, MRI's.";
    const applies = KNEE_MRI_ITEM.rationale!.replace('The MTUS states that', 'According to the CA MTUS, the ODG notes that');
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, maximus: outside, rationale: applies }] });
    assert.equal(covered(text, findings(text, 'rationale-citation-mismatch')[0]).replace(/\s+/g, ' '), 'According to the CA MTUS,');
    const silent = KNEE_MRI_ITEM.rationale!.replace('The MTUS states that', 'The MTUS does not address this request. The ODG notes that');
    assert.deepEqual(findings(letter({ items: [{ ...KNEE_MRI_ITEM, maximus: outside, rationale: silent }] }), 'rationale-citation-mismatch'), []);
  });
});

describe('findDates (worded dates found from their digits)', () => {
  it('reads worded dates across line breaks, in any case, and only after a whole month name', () => {
    const text = 'UR dated November\n      15,\n2016 and december 05, 2016; MAY 5 2016. Not: Xnovember 5, 2016, November 115, 2016, Nov 5, 2016.';
    assert.deepEqual(
      findDates(text).map((d) => [d.text.replace(/\s+/g, ' '), d.year, d.month, d.day]),
      [
        ['November 15, 2016', 2016, 11, 15],
        ['december 05, 2016', 2016, 12, 5],
        ['MAY 5 2016', 2016, 5, 5],
      ],
    );
  });
});

describe('date-invalid', () => {
  it('reports dates that do not exist as errors: 13/45/16, 2/30/17, February 30, 2017', () => {
    const text = letter({ summary: summary('A report dated 13/45/16 was reviewed. A visit on 2/30/17 and another on February 30, 2017 followed.') });
    const found = findings(text, 'date-invalid');
    assert.deepEqual(
      found.map((f) => covered(text, f)),
      ['13/45/16', '2/30/17', 'February 30, 2017'],
    );
    assert.ok(found.every((f) => f.severity === 'error'));
    assert.match(found[0].message, /no month 13/);
    assert.match(found[1].message, /February 2017 has 28 days/);
  });
  it('accepts leap days, two-digit years and number runs that are no dates', () => {
    const text = letter({ summary: summary('Seen on 2/29/16 and 4/4/12. The plan follows a 30-60-90 days schedule and the 30/60/90 rule; pain 8/10.') });
    assert.deepEqual(findings(text, 'date-invalid'), []);
  });
});

describe('date-order', () => {
  it('reports a header date out of order (UR Denial Date before Date of Injury)', () => {
    const text = letter({ header: HEADER.replace('UR Denial Date:      11/15/2016', 'UR Denial Date:      02/15/2016') });
    const [finding] = findings(text, 'date-order');
    assert.equal(covered(text, finding), '02/15/2016');
    assert.match(finding.message, /UR Denial Date 02\/15\/2016 is before Date of Injury 03\/14\/2016/);
    assert.equal(covered(text, { ...finding, span: finding.related[0].span }), '03/14/2016');
  });
  it('reports a report or review the summary dates before the injury (a wrong year)', () => {
    const text = letter({ summary: summary('Physician progress notes dated 1-21-16, reported the injured worker presented with a follow up.') });
    const [finding] = findings(text, 'date-order');
    assert.equal(covered(text, finding), '1-21-16');
    assert.match(finding.message, /report 1-21-16, before the header's Date of Injury/);
  });
  it('reports a review a rationale dates before the injury, and reads the injury from the summary when the header date is no date', () => {
    const rationale = { ...ESI_ITEM, rationale: `The UR dated 01/05/2016 non-certified the request. ${ESI_ITEM.rationale}` };
    const text = letter({ items: [rationale] });
    const [finding] = findings(text, 'date-order');
    assert.equal(covered(text, finding), '01/05/2016');
    assert.match(finding.message, /^The rationale dates the utilization review 01\/05\/2016, before the header's Date of Injury, 03\/14\/2016/);
    // The header's Date of Injury is no date: the summary's injury date stands in.
    const invalid = letter({ header: HEADER.replace('03/14/2016', '13/45/2016'), items: [rationale] });
    const [fallback] = findings(invalid, 'date-order');
    assert.equal(covered(invalid, fallback), '01/05/2016');
    assert.match(fallback.message, /before the date of injury, 03-14-2016/);
    assert.equal(covered(invalid, { ...fallback, span: fallback.related[0].span }), '03-14-2016');
  });
  it('is silent on the clean letter, on reports after the injury and on history told as history', () => {
    assert.deepEqual(findings(letter({ summary: summary('Physician progress notes dated 11-21-16, reported improvement.') }), 'date-order'), []);
    assert.deepEqual(findings(letter({ summary: summary('A prior progress report dated 1-21-15 documented an unrelated knee sprain.') }), 'date-order'), []);
  });
});

describe('date-mismatch', () => {
  it("reports an injury date in the summary that differs from the header's, with the fix in the summary's own format", () => {
    const text = letter({ summary: summary('').replace('industrial injury on 03-14-2016', 'industrial injury on 03-14-2015') });
    const [finding, ...rest] = findings(text, 'date-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), '03-14-2015');
    assert.match(finding.message, /injury date as 03-14-2015, but the header's Date of Injury is 03\/14\/2016/);
    assert.equal(finding.fixes[0].changes[0].newText, '03-14-2016');
  });
  it('reads two-digit years and worded dates: "3-14-16" and "March 14, 2016" are the header date', () => {
    const two = letter({ summary: summary('').replace('industrial injury on 03-14-2016', 'industrial injury on 3-14-16') });
    assert.deepEqual(findings(two, 'date-mismatch'), []);
    const worded = letter({ summary: summary('').replace('industrial injury on 03-14-2016', 'industrial injury of March 14, 2016') });
    assert.deepEqual(findings(worded, 'date-mismatch'), []);
  });
  it('reports a UR date in any of the real wordings that differs from the UR Denial Date (the CM16-0219557 defect)', () => {
    for (const sentence of [
      'In a utilization review report dated November 14, 2016, the claims administrator failed to approve a request.',
      'The UR dated 11-14-16 non-certified the request.',
      'The original utilization review (11-14-2016) non-certified the request.',
      'On 11-14-2016 Utilization Review non-certified the request.',
      'On 11-14-2016, a request for an MRI of the right knee was denied by utilization review.',
      'This case was previously non-certified on 11/14/2016 due to a lack of findings.',
    ]) {
      const text = letter({ summary: summary(sentence) });
      const found = findings(text, 'date-mismatch');
      assert.equal(found.length, 1, sentence);
      assert.match(found[0].message, /utilization review date/);
      assert.match(covered(text, found[0]), /14/);
    }
    const worded = letter({
      summary: summary('In a utilization review report dated November 14, 2016, the claims administrator failed to approve a request.'),
    });
    assert.equal(findings(worded, 'date-mismatch')[0].fixes[0].changes[0].newText, 'November 15, 2016');
  });
  it('leaves dates no phrase ties to the injury or the review alone', () => {
    const text = letter({
      summary: summary(
        'A clinic note two weeks after the injury on 03/28/2016 was normal.',
        'On 12/01/2016 a request was received for physical therapy that was non-certified by Utilization Review on 11-15-2016.',
        'Progress notes also bear DOI as 6/13/16 which appears to be from a different injury.',
      ),
    });
    assert.deepEqual(findings(text, 'date-mismatch'), []);
  });
  it('without a header, compares the rationale with the summary (the 2014 layout)', () => {
    const text = letter({
      header: '',
      summary: summary('').replace('suffered an industrial injury on 03-14-2016', 'sustained an injury on 4/4/12'),
      items: [{ ...ESI_ITEM, rationale: `This patient sustained an injury on 4/5/12. ${ESI_ITEM.rationale}` }],
    });
    const [finding] = findings(text, 'date-mismatch');
    assert.equal(covered(text, finding), '4/5/12');
  });
});

describe('quantity-mismatch', () => {
  it('reports a number word that contradicts its numeral, with both fixes offered (neither safe)', () => {
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, title: 'Two (3) MRI of the right knee' }] });
    const [finding] = findings(text, 'quantity-mismatch');
    assert.equal(finding.severity, 'error');
    assert.equal(covered(text, finding), 'Two (3)');
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.safe]),
      [
        ['Change the numeral to 2', false],
        ['Change the word to "Three"', false],
      ],
    );
    assert.deepEqual(findings(applyFix(text, finding.fixes[1]), 'quantity-mismatch'), []);
  });
  it('accepts "One (1)" and "Eight (8)"', () => {
    assert.deepEqual(
      findings(
        letter({
          items: [
            { ...KNEE_MRI_ITEM, title: 'One (1) MRI of the right knee' },
            { ...ESI_ITEM, title: 'Eight (8) physical therapy sessions' },
          ],
        }),
        'quantity-mismatch',
      ),
      [],
    );
  });
  const modified = (original: string, authorized: string, remaining: string) =>
    `${original} was the original request. ${authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${remaining} is`;
  it('reports a modified request that does not add up (#60 - #25 must leave #35)', () => {
    const text = letter({ items: [{ ...ESI_ITEM, title: modified('Norco 10/325mg #60', 'Norco 10/325mg #25', 'Norco 10/325mg #30') }] });
    const [finding] = findings(text, 'quantity-mismatch');
    assert.equal(covered(text, finding), '#30');
    assert.match(finding.message, /\(#60\) less what was authorized \(#25\) leaves 35/);
    assert.deepEqual(
      finding.related.map((r) => covered(text, { ...finding, span: r.span })),
      ['#60', '#25'],
    );
    assert.deepEqual(
      findings(letter({ items: [{ ...ESI_ITEM, title: modified('Norco 10/325mg #60', 'Norco 10/325mg #25', 'Norco 10/325mg #35') }] }), 'quantity-mismatch'),
      [],
    );
  });
  it('reads counts written with "x", "times", words and frequencies', () => {
    const x = letter({
      items: [{ ...ESI_ITEM, title: modified('Chiropractic manipulation x 12', 'Chiropractic manipulation x 6', 'Chiropractic manipulation x 4') }],
    });
    assert.equal(covered(x, findings(x, 'quantity-mismatch')[0]), 'x 4');
    const words = letter({
      items: [{ ...ESI_ITEM, title: modified('Twelve physical therapy visits', 'Nine physical therapy visits', 'three physical therapy visits') }],
    });
    assert.deepEqual(findings(words, 'quantity-mismatch'), []);
    const weeks = letter({
      items: [
        {
          ...ESI_ITEM,
          title: modified(
            'Physical therapy 3 times a week for 3 weeks',
            'Physical therapy 3 times a week for 2 weeks',
            'Physical therapy 3 times a week for 1 week',
          ),
        },
      ],
    });
    assert.deepEqual(findings(weeks, 'quantity-mismatch'), []);
  });
  it('does not subtract refills or a split in another dimension (hours per day)', () => {
    const refills = letter({
      items: [{ ...ESI_ITEM, title: modified('Ibuprofen 600mg #90 with 2 refill', 'Ibuprofen 600mg #90', 'Two refills of Ibuprofen 600mg #90') }],
    });
    assert.deepEqual(findings(refills, 'quantity-mismatch'), []);
    const hours = letter({
      items: [
        {
          ...ESI_ITEM,
          title: modified(
            'Home aide 12 hours per day, 5 times a week for 4 weeks',
            'Home aide 6 hours per day, 5 times a week for 4 weeks',
            'Home aide 6 hours per day, 5 times a week for 4 weeks',
          ),
        },
      ],
    });
    assert.deepEqual(findings(hours, 'quantity-mismatch'), []);
  });
});

describe('frequency-mismatch', () => {
  const pt = (title: string, rationale: string): ItemParts => ({ ...KNEE_MRI_ITEM, title, rationale });
  it('reports a rationale arguing about another number of sessions than the title requests (2 x 6 = 12, not 8)', () => {
    const text = letter({
      items: [
        pt(
          'Physical therapy 2 times a week for 6 weeks',
          'The request for an initial 8 sessions exceeds the guidelines. As such, the request is medically necessary.',
        ),
      ],
    });
    const [finding] = findings(text, 'frequency-mismatch');
    assert.equal(covered(text, finding), '8 sessions');
    assert.match(finding.message, /2 times a week for 6 weeks \(12 sessions\), but the rationale argues about 8 sessions\./);
    assert.equal(covered(text, { ...finding, span: finding.related[0].span }), '2 times a week for 6 weeks');
  });
  it('accepts the matching count in all the real wordings', () => {
    const cases: [string, string][] = [
      ['Electro acupuncture to the low back two times a week times six weeks', 'the request for an initial 12 sessions'],
      ['Chiropractic care to the low back twice a week for four weeks', 'the request for 8 visits'],
      ['Twelve physical therapy sessions, three times weekly for four weeks', 'the requested 12 sessions'],
      ['Physical therapy 2x6', 'the request for 12 sessions'],
      ['Physical therapy 2-3 times a week for 6 weeks', 'the request for 15 sessions'],
      ['Physical therapy 6 sessions 2 times a week for 3 weeks', 'a request for 6 additional sessions'],
      ['Post-op physical therapy 12-18 sessions', 'the request for 12 sessions'],
    ];
    for (const [title, said] of cases) {
      const text = letter({
        items: [
          pt(
            title,
            `Guidelines allow 9-10 visits over 8 weeks. ${said[0].toUpperCase()}${said.slice(1)} is reviewed. As such, the request is medically necessary.`,
          ),
        ],
      });
      assert.deepEqual(findings(text, 'frequency-mismatch'), [], title);
    }
  });
  it('reports a title whose frequency x duration contradicts its own session count', () => {
    const text = letter({ items: [pt('Physical therapy 2x6 (8 sessions) for the right knee', KNEE_MRI_ITEM.rationale!)] });
    const [finding] = findings(text, 'frequency-mismatch');
    assert.equal(covered(text, finding), '8 sessions');
  });
  it("accepts a modified request's rationale arguing about the original count", () => {
    const title =
      'Physical therapy 2 times a week for 6 weeks (12 sessions) was the original request. Physical therapy 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy 6 sessions is';
    const text = letter({ items: [pt(title, 'The request for 12 sessions exceeds the guidelines. As such, the request is medically necessary.')] });
    assert.deepEqual(findings(text, 'frequency-mismatch'), []);
  });
});

describe('possible-phi', () => {
  const planted: [string, RegExp][] = [
    ['His SSN 123-45-6789 appears in the records.', /Social Security number/],
    ['The office can be reached at (555) 123-4567.', /phone number/],
    ['Records were sent to john.doe@example.com for review.', /e-mail address/],
    ['He lives at 1234 Main Street near the clinic.', /street address/],
    ['The records list DOB: 03/17/1956 for the worker.', /date of birth/],
    ['The records listed her birthdate as 03-17-1956 and 03-17-1965.', /date of birth/],
    ['The adjuster wrote Claim No. 12-345678 on the form.', /claim number/],
  ];
  it('finds each kind and never puts the matched value into the message', () => {
    for (const [sentence, kind] of planted) {
      const text = letter({ summary: summary(sentence) });
      const found = findings(text, 'possible-phi');
      assert.ok(found.length >= 1, sentence);
      for (const f of found) {
        assert.match(f.message, kind);
        assert.ok(!f.message.includes(covered(text, f)), `the message must not echo the value: ${f.message}`);
        assert.ok(!/\d{3}/.test(f.message), 'no digits of the value in the message');
      }
    }
  });
  it('finds it in an item too, and where it has moved to after an edit before that item', () => {
    const phone = 'The provider can be reached at (555) 123-4567.';
    const text = letter({ items: [ESI_ITEM, { ...KNEE_MRI_ITEM, rationale: `${KNEE_MRI_ITEM.rationale} ${phone}` }] });
    const before = analyze(text, builtinCatalog());
    const [found] = before.findings.filter((f) => f.ruleId === 'possible-phi');
    assert.equal(covered(text, found), '(555) 123-4567');
    // A word typed into the first item's title moves the second item and its finding.
    const at = text.indexOf(': Upheld');
    const edited = `${text.slice(0, at)} now${text.slice(at)}`;
    const after = analyze(edited, builtinCatalog(), undefined, before).findings.filter((f) => f.ruleId === 'possible-phi');
    assert.deepEqual(
      after.map((f) => covered(edited, f)),
      ['(555) 123-4567'],
    );
  });
  it('places a claim number exactly after a character that lower case lengthens ("İ")', () => {
    const text = letter({ summary: summary('Dr. İnan wrote Claim No. 12-345678 on the form.') });
    const found = findings(text, 'possible-phi');
    assert.deepEqual(
      found.map((f) => covered(text, f)),
      ['12-345678'],
    );
  });
  it('leaves the redacted boilerplate, case numbers, injury dates, doses, ICD and CPT codes alone', () => {
    const text = letter({
      summary: summary(
        'This patient sustained an injury on 4/4/12 while employed by . Case CM16-0234202 was reviewed.',
        'Norco 10/325mg #60 was prescribed; diagnoses M54.5 and M54.16 (ICD-10 S33.5XXA); CPT 99213 and 64483 were billed.',
        'Table 12-8, page 309, and ODG pages 412-418 were cited; the claims administrator has 20 days.',
      ),
    });
    assert.deepEqual(findings(text, 'possible-phi'), []);
  });
});

describe('the clean test letter', () => {
  it('has none of these findings', () => {
    const ids = [
      'level-mismatch',
      'laterality-mismatch',
      'conclusion-names-other-request',
      'rationale-citation-mismatch',
      'date-invalid',
      'date-order',
      'date-mismatch',
      'quantity-mismatch',
      'frequency-mismatch',
      'possible-phi',
    ];
    assert.deepEqual(
      findings(letter()).filter((f) => ids.includes(f.ruleId)),
      [],
    );
  });
});
