/**
 * The MTUS timeline: every effective date of the built-in catalog is tried on both sides (the
 * day before and the day of; the last day and the day after), and a letter of 2026 citing every
 * guideline in force then gets no citation finding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayBefore, editionCited, labelName, labelYear, nextDay, type Day } from '../../../server/src/core/catalog/editions';
import type { Edition, MtusComponent } from '../../../server/src/core/catalog/schema';
import { formatLetter } from '../../../server/src/core/format/formatLetter';
import { RULES } from '../../../server/src/core/rules';
import { applyFix, builtinCatalog, covered } from '../../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter, type ItemParts } from '../../support/letters';
import { SHARED_DIR, sharedAvailable } from '../../support/paths';

const catalog = builtinCatalog();
const CITATION_RULES = new Set(RULES.filter((r) => r.tags.includes('citation')).map((r) => r.id));

function slashed(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${m}/${d}/${y}`;
}

const previousDay = dayBefore;

/** A 2016-17 layout header whose UR Denial Date is `ur` (the other dates follow it). */
function header(ur: Day | undefined, decision?: Day): string {
  return `Case Number:           CM26-0000001
Date Assigned:         ${decision ? slashed(decision) : '          '}                      Date of Injury:      01/05/2015
Decision Date:         ${decision ? slashed(decision) : '          '}                      UR Denial Date:      ${ur ? slashed(ur) : ''}
Priority:              Standard
`;
}

function citationOf(component: MtusComponent, label: string): string {
  if (!component.sectionsExpected) return `Decision based on MTUS ${label}.`;
  const section = component.sectionList === 'open' ? 'Any Topic Of This Guideline' : component.sections[0].name;
  return `Decision based on MTUS ${label}, Section(s): ${section}.`;
}

function letterCiting(maximus: string, ur: Day | undefined, extra: Partial<ItemParts> = {}, decision?: Day): string {
  return letter({
    header: header(ur, decision),
    items: [
      {
        ...ESI_ITEM,
        title: 'The requested treatment',
        claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
        maximus,
        ...extra,
      },
    ],
  });
}

function notInForce(text: string, today = '2026-12-01') {
  return analyze(text, catalog, { today }).findings.filter((f) => f.ruleId === 'guideline-not-in-force');
}

function citationFindings(text: string, today = '2026-12-01') {
  return analyze(text, catalog, { today }).findings.filter((f) => CITATION_RULES.has(f.ruleId));
}

const dated: { component: MtusComponent; edition: Edition; label: string }[] = catalog.components.flatMap((component) =>
  component.editions.flatMap((edition) => edition.labels.map((label) => ({ component, edition, label }))),
);

/** The two editions replaced on 10 Aug 2023 by updates no source gives a label for: their label stays citable. */
const REPLACED_BY_UNLABELLED = new Set(['Shoulder Disorders 2016', 'Coronavirus (COVID-19) 2021']);

describe('guideline-not-in-force: both sides of every effective date', () => {
  for (const { component, edition, label } of dated) {
    const from = edition.inForce?.from;
    const until = edition.inForce?.until;
    if (from) {
      it(`${label}: not on ${previousDay(from)}, in force on ${from}`, () => {
        const before = letterCiting(citationOf(component, label), previousDay(from));
        const [finding] = notInForce(before);
        assert.ok(finding, `no finding the day before ${from}`);
        assert.match(finding.message, /applies to services from/);
        assert.deepEqual(citationFindings(letterCiting(citationOf(component, label), from)), []);
      });
    }
    if (until) {
      it(`${label}: in force on ${until}, not on ${nextDay(until)}`, () => {
        assert.deepEqual(citationFindings(letterCiting(citationOf(component, label), until)), []);
        const after = notInForce(letterCiting(citationOf(component, label), nextDay(until)));
        if (REPLACED_BY_UNLABELLED.has(label)) assert.deepEqual(after, []);
        else {
          assert.equal(after.length, 1, `no finding the day after ${until}`);
          assert.match(after[0].message, /was replaced after/);
        }
      });
    }
  }
  it('covers every edition with known dates', () => {
    assert.ok(dated.filter((d) => d.edition.inForce?.from || d.edition.inForce?.until).length >= 40);
  });
});

describe("MAXIMUS's list of citable guidelines (mtus-timeline.md section 4)", () => {
  it('every entry reads as a catalog guideline and an edition of it', { skip: !sharedAvailable() && 'no ../shared' }, () => {
    const reference = readFileSync(join(SHARED_DIR, 'reference', 'mtus-timeline.md'), 'utf8');
    const start = reference.indexOf('Initial Approaches to Treatment 2017;');
    const list = reference.slice(start).replace(/\s+/g, ' ');
    const end = list.indexOf('Acute Stress Disorder 2019.');
    assert.ok(start > 0 && end > 0, 'the list is where the reference keeps it');
    const entries = list.slice(0, end + 'Acute Stress Disorder 2019'.length).split('; ');
    assert.equal(entries.length, 53);
    const unread = entries.filter((label) => {
      const model = analyze(letterCiting(`Decision based on MTUS ${label}, Section(s): Topic.`, '2026-03-02'), catalog).model;
      const statement = model.items[0].maximus!.statements[0];
      const ref = statement.kind === 'mtus' ? statement.components[0] : undefined;
      const component = ref?.componentId ? catalog.componentById(ref.componentId) : undefined;
      return !component || !editionCited(component, ref!.name.text, ref!.year?.text);
    });
    assert.deepEqual(unread, []);
  });
});

describe('a letter of 2026', () => {
  const day = '2026-03-02';
  const inForce = dated.filter(
    ({ edition }) => edition.inForce && (!edition.inForce.from || edition.inForce.from <= day) && (!edition.inForce.until || day <= edition.inForce.until),
  );

  it('cites every guideline in force then, under every label, and gets no citation finding', () => {
    assert.ok(inForce.length >= 18, `${inForce.length} labels in force`);
    const items: ItemParts[] = inForce.map(({ component, label }, i) => ({
      ...KNEE_MRI_ITEM,
      title: `Request number ${i + 1}`,
      claimsAdministrator: citationOf(component, label).replace(/\.$/, ''),
      maximus: citationOf(component, label),
      rationale: `The guideline governs this request. As such, the request for request number ${i + 1} is medically necessary.`,
    }));
    const text = letter({ header: header(day, '2026-04-01'), items });
    const found = analyze(text, catalog, { today: '2026-12-01' }).findings.filter((f) => CITATION_RULES.has(f.ruleId));
    assert.deepEqual(
      found.map((f) => `${f.ruleId}: ${covered(text, f)}`),
      [],
    );
    for (const label of [
      'Workplace Mental Health: Anxiety Disorders 2021',
      'Hand, Wrist, and Forearm Disorders 2019',
      'Coronavirus (COVID-19) 2021',
      'Hip and Groin Disorders 2019',
      'Knee Disorders 2020',
    ]) {
      assert.ok(inForce.some((d) => d.label === label) || label === 'Coronavirus (COVID-19) 2021', label);
    }
  });

  it("formatting keeps today's labels whole: the formatted letter reads the same", () => {
    const items: ItemParts[] = inForce.map(({ component, label }, i) => ({
      ...KNEE_MRI_ITEM,
      title: `Request number ${i + 1}`,
      maximus: `${citationOf(component, label).replace(/\.$/, '')}, and ${citationOf(component, label)}`,
      rationale: `As such, the request for request number ${i + 1} is medically necessary.`,
    }));
    const text = letter({ header: header(day, '2026-04-01'), items });
    const formatted = formatLetter(analyze(text, catalog).model).text;
    assert.notEqual(formatted, text);
    const read = (t: string) => analyze(t, catalog, { today: day }).findings.map((f) => `${f.ruleId} ${f.message}`);
    assert.deepEqual(read(formatted), read(text));
    const cited = (t: string) =>
      analyze(t, catalog).model.items.map((item) =>
        item.maximus!.statements.flatMap((s) => (s.kind === 'mtus' ? s.components.map((c) => `${c.componentId} ${c.year?.text}`) : [])),
      );
    assert.deepEqual(cited(formatted), cited(text));
  });

  it('reads labels with commas, colons, slashes and parentheses as one component, several joined by "and"', () => {
    const line =
      'Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Cognitive Behavioral Therapy, and Hand, Wrist, and Forearm Disorders 2019, Section(s): Splinting, and Occupational/Work-Related Asthma 2020, Section(s): Diagnosis, and Coronavirus (COVID-19) 2021, Section(s): Testing.';
    const model = analyze(letterCiting(line, day), catalog, { today: day }).model;
    const statement = model.items[0].maximus!.statements[0];
    assert.equal(statement.kind, 'mtus');
    if (statement.kind !== 'mtus') return;
    assert.deepEqual(
      statement.components.map((c) => [c.componentId, c.year?.text, c.sections.map((s) => s.text)]),
      [
        ['workplace-mental-health-anxiety-disorders', '2021', ['Cognitive Behavioral Therapy']],
        ['hand-wrist-and-forearm-disorders', '2019', ['Splinting']],
        ['occupational-work-related-asthma', '2020', ['Diagnosis']],
        ['coronavirus-covid-19', '2021', ['Testing']],
      ],
    );
  });

  it('reports a superseded chapter, says which edition is in force and since when, and offers it as the fix', () => {
    const text = letterCiting('Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.', day);
    const [finding] = notInForce(text);
    assert.equal(finding.severity, 'warning');
    assert.equal(covered(text, finding), 'Low Back Complaints 2004');
    assert.match(
      finding.message,
      /"Low Back Complaints 2004" was replaced after 30 Nov 2017, before 2 Mar 2026 \(UR Denial Date\): MTUS §9792\.23\.5 then is "Low Back Disorders 2020" \(in force since 23 Nov 2021\)/,
    );
    assert.match(applyFix(text, finding.fixes[0]), /Decision based on MTUS Low Back Disorders 2020, Section\(s\): Initial Care\./);
    assert.equal(finding.fixes[0].safe, false);
    // The 2016 DWC chronic pain guideline, superseded for eight years.
    assert.match(
      notInForce(letterCiting('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).', day))[0].message,
      /"Chronic Pain 2017" \(in force since 1 Dec 2017\)/,
    );
  });

  it('changes only the year when a newer edition of the same guideline is in force', () => {
    const text = letterCiting('Decision based on MTUS Low Back Disorders 2019, Section(s): Epidural Steroid Injections.', day);
    const [finding] = notInForce(text);
    assert.equal(applyFix(text, finding.fixes[0]), text.replace('Low Back Disorders 2019', 'Low Back Disorders 2020'));
  });

  it('reports a guideline cited before it applied', () => {
    const [finding] = notInForce(letterCiting('Decision based on MTUS Low Back Disorders 2020, Section(s): Epidural Steroid Injections.', '2019-09-01'));
    assert.match(
      finding.message,
      /applies to services from 23 Nov 2021, not yet on 1 Sep 2019 \(UR Denial Date\): MTUS §9792\.23\.5 then is "Low Back Disorders 2019"/,
    );
  });

  it("judges by the item's date of service before the UR Denial Date", () => {
    const cited = 'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.';
    const title = 'Retrospective lumbar epidural steroid injection (DOS 11/30/2017)';
    assert.deepEqual(notInForce(letterCiting(cited, day, { title })), []);
    assert.match(
      notInForce(letterCiting(cited, day, { title: 'Retrospective lumbar epidural steroid injection (DOS 12/04/2017)' }))[0].message,
      /before 4 Dec 2017 \(date of service\)/,
    );
  });

  it("judges the Claims Administrator's quote by the UR Denial Date and reports it as info at most", () => {
    const text = letterCiting('Decision based on MTUS Low Back Disorders 2020, Section(s): Epidural Steroid Injections.', day, {
      title: 'Lumbar epidural steroid injection (DOS 11/14/2017)',
      claimsAdministrator: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.',
    });
    const found = analyze(text, catalog, { today: '2026-12-01', rules: { 'guideline-not-in-force': 'error' } }).findings.filter(
      (f) => f.ruleId === 'guideline-not-in-force',
    );
    const quote = found.find((f) => covered(text, f) === 'Low Back Complaints 2004')!;
    assert.equal(quote.severity, 'info');
    assert.match(
      quote.message,
      /^The Claims Administrator cites "Low Back Complaints 2004", which was replaced after 30 Nov 2017, before 2 Mar 2026 \(UR Denial Date\)/,
    );
    assert.deepEqual(quote.fixes, []);
    // The reviewer's citation is judged by the date of service, which came before Low Back Disorders 2020.
    assert.equal(found.find((f) => covered(text, f) === 'Low Back Disorders 2020')?.severity, 'error');
  });

  it('judges a draft without dates by today, then the Decision Date', () => {
    const cited = 'Decision based on MTUS Knee Disorders 2015, Section(s): Imaging.';
    assert.match(notInForce(letterCiting(cited, undefined), '2026-12-01')[0].message, /before 1 Dec 2026 \(today\)/);
    assert.deepEqual(notInForce(letterCiting(cited, undefined), '2019-01-10'), []);
    assert.match(notInForce(letterCiting(cited, undefined, {}, '2021-01-04'), '2019-01-10')[0].message, /before 4 Jan 2021 \(Decision Date\)/);
  });

  it('never judges an edition whose dates no source gives', () => {
    assert.deepEqual(citationFindings(letterCiting('Decision based on MTUS Traumatic Brain Injury 2017, Section(s): Imaging.', day)), []);
    assert.deepEqual(citationFindings(letterCiting('Decision based on MTUS Antiemetics 2020, Section(s): Ondansetron.', '2016-01-04')), []);
  });

  it('keeps citation-edition-mismatch for a year that is no edition at all', () => {
    const text = letterCiting('Decision based on MTUS Knee Disorders 2017, Section(s): Imaging.', day);
    const found = analyze(text, catalog, { today: day }).findings.filter((f) => CITATION_RULES.has(f.ruleId));
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['citation-edition-mismatch'],
    );
    assert.match(
      found[0].message,
      /Knee Disorders has no edition 2017; it is cited as "Knee Disorders 2015" or "Knee Disorders 2019" or "Knee Disorders 2020"/,
    );
  });

  it('reports no section of an ACOEM-based guideline unknown (their names are in no public source)', () => {
    assert.deepEqual(
      citationFindings(letterCiting('Decision based on MTUS Knee Disorders 2020, Section(s): Magnetic Resonance Imaging, Meniscal Tears.', day)),
      [],
    );
  });

  it('reads the printed label names as the component (Hip and Groin / Hip and Groin Disorders)', () => {
    for (const [label, id] of [
      ['Hip and Groin Disorders 2019', 'hip-and-groin'],
      ['Cervical and Thoracic Spine 2019', 'cervical-and-thoracic-spine-disorders'],
      ['Introduction to the Workplace Mental Health 2019', 'workplace-mental-health-introduction'],
    ]) {
      const model = analyze(letterCiting(`Decision based on MTUS ${label}, Section(s): Topic.`, day), catalog).model;
      const statement = model.items[0].maximus!.statements[0];
      assert.equal(statement.kind === 'mtus' ? statement.components[0].componentId : undefined, id, label);
      assert.equal(labelYear(label), statement.kind === 'mtus' ? statement.components[0].year?.text : '');
      assert.ok(labelName(label));
    }
  });
});
