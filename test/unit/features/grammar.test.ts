/**
 * The TextMate grammar, checked with a small tokenizer that follows TextMate's rules for `match`
 * patterns (the grammar uses no begin/end): at each position the pattern whose match starts first
 * wins, ties go to the earlier pattern, captures get their scopes and their own patterns. Every
 * regular expression must also compile as a JavaScript one (the grammar keeps to the common
 * subset of Oniguruma and JavaScript).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { textMateGrammar } from '../../../server/src/core/grammar/textmate';
import { builtinCatalog } from '../../support/lintText';
import { PROJECT_ROOT } from '../../support/paths';

interface Capture {
  name?: string;
  patterns?: Rule[];
}
interface Rule {
  match?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Capture>;
}
interface Grammar {
  scopeName: string;
  firstLineMatch: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammar = JSON.parse(readFileSync(join(PROJECT_ROOT, 'syntaxes', 'imr.tmLanguage.json'), 'utf8')) as Grammar;

function flatten(rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include) {
      const target = grammar.repository[rule.include.replace(/^#/, '')];
      assert.ok(target, `unknown include ${rule.include}`);
      return flatten([target]);
    }
    if (rule.match) return [rule];
    return flatten(rule.patterns ?? []);
  });
}

interface Token {
  start: number;
  end: number;
  scope: string;
}

function tokenize(line: string, rules: readonly Rule[], offset = 0, out: Token[] = []): Token[] {
  const flat = flatten(rules);
  let position = 0;
  while (position <= line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of flat) {
      const re = new RegExp(rule.match!, 'gd');
      re.lastIndex = position;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    const end = m.index + m[0].length;
    if (rule.name) for (const scope of rule.name.split(' ')) out.push({ start: offset + m.index, end: offset + end, scope });
    for (const [group, capture] of Object.entries(rule.captures ?? {})) {
      const at = m.indices?.[Number(group)];
      if (!at) continue;
      if (capture.name) for (const scope of capture.name.split(' ')) out.push({ start: offset + at[0], end: offset + at[1], scope });
      if (capture.patterns) tokenize(line.slice(at[0], at[1]), capture.patterns, offset + at[0], out);
    }
    position = end > position ? end : position + 1;
  }
  return out;
}

/** The scopes of the text `needle` (its first occurrence after `from` in the line): those covering all of it. */
function scopesOf(line: string, needle: string): string[] {
  const start = line.indexOf(needle);
  assert.ok(start >= 0, `"${needle}" not in "${line}"`);
  const end = start + needle.length;
  return tokenize(line, grammar.patterns)
    .filter((t) => t.start <= start && t.end >= end)
    .map((t) => t.scope);
}

const CASES: readonly [string, string, string][] = [
  ['                 HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'markup.heading.section.imr'],
  ['IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND RATIONALES', 'markup.heading.section.imr'],
  ['Case Number:          CM17-0006287', 'Case Number', 'variable.other.header-label.imr'],
  ['Case Number:          CM17-0006287', 'CM17-0006287', 'constant.other.case-number.imr'],
  ['Date Assigned:        01/12/2017                      Date of Injury:      10/18/2016', 'Date of Injury', 'variable.other.header-label.imr'],
  ['Date Assigned:        01/12/2017                      Date of Injury:      10/18/2016', '10/18/2016', 'constant.numeric.date.imr'],
  ['Priority:             Standard                        Application          01/09/2017', 'Standard', 'constant.language.priority.imr'],
  ['Priority:             Standard                        Application          01/09/2017', 'Application', 'variable.other.header-label.imr'],
  ['                                                      Received:', 'Received', 'variable.other.header-label.imr'],
  ['Lumbar Spine Epidural Injection at L4-5 under fluoroscopy: Upheld', 'Lumbar Spine Epidural Injection', 'entity.name.function.item-title.imr'],
  ['Lumbar Spine Epidural Injection at L4-5 under fluoroscopy: Upheld', 'Upheld', 'markup.deleted.decision.upheld.imr'],
  ['Lumbar Spine Epidural Injection at L4-5 under fluoroscopy: Upheld', 'L4-5', 'constant.other.spinal-level.imr'],
  ['MRI of the right knee: Overturned', 'Overturned', 'markup.inserted.decision.overturned.imr'],
  ['NCV bilateral lower extremities QTY: 2: Upheld', 'NCV bilateral lower extremities QTY: 2', 'entity.name.function.item-title.imr'],
  ['Overturned', 'Overturned', 'markup.inserted.decision.overturned.imr'],
  [
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment',
    'Claims Administrator guideline',
    'keyword.other.label.guideline.claims-administrator.imr',
  ],
  ['Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment', 'Decision based on', 'keyword.control.citation.imr'],
  ['MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):', 'MAXIMUS guideline', 'keyword.other.label.guideline.maximus.imr'],
  ['MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):', 'MTUS', 'support.type.mtus.imr'],
  ['MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):', 'Low Back Complaints', 'support.class.component.imr'],
  ['MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):', '2004', 'constant.numeric.year.imr'],
  ['MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):', 'Section(s)', 'keyword.other.sections.imr'],
  [
    'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
    'Forearm, Wrist, and Hand Complaints',
    'support.class.component.imr',
  ],
  ['Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.', 'Special Studies', 'string.unquoted.section-name.imr'],
  [
    'Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
    '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance',
    'string.unquoted.section-name.imr',
  ],
  ['Section(s): Summary, and Chronic Pain Medical Treatment 2016, Section(s): Facet blocks.', 'Chronic Pain Medical Treatment', 'support.class.component.imr'],
  ['Section(s): Summary, and Chronic Pain Medical Treatment 2016, Section(s): Facet blocks.', 'Facet blocks', 'string.unquoted.section-name.imr'],
  ['Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet', 'Non-MTUS', 'support.type.non-mtus.imr'],
  ['Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet', 'Official Disability Guidelines (ODG)', 'support.class.odg.imr'],
  ['MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints', 'ACOEM', 'support.class.acoem.imr'],
  ['MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints', '12', 'constant.numeric.chapter.imr'],
  ['Page(s): 300.  Decision based on Non-MTUS Citation', '300', 'constant.numeric.page.imr'],
  ['Back, Facet Joint Diagnostic Blocks (therapeutic injections), pages 412-418.', '412-418', 'constant.numeric.page.imr'],
  ['Decision rationale: The requested Lumbar Spine Epidural Injection', 'Decision rationale', 'keyword.other.label.rationale.imr'],
  ['Therefore, the request for MRI of the right knee is not medically necessary.', 'not medically necessary', 'markup.deleted.conclusion.negative.imr'],
  ['As such, the request for MRI of the right knee is medically necessary.', 'medically necessary', 'markup.inserted.conclusion.positive.imr'],
  [
    'MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside',
    'MAXIMUS guideline',
    'keyword.other.label.guideline.maximus.imr',
  ],
  ['The Claims Administrator did not cite any medical evidence for its decision.', 'did not cite any medical evidence', 'markup.italic.no-evidence.imr'],
  ['State(s) of Licensure: California', 'State(s) of Licensure', 'keyword.other.label.credentials.imr'],
  ['This is a 38 year old male with a date of injury on 10-18-2016. A review of the medical records', '10-18-2016', 'constant.numeric.date.imr'],
  ['who sustained a work related injury on October 13, 2016, incurring', 'October 13, 2016', 'constant.numeric.date.imr'],
  ['disc protrusion at L4-5 with lateral recess and C5-C6 stenosis and T12', 'C5-C6', 'constant.other.spinal-level.imr'],
  // The parser reads "pg. 300" after the sections as pages: so does the highlighter.
  ['Section(s): Initial Care, pg. 300.', 'Initial Care', 'string.unquoted.section-name.imr'],
  ['Section(s): Initial Care, pg. 300.', 'pg.', 'keyword.other.pages.imr'],
  ['Section(s): Initial Care, pg. 300.', '300', 'constant.numeric.page.imr'],
  // Today's MTUS labels, with colons, commas and parentheses.
  [
    'Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Treatment.',
    'Workplace Mental Health: Anxiety Disorders',
    'support.class.component.imr',
  ],
  ['Decision based on MTUS Coronavirus (COVID-19) 2021, Section(s): Testing.', 'Coronavirus (COVID-19)', 'support.class.component.imr'],
  ['Decision based on MTUS Knee Disorders 2020, Section(s): Imaging.', '2020', 'constant.numeric.year.imr'],
];

describe('TextMate grammar (text.imr)', () => {
  it("is the file the grammar's vocabulary and the catalog generate (npm run generate)", () => {
    assert.deepEqual(grammar, JSON.parse(JSON.stringify(textMateGrammar(builtinCatalog()))));
  });

  it('has the scope name text.imr and a firstLineMatch for headings and "Case Number:"', () => {
    assert.equal(grammar.scopeName, 'text.imr');
    const first = new RegExp(grammar.firstLineMatch);
    assert.ok(first.test('                 HOW THE IMR FINAL DETERMINATION WAS MADE'));
    assert.ok(first.test('Case Number:          CM17-0006287'));
    assert.ok(!first.test('Dear Sir'));
  });

  it('every pattern compiles', () => {
    const all = [...flatten(grammar.patterns), ...Object.values(grammar.repository).flatMap((r) => flatten([r]))];
    for (const rule of all) assert.doesNotThrow(() => new RegExp(rule.match!, 'd'), rule.match);
  });

  for (const [line, needle, scope] of CASES) {
    it(`"${needle}" in "${line.trim().slice(0, 60)}" is ${scope}`, () => {
      assert.ok(scopesOf(line, needle).includes(scope), `scopes: ${scopesOf(line, needle).join(', ')}`);
    });
  }

  it('Upheld and Overturned have distinct scopes; a title is not a decision', () => {
    const upheld = scopesOf('X: Upheld', 'Upheld');
    const overturned = scopesOf('X: Overturned', 'Overturned');
    assert.ok(!upheld.some((s) => overturned.includes(s)));
    assert.ok(!scopesOf('X: Upheld', 'X').includes('markup.deleted.decision.upheld.imr'));
  });
});
