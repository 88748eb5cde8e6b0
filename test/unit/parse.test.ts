import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { analyzeText, builtinCatalog } from '../support/lintText';
import { parseLetter } from '../../server/src/core/parse/parseLetter';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../support/letters';
import { SEED_PATH, sharedAvailable } from '../support/paths';
import type { MtusCitation, NonMtusCitation } from '../../server/src/core/model';
import { classifyHeading } from '../../server/src/core/parse/sections';

describe('parser: header', () => {
  it('reads both columns of the header table, including the wrapped "Application Received"', () => {
    const { model } = analyzeText(letter());
    const byKey = Object.fromEntries(model.header.map((f) => [f.key, f.value]));
    assert.deepEqual(byKey, {
      caseNumber: 'CM16-0000001',
      dateAssigned: '12/09/2016',
      dateOfInjury: '03/14/2016',
      decisionDate: '01/06/2017',
      urDenialDate: '11/15/2016',
      priority: 'Standard',
      applicationReceived: '12/05/2016',
    });
    const injury = model.header.find((f) => f.key === 'dateOfInjury')!;
    assert.equal(model.text.slice(injury.valueSpan.start, injury.valueSpan.end), '03/14/2016');
    assert.deepEqual([injury.date?.year, injury.date?.month, injury.date?.day, injury.date?.valid], [2016, 3, 14, true]);
  });
});

describe('parser: sections and items', () => {
  it('finds the three sections in order, with heading spans on the trimmed heading', () => {
    const text = letter();
    const { model } = analyzeText(text);
    assert.deepEqual(
      model.sections.map((s) => s.id),
      ['how-made', 'case-summary', 'issues'],
    );
    const issues = model.sections[2];
    assert.equal(text.slice(issues.headingSpan.start, issues.headingSpan.end), 'IMR ISSUES, DECISIONS AND RATIONALES');
    assert.equal(model.layout, '2016');
  });

  it('reads a heading in any case and spacing, and a near miss in capitals, whatever letter it starts with', () => {
    const cases: [string, { id: string; misspelled: boolean } | undefined][] = [
      ['  clinical   case summary:', { id: 'case-summary', misspelled: false }],
      ['\u00a0Case Summary', { id: 'case-summary', misspelled: false }],
      ['XLINICAL CASE SUMMARY', { id: 'case-summary', misspelled: true }],
      ['OW THE IMR FINAL DETERMINATION WAS MADE', { id: 'how-made', misspelled: true }],
      ['Xlinical case summary', undefined],
      ['Clinical case summary of the worker', undefined],
    ];
    for (const [line, expected] of cases) assert.deepEqual(classifyHeading(line), expected, JSON.stringify(line));
  });

  it('splits items and reads title, decision, guideline lines and the conclusion', () => {
    const text = letter();
    const { model } = analyzeText(text);
    assert.equal(model.items.length, 2);
    const [esi, mri] = model.items;
    assert.equal(esi.title.text, ESI_ITEM.title);
    assert.equal(esi.decision?.value, 'Upheld');
    assert.equal(text.slice(esi.decision!.span.start, esi.decision!.span.end), 'Upheld');
    assert.equal(mri.decision?.value, 'Overturned');
    assert.equal(esi.rationale?.conclusion?.polarity, 'negative');
    assert.equal(mri.rationale?.conclusion?.polarity, 'positive');
    const mx = esi.maximus!.statements[0] as MtusCitation;
    assert.equal(mx.kind, 'mtus');
    assert.equal(mx.style, '2016');
    assert.deepEqual(
      mx.components.map((c) => [c.componentId, c.year?.text, c.sections.map((s) => s.catalogName)]),
      [
        ['low-back-complaints', '2004', ['Initial Care']],
        ['chronic-pain-medical-treatment', '2016', ['Epidural steroid injections (ESIs)']],
      ],
    );
    assert.equal(mri.claimsAdministrator!.statements[0].kind, 'no-evidence');
  });

  it('takes the decision after the last ": " so titles keep their colons and decimals', () => {
    const text = letter({
      items: [
        { ...ESI_ITEM, title: 'NCV bilateral lower extremities QTY: 2' },
        { ...ESI_ITEM, title: 'Venlafaxine HCL ER 37.5mg #90' },
      ],
    });
    const { model } = analyzeText(text);
    assert.deepEqual(
      model.items.map((i) => [i.title.text, i.decision?.raw]),
      [
        ['NCV bilateral lower extremities QTY: 2', 'Upheld'],
        ['Venlafaxine HCL ER 37.5mg #90', 'Upheld'],
      ],
    );
  });

  it('reads a decision in capitals and paragraph labels in lower case', () => {
    // The first item has no paragraphs: its title is known by its decision alone.
    const esi = letter().indexOf(ESI_ITEM.title);
    const mri = letter().indexOf(KNEE_MRI_ITEM.title);
    const text = `${letter().slice(0, esi)}${ESI_ITEM.title}: UPHELD\n\n${letter().slice(mri)}`
      .replaceAll('MAXIMUS guideline:', 'maximus guideline:')
      .replaceAll('Decision rationale:', 'decision rationale:');
    const { model } = analyzeText(text);
    assert.deepEqual(
      model.items.map((i) => [i.title.text, i.decision?.raw, i.maximus?.statements.length, i.rationale?.conclusion?.polarity]),
      [
        [ESI_ITEM.title, 'UPHELD', undefined, undefined],
        [KNEE_MRI_ITEM.title, 'Overturned', 1, 'positive'],
      ],
    );
  });

  it('reads a modified request whose title wraps over several lines', () => {
    const title =
      'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the\nClaims Administrator. The remaining IMR eligible portion of the original request, Norco\n10/325mg #35 is';
    const text = letter({ items: [{ ...ESI_ITEM, title }] });
    const { model } = analyzeText(text);
    assert.equal(model.items.length, 1);
    const item = model.items[0];
    assert.equal(item.decision?.value, 'Upheld');
    assert.deepEqual(item.title.modified, {
      form: 'remaining-portion',
      original: 'Norco 10/325mg #60',
      authorized: 'Norco 10/325mg #25',
      remaining: 'Norco 10/325mg #35',
    });
    assert.equal(item.title.request, 'Norco 10/325mg #35');
  });

  it('reads the same letter with CRLF, a BOM, tabs or unwrapped paragraphs into the same items', () => {
    const base = letter();
    const variants = ['\uFEFF' + base, base.replace(/\n/g, '\r\n'), base.replace(/^ {8}/gm, '\t'), base.replace(/([^\n])\n(?=[a-z0-9(])/g, '$1 ')];
    const expected = analyzeText(base).model.items.map((i) => [i.title.text, i.decision?.raw, i.rationale?.conclusion?.polarity]);
    for (const variant of variants) {
      const { model } = analyzeText(variant);
      assert.deepEqual(
        model.items.map((i) => [i.title.text, i.decision?.raw, i.rationale?.conclusion?.polarity]),
        expected,
      );
      assert.equal(model.sections.length, 3);
    }
  });

  it('reads the 2014 seed letter: one item, its 2014 chapter/page citation and the ODG facet topic', (t) => {
    if (!sharedAvailable()) return t.skip('../shared is not here');
    const text = readFileSync(SEED_PATH, 'utf8');
    const { model } = analyzeText(text);
    assert.equal(model.layout, '2014');
    assert.deepEqual(
      model.sections.map((s) => s.id),
      ['how-made', 'case-summary', 'issues'],
    );
    assert.equal(model.items.length, 1);
    const item = model.items[0];
    assert.equal(item.title.text, 'One (1) lumbar L4-S1 selective nerve root block');
    assert.equal(item.decision?.value, 'Upheld');
    const [acoem, odg] = item.maximus!.statements as [MtusCitation, NonMtusCitation];
    assert.equal(acoem.style, '2014');
    assert.equal(acoem.components[0].chapter?.number, 12);
    assert.equal(acoem.components[0].chapter?.title?.text, 'Low Back Complaints');
    assert.equal(acoem.components[0].pages?.text, '300');
    assert.equal(odg.odg?.chapter?.chapterId !== undefined, true);
    assert.match(odg.odg?.topic?.text ?? '', /^Facet Joint Diagnostic Blocks/);
    assert.equal(odg.odg?.pages?.text, '412-418');
    assert.equal(item.rationale?.conclusion?.polarity, 'negative');
    assert.match(item.rationale!.conclusion!.text, /is not medically necessary and appropriate\.$/);
  });
});

describe('parser: conclusions', () => {
  const cases: [string, 'positive' | 'negative'][] = [
    ['Therefore, the request for X is not medically necessary.', 'negative'],
    ['As such, the request is medically necessary.', 'positive'],
    ['The request is determined to not be medically necessary.', 'negative'],
    ['Thus, X cannot be considered medically necessary.', 'negative'],
    ['No, the request for X was not medically necessary, medically appropriate, or indicated here.', 'negative'],
    ['Yes, the request for X was medically necessary, medically appropriate, and indicated here.', 'positive'],
    ['Although the patient has not improved, the request is medically necessary.', 'positive'],
    ['Therefore, the request is not supported.', 'negative'],
  ];
  for (const [sentence, polarity] of cases) {
    it(`"${sentence}" is ${polarity}`, () => {
      const text = letter({ items: [{ ...ESI_ITEM, rationale: `Some discussion of the guideline criteria. ${sentence}` }] });
      assert.equal(analyzeText(text).model.items[0].rationale?.conclusion?.polarity, polarity);
    });
  }
});

describe('parser: 2014 chapter citations', () => {
  it('reads a chapter title that holds commas, and two chapters joined by "and"', () => {
    const maximus =
      'Decision based on MTUS ACOEM Chapter 11 Forearm, Wrist, and Hand Complaints Page(s): 261, and ACOEM Chapter 12 Low Back Complaints Page(s): 300.';
    const text = letter({ items: [{ ...ESI_ITEM, maximus }] });
    const { model, findings } = analyzeText(text);
    const citation = model.items[0].maximus!.statements[0] as MtusCitation;
    assert.equal(citation.kind, 'mtus');
    assert.deepEqual(
      citation.components.map((c) => [c.chapter?.number, c.chapter?.title?.text, c.pages?.text]),
      [
        [11, 'Forearm, Wrist, and Hand Complaints', '261'],
        [12, 'Low Back Complaints', '300'],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'citation-format' || f.ruleId === 'chapter-title-mismatch'),
      [],
    );
  });
});

describe('parser: an edit that keeps the line count', () => {
  // The facts of the lines an edit leaves in place are reused when the edited lines read as before; these edits change them.
  const catalog = builtinCatalog();
  const text = letter();
  const lineWith = (needle: string) => text.split('\n').find((line) => line.includes(needle))!;
  const title = lineWith(`${ESI_ITEM.title}:`);
  const rationale = lineWith('Decision rationale:');
  const continued = lineWith('pain when radiculopathy is documented');
  const edits: [string, (t: string) => string][] = [
    ['a title loses its decision', (t) => t.replace(title, title.replace(/:\s*Upheld/, '; Upheld'))],
    ['a line of a rationale ends in a decision', (t) => t.replace(continued, `${continued.trimEnd()}: Overturned`)],
    ['a line becomes a paragraph label', (t) => t.replace(rationale, 'MAXIMUS guideline: Decision based on MTUS Chronic Pain 2016.')],
    ['a line becomes a heading', (t) => t.replace(rationale, 'CLINICAL CASE SUMMARY')],
  ];
  for (const [what, edit] of edits) {
    it(`parses as a fresh parse does when ${what}`, () => {
      const edited = edit(text);
      assert.notEqual(edited, text);
      assert.equal(edited.split('\n').length, text.split('\n').length);
      const incremental = parseLetter(edited, catalog, parseLetter(text, catalog));
      assert.deepEqual(JSON.parse(JSON.stringify(incremental)), JSON.parse(JSON.stringify(parseLetter(edited, catalog))));
    });
  }
});

describe('parser: items moved by edits before them', () => {
  it('reads, after several edits, the title, decision, citations and rationale of a moved item as a fresh parse does', () => {
    const catalog = builtinCatalog();
    let text = letter();
    let model = parseLetter(text, catalog);
    const summaryLine = text.split('\n').find((line) => line.includes('injured worker'))!;
    // Three edits in the case summary, each moving every item; the items are read only after the last.
    for (const insert of [' an', ' inserted', ' phrase,\nand a line']) {
      const at = text.indexOf(summaryLine) + summaryLine.length;
      text = text.slice(0, at) + insert + text.slice(at);
      model = parseLetter(text, catalog, model);
    }
    const fresh = parseLetter(text, catalog);
    assert.equal(model.items.length, 2);
    // As data: a moved copy spells out the optional fields a fresh parse leaves out.
    const data = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
    for (const [moved, parsed] of model.items.map((item, i) => [item, fresh.items[i]] as const)) {
      assert.deepEqual(moved.span, parsed.span);
      assert.deepEqual(data(moved.decision), data(parsed.decision));
      assert.deepEqual(data(moved.maximus?.statements), data(parsed.maximus?.statements));
      assert.deepEqual(data(moved.rationale?.conclusion), data(parsed.rationale?.conclusion));
      assert.equal(text.slice(moved.rationale!.span.start, moved.rationale!.span.end), text.slice(parsed.rationale!.span.start, parsed.rationale!.span.end));
    }
  });
});

describe('parser: the scan for item titles, resumed across edits', () => {
  const catalog = builtinCatalog();
  const items = (text: string, previous?: ReturnType<typeof parseLetter>) =>
    parseLetter(text, catalog, previous).items.map((item) => ({ title: item.title.text, decision: item.decision?.value, span: item.span }));
  /** The items of `after` parsed after `before`, and parsed fresh. */
  const both = (before: string, after: string) => [items(after, parseLetter(before, catalog)), items(after)];

  it('finds a title without a decision again when the label after it is edited away', () => {
    const before = letter({ items: [{ ...ESI_ITEM, decision: undefined }, KNEE_MRI_ITEM] });
    const after = before.replace(
      'Claims Administrator guideline: Decision based on MTUS Chronic',
      'Claims Administrator notes: Decision based on MTUS Chronic',
    );
    assert.notEqual(after, before);
    const [incremental, fresh] = both(before, after);
    assert.deepEqual(incremental, fresh);
    assert.notDeepEqual(
      items(before).map((i) => i.title),
      fresh.map((i) => i.title),
    );
  });

  it('scans again every line an edit changed, even after a title it finds where the previous scan found one', () => {
    const before = letter();
    // One edit from the first title's decision to the second title's line: the first stays a title, the second becomes a label line.
    const from = before.indexOf(': Upheld');
    const to = before.indexOf('MRI of the right knee: Overturned');
    const after = `${before.slice(0, from)}: Overturned${before.slice(from + ': Upheld'.length, to)}Decision rationale: ${before.slice(to)}`;
    const [incremental, fresh] = both(before, after);
    assert.deepEqual(incremental, fresh);
    assert.ok(!fresh.some((item) => item.title === 'MRI of the right knee'));
  });
});
