/**
 * The snippets: each one, expanded with its defaults, lints without structural errors: the whole
 * letters on their own, the fragments inserted where a reviewer would insert them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { dateVariables, expandSnippet } from '../../../server/src/core/complete/snippet';
import { buildSnippets } from '../../../server/src/core/complete/snippets';
import { ESI_ITEM, HEADER_2026, letter } from '../../support/letters';
import { builtinCatalog } from '../../support/lintText';
import { PROJECT_ROOT } from '../../support/paths';

/** The snippets are inserted on this day (its date variables), and the letters judged by it. */
const TODAY = '2026-03-02';
const analysis = (text: string) => analyze(text, builtinCatalog(), { today: TODAY });
const findingCounts = (text: string) => {
  const counts: Record<string, number> = {};
  for (const f of analysis(text).findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
};
/** The findings of `after` that `before` does not have (by rule id and count). */
function newFindings(before: string, after: string): string[] {
  const a = findingCounts(before);
  const b = findingCounts(after);
  return Object.entries(b).flatMap(([rule, n]) => (n > (a[rule] ?? 0) ? [`${rule} x${n - (a[rule] ?? 0)}`] : []));
}

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets = JSON.parse(readFileSync(join(PROJECT_ROOT, 'snippets', 'imr.json'), 'utf8')) as Record<string, Snippet>;
const expand = (name: string) => {
  const s = snippets[name];
  assert.ok(s, `no snippet "${name}"`);
  return expandSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body, dateVariables(TODAY));
};

/** Errors (severity error) of a text. */
function errors(text: string): string[] {
  return analysis(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.ruleId}: ${f.message}`);
}

const OPIOID_ITEM = {
  title: 'Norco 10/325mg #60',
  decision: 'Upheld',
  claimsAdministrator:
    'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
  maximus:
    'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
  rationale: 'There is no documentation of functional improvement. Therefore, the request for Norco 10/325mg #60 is not medically necessary.',
};

describe('snippets', () => {
  it('is the file the vocabulary and the catalog generate (npm run generate)', () => {
    assert.deepEqual(snippets, JSON.parse(JSON.stringify(buildSnippets(builtinCatalog()))));
  });

  it('every snippet has a prefix, a body and a description', () => {
    assert.ok(Object.keys(snippets).length >= 12);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix && s.body && s.description, name);
    }
  });

  it("the letter of today: today's dates, the MTUS in force, no finding at all", () => {
    const text = expand('IMR letter');
    assert.deepEqual(
      analysis(text).findings.map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
    assert.equal(analysis(text).model.layout, '2016');
    assert.match(text, /^Case Number: +CM26-0000001\nDate Assigned: +03\/02\/2026 /);
    assert.match(text, /MAXIMUS guideline: Decision based on MTUS Chronic Pain 2017, Section\(s\): /);
  });

  it('the 2014 letter: no errors, read as the 2014 layout', () => {
    const text = expand('IMR letter (2014 layout)');
    assert.deepEqual(errors(text), []);
    assert.equal(analysis(text).model.layout, '2014');
    assert.equal(analysis(text).model.items.length, 1);
  });

  it('a disputed item (plain and modified) appended to a letter of today', () => {
    const base = letter({ header: HEADER_2026 });
    for (const name of ['Disputed item']) {
      const text = `${base}\n${expand(name)}\n`;
      assert.deepEqual(newFindings(base, text), [], name);
      assert.equal(analysis(text).model.items.length, 3);
    }
    const modified = `${base}\n${expand('Disputed item (modified request)')}\n\n${expand('Claims Administrator guideline: no evidence cited')}\n\n${expand('MAXIMUS guideline: no evidence cited')}\n\nDecision rationale: ${expand('Closing sentence: Upheld')}\n`;
    assert.deepEqual(newFindings(base, modified), []);
    const item = analysis(modified).model.items[2];
    assert.equal(item.title.modified?.form, 'remaining-portion');
  });

  it('each guideline line form replaces a guideline line without a new finding', () => {
    const base = letter({
      header: HEADER_2026,
      items: [
        {
          ...ESI_ITEM,
          claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
          maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.',
          rationale:
            'The documentation does not support the request. Therefore, the request for Left L5-S1 transforaminal epidural steroid injection is not medically necessary.',
        },
      ],
    });
    const forms = Object.keys(snippets).filter((n) => /^(Claims Administrator|MAXIMUS) guideline: /.test(n));
    assert.equal(forms.length, 6);
    for (const name of forms) {
      const expanded = expand(name);
      const label = expanded.startsWith('MAXIMUS') ? /MAXIMUS guideline: [^]*?\n\n/ : /Claims Administrator guideline: [^]*?\n\n/;
      const text = base.replace(label, `${expanded}\n\n`);
      assert.ok(text.includes(expanded), name);
      assert.deepEqual(newFindings(base, text), [], name);
    }
    const withNonMtus = base.replace(/MAXIMUS guideline: [^]*?\n\n/, `${expand('MAXIMUS guideline: MTUS citation')} ${expand('Non-MTUS citation (ODG)')}\n\n`);
    assert.deepEqual(newFindings(base, withNonMtus), []);
  });

  it('the 2014 citation, the credentials, the closing sentences and the weaning paragraph', () => {
    const seed2014 = expand('IMR letter (2014 layout)');
    const acoem = seed2014.replace(/MAXIMUS guideline: [^\n]*/, `MAXIMUS guideline: ${expand('MTUS citation (2014, ACOEM chapter and pages)')}`);
    assert.ok(acoem.includes(`MAXIMUS guideline: ${expand('MTUS citation (2014, ACOEM chapter and pages)')}`));
    assert.deepEqual(errors(acoem), []);

    const full = letter();
    const at = full.indexOf('The Expert Reviewer has the following credentials:');
    const noCredentials = full.replace(/The Expert Reviewer has the following credentials:\n.*\n.*\n/, '');
    assert.equal(`${noCredentials.slice(0, at)}${expand('Credentials')}\n${noCredentials.slice(at)}`, full);

    const opioid = letter({ items: [OPIOID_ITEM] });
    const weaning = opioid.replace(/is not medically\s+necessary\.\n/, (m) => `${m}\n${expand('Opioid weaning paragraph')}\n`);
    assert.notEqual(weaning, opioid);
    assert.deepEqual(newFindings(opioid, weaning), []);
    assert.equal(analysis(weaning).model.items[0].rationale?.conclusion?.polarity, 'negative');

    for (const [name, polarity] of [
      ['Closing sentence: Upheld', 'negative'],
      ['Closing sentence: Overturned', 'positive'],
      ['Closing sentence: ancillary service', 'negative'],
    ] as const) {
      const text = letter({
        items: [{ ...ESI_ITEM, decision: polarity === 'negative' ? 'Upheld' : 'Overturned', rationale: `The documentation was reviewed. ${expand(name)}` }],
      });
      assert.deepEqual(errors(text), [], name);
      assert.equal(analysis(text).model.items[0].rationale?.conclusion?.polarity, polarity, name);
    }
  });
});
