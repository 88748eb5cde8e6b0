/**
 * Every restatement of a request agrees with it (issue 10): the rationale's opening and closing
 * sentences and the case summary (its request sentences, its copy of a modified request) are
 * compared for spinal levels, sides, quantities and frequencies; a sentence naming a sibling
 * item's request is caught however many words the titles share; every cited chapter's region is
 * judged. Each place has a case that must be found and one that must be left alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { applyFix, covered, findings, squash } from '../../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter, summaryWith, type ItemParts } from '../../support/letters';
import { SEED_PATH, sharedAvailable } from '../../support/paths';

const summary = summaryWith;

/** An item whose rationale opens with `opening` and closes on `closing` (the request named in it). */
function item(title: string, opening: string, closing: string, parts: Partial<ItemParts> = {}): ItemParts {
  return {
    ...ESI_ITEM,
    title,
    rationale: `${opening} The documentation does not show a trial of conservative care. Therefore, the request for ${closing} is not medically necessary.`,
    ...parts,
  };
}

const ESI = 'Left L5-S1 transforaminal epidural steroid injection';

describe("restatements: the rationale's opening sentence", () => {
  it('a side changed in the opening sentence is reported there, related to the title', () => {
    const text = letter({
      items: [
        item(
          ESI,
          'Regarding the request for right L5-S1 transforaminal epidural steroid injection, the MTUS recommends it for radicular pain.',
          'left L5-S1 transforaminal epidural steroid injection',
        ),
      ],
    });
    const [finding, ...rest] = findings(text, 'laterality-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), 'right');
    assert.match(finding.message, /the rationale's opening sentence names the right side/);
    assert.equal(covered(text, { ...finding, span: finding.related[0].span }), 'Left');
    assert.match(squash(applyFix(text, finding.fixes[0])), /Regarding the request for left L5-S1/);
  });
  it('"This is a request for" with another level; the same level is left alone', () => {
    const text = letter({
      items: [
        item(ESI, 'This is a request for a left L4-5 transforaminal epidural steroid injection.', 'left L5-S1 transforaminal epidural steroid injection'),
      ],
    });
    assert.equal(covered(text, findings(text, 'level-mismatch')[0]), 'L4-5');
    const same = letter({
      items: [
        item(ESI, 'This is a request for a left L5-S1 transforaminal epidural steroid injection.', 'left L5-S1 transforaminal epidural steroid injection'),
      ],
    });
    assert.deepEqual(findings(same, 'level-mismatch'), []);
    assert.deepEqual(findings(same, 'laterality-mismatch'), []);
  });
  it('an opening sentence that names no request is not read as one', () => {
    const text = letter({
      items: [item(ESI, 'The MTUS recommends right-sided injections only with radiculopathy at L3-4.', 'left L5-S1 transforaminal epidural steroid injection')],
    });
    assert.deepEqual(findings(text, 'level-mismatch'), []);
    assert.deepEqual(findings(text, 'laterality-mismatch'), []);
  });
  it('bilateral requests: a one-sided opening is reported, a bilateral one is not', () => {
    const title = 'Bilateral L4-5 facet joint injections';
    const one = letter({
      items: [
        item(
          title,
          'Regarding the request for left L4-5 facet joint injections, the guideline allows one diagnostic block.',
          'bilateral L4-5 facet joint injections',
        ),
      ],
    });
    assert.match(findings(one, 'laterality-mismatch')[0].message, /both sides \(bilateral\)[^]*left side/);
    const both = letter({
      items: [
        item(
          title,
          'Regarding the request for bilateral L4-5 facet joint injections, the guideline allows one diagnostic block.',
          'bilateral L4-5 facet joint injections',
        ),
      ],
    });
    assert.deepEqual(findings(both, 'laterality-mismatch'), []);
  });
});

describe('restatements: the case summary', () => {
  it(
    'the 2014 layout\'s "Request(s) under consideration include ..." is compared, even when another summary sentence agrees',
    { skip: !sharedAvailable() && 'no seed letter' },
    () => {
      const seed = readFileSync(SEED_PATH, 'utf8');
      const text = seed.replace('under consideration include One (1) lumbar L4-S1 selective', 'under consideration include One (1) lumbar L5-S1 selective');
      assert.notEqual(text, seed);
      const [finding] = findings(text, 'level-mismatch');
      assert.equal(covered(text, finding), 'L5-S1');
      assert.match(finding.message, /L4-S1 \(L4-L5, L5-S1\), but the case summary's request names L5-S1/);
      assert.deepEqual(findings(seed, 'level-mismatch'), []);
    },
  );
  it('a summary sentence listing several requests attributes each part by its words', () => {
    const items = [
      item('Right L4-5 transforaminal epidural steroid injection', '', 'right L4-5 transforaminal epidural steroid injection'),
      item('MRI of the lumbar spine without contrast', '', 'MRI of the lumbar spine without contrast', { decision: 'Upheld' }),
    ];
    const ok = letter({
      summary: summary(
        'Request(s) under consideration include a right L4-5 transforaminal epidural steroid injection and an MRI of the lumbar spine without contrast.',
      ),
      items,
    });
    assert.deepEqual(findings(ok, 'level-mismatch'), []);
    assert.deepEqual(findings(ok, 'laterality-mismatch'), []);
    const wrong = letter({
      summary: summary(
        'Request(s) under consideration include a left L4-5 transforaminal epidural steroid injection and an MRI of the lumbar spine without contrast.',
      ),
      items,
    });
    const [finding, ...rest] = findings(wrong, 'laterality-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(wrong, finding), 'left');
  });
  it('"the claims administrator failed to approve a request for ..." with another level is reported', () => {
    const text = letter({
      summary: summary('On 11-15-2016 the claims administrator failed to approve a request for a left L4-5 transforaminal epidural steroid injection.'),
      items: [item(ESI, '', 'left L5-S1 transforaminal epidural steroid injection')],
    });
    assert.equal(covered(text, findings(text, 'level-mismatch')[0]), 'L4-5');
  });
  it("where every restatement says the same and the title differs, the title's fix comes first", () => {
    const text = letter({
      summary: summary('Request(s) under consideration include a right L5-S1 transforaminal epidural steroid injection.'),
      items: [
        item(
          ESI,
          'Regarding the request for right L5-S1 transforaminal epidural steroid injection, the MTUS applies.',
          'right L5-S1 transforaminal epidural steroid injection',
        ),
      ],
    });
    const found = findings(text, 'laterality-mismatch');
    assert.equal(found.length, 3);
    for (const f of found) assert.match(f.fixes[0].title, /Change the request's "Left" to "Right", as every restatement says/);
    assert.match(applyFix(text, found[0].fixes[0]), /^Right L5-S1 transforaminal epidural steroid injection: Upheld$/m);
  });
});

describe('restatements: quantities and frequencies', () => {
  const norco = (title: string, closing: string, extra: Partial<ItemParts> = {}) =>
    letter({
      items: [
        {
          ...item(title, '', closing),
          claimsAdministrator: 'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9.',
          maximus: 'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9.',
          ...extra,
        },
      ],
    });

  it('"#60" in the title and "#90" in the closing sentence', () => {
    const text = norco('Norco 10/325mg #60', 'Norco 10/325mg #90');
    const [finding] = findings(text, 'quantity-mismatch');
    assert.equal(covered(text, finding), '#90');
    assert.match(finding.message, /The request is for #60, but the rationale's closing sentence says #90/);
    assert.deepEqual(findings(norco('Norco 10/325mg #60', 'Norco 10/325mg #60'), 'quantity-mismatch'), []);
  });
  it('"x 12" and "twelve (12)" against another number of sessions', () => {
    const times = letter({
      items: [
        item(
          'Physical therapy x 12 for the lumbar spine',
          'Regarding the request for physical therapy x 8 for the lumbar spine, the MTUS allows 8-10 visits.',
          'physical therapy x 12 for the lumbar spine',
        ),
      ],
    });
    assert.equal(covered(times, findings(times, 'quantity-mismatch')[0]), 'x 8');
    const words = letter({
      items: [
        item(
          'Twelve (12) physical therapy sessions for the lumbar spine',
          'This is a request for six (6) physical therapy sessions for the lumbar spine.',
          'twelve (12) physical therapy sessions for the lumbar spine',
        ),
      ],
    });
    const [finding] = findings(words, 'quantity-mismatch');
    assert.match(
      finding.message,
      /The request is for Twelve \(12\) physical therapy sessions, but the rationale's opening sentence says six \(6\) physical therapy sessions/,
    );
    const agree = letter({
      items: [
        item(
          'Twelve (12) physical therapy sessions for the lumbar spine',
          'This is a request for 12 physical therapy sessions for the lumbar spine.',
          'twelve (12) physical therapy sessions for the lumbar spine',
        ),
      ],
    });
    assert.deepEqual(findings(agree, 'quantity-mismatch'), []);
  });
  it("the case summary's copy of a modified request with another authorized or remaining quantity", () => {
    const title =
      'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #35';
    const copy = (authorized: string, remaining: string) =>
      summary(
        `Norco 10/325mg #60 was the original request. Norco 10/325mg ${authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg ${remaining}.`,
      );
    const base = {
      ...item(title, '', 'Norco 10/325mg #35'),
      claimsAdministrator: 'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9.',
      maximus: 'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9.',
    };
    assert.deepEqual(findings(letter({ summary: copy('#25', '#35'), items: [base] }), 'quantity-mismatch'), []);
    const authorized = letter({ summary: copy('#30', '#35'), items: [base] });
    const [a] = findings(authorized, 'quantity-mismatch');
    assert.equal(covered(authorized, a), '#30');
    assert.match(a.message, /The item's authorized part is #25, but the case summary's copy of the modified request says #30/);
    const remaining = letter({ summary: copy('#25', '#45'), items: [base] });
    assert.match(findings(remaining, 'quantity-mismatch')[0].message, /remaining IMR eligible portion is #35[^]*says #45/);
  });
  it('a frequency restated in the summary with another rate or duration', () => {
    const pt = (sentence: string) =>
      letter({
        summary: summary(sentence),
        items: [
          item('Physical therapy 2 times a week for 6 weeks for the lumbar spine', '', 'physical therapy 2 times a week for 6 weeks for the lumbar spine'),
        ],
      });
    const wrong = pt('Request(s) under consideration include physical therapy 3 times a week for 4 weeks for the lumbar spine.');
    const [finding] = findings(wrong, 'frequency-mismatch');
    assert.equal(covered(wrong, finding), '3 times a week for 4 weeks');
    assert.deepEqual(
      findings(pt('Request(s) under consideration include physical therapy 2 times a week for 6 weeks for the lumbar spine.'), 'frequency-mismatch'),
      [],
    );
  });
});

describe('conclusion-names-other-request: opening and closing sentences', () => {
  const emg = (upperClosing: string, upperOpening = '') =>
    letter({
      items: [
        { ...item('EMG/NCV of the bilateral upper extremities for carpal tunnel syndrome', upperOpening, upperClosing), decision: 'Upheld' },
        {
          ...item(
            'EMG/NCV of the bilateral lower extremities for carpal tunnel syndrome',
            '',
            'EMG/NCV of the bilateral lower extremities for carpal tunnel syndrome',
          ),
          decision: 'Upheld',
        },
      ],
    });

  it('titles that differ in one word ("upper" / "lower"): the closing sentence naming the sibling is reported', () => {
    const text = emg('EMG/NCV of the bilateral lower extremities for carpal tunnel syndrome');
    const [finding, ...rest] = findings(text, 'conclusion-names-other-request');
    assert.equal(rest.length, 0);
    assert.match(finding.message, /closing sentence names "EMG\/NCV of the bilateral lower extremities/);
    assert.match(
      squash(applyFix(text, finding.fixes[0])),
      /the request for EMG\/NCV of the bilateral upper extremities for carpal tunnel syndrome is not medically necessary/,
    );
    assert.deepEqual(findings(emg('EMG/NCV of the bilateral upper extremities for carpal tunnel syndrome'), 'conclusion-names-other-request'), []);
  });
  it('the opening sentence naming the sibling is reported too', () => {
    const text = emg(
      'EMG/NCV of the bilateral upper extremities for carpal tunnel syndrome',
      'Regarding the request for EMG/NCV of the bilateral lower extremities, the MTUS applies.',
    );
    const [finding] = findings(text, 'conclusion-names-other-request');
    assert.match(finding.message, /^The rationale's opening sentence names "EMG\/NCV of the bilateral lower extremities"/);
  });
  it('titles that share few words', () => {
    const items = [
      { ...item('Acupuncture 6 sessions for the lumbar spine', '', 'infrared heat therapy'), decision: 'Upheld' },
      { ...item('Infrared heat therapy', '', 'infrared heat therapy'), decision: 'Upheld' },
    ];
    const [finding] = findings(letter({ items }), 'conclusion-names-other-request');
    assert.match(finding.message, /names "infrared heat therapy", which is the request of another item/);
  });
  it('sibling titles that differ only in side or level are left to the side and level rules', () => {
    const items = [
      { ...item('Right L5 transforaminal epidural steroid injection', '', 'left L5 transforaminal epidural steroid injection'), decision: 'Upheld' },
      { ...item('Left L5 transforaminal epidural steroid injection', '', 'left L5 transforaminal epidural steroid injection'), decision: 'Upheld' },
    ];
    const text = letter({ items });
    assert.deepEqual(findings(text, 'conclusion-names-other-request'), []);
    assert.equal(findings(text, 'laterality-mismatch').length, 1);
  });
});

describe('region-mismatch: every cited chapter', () => {
  const knee = (maximus: string, title = 'MRI of the right knee') =>
    letter({ items: [{ ...KNEE_MRI_ITEM, title, maximus, rationale: KNEE_MRI_ITEM.rationale!.replace('MRI of the right knee', title) }] });

  it('a knee request citing the knee chapter and the low back chapter: the low back one is reported', () => {
    const text = knee('Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies, and Low Back Complaints 2004, Section(s): Special Studies.');
    const [finding, ...rest] = findings(text, 'region-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), 'Low Back Complaints');
  });
  it('an ODG chapter of another region beside the right MTUS chapter', () => {
    const text = knee(
      'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder, MRIs.',
    );
    assert.equal(covered(text, findings(text, 'region-mismatch')[0]), 'Shoulder');
  });
  it('a request naming several regions allows each; a spine without a level allows any spinal chapter', () => {
    assert.deepEqual(
      findings(
        knee(
          'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies, and Low Back Complaints 2004, Section(s): Special Studies.',
          'MRI of the right knee and lumbar spine',
        ),
        'region-mismatch',
      ),
      [],
    );
    assert.deepEqual(
      findings(knee('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MRI/CT of the spine and pelvis'), 'region-mismatch'),
      [],
    );
    // A named level is not widened: a cervical MRI under Low Back is still reported.
    assert.equal(
      findings(knee('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MRI of the cervical spine'), 'region-mismatch').length,
      1,
    );
  });
});
