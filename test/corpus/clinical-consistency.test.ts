/**
 * The clinical-consistency rules on the 194 real letters: they find the genuine defects the
 * corpus README lists (the copied ODG rationale, the UR dates that differ from the header), give
 * no error, and never echo a suspected identifier. Every finding is in the reviewed snapshot.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from '../support/lintText';
import { corpusFiles } from '../support/corpus';
import { sharedAvailable } from '../support/paths';
import { CONSISTENCY_RULE_IDS } from '../../server/src/core/rules';

const RULES = CONSISTENCY_RULE_IDS;

describe('clinical-consistency rules on the corpus', { skip: !sharedAvailable() && 'the ../shared corpus is not here' }, () => {
  const analyses = new Map((sharedAvailable() ? corpusFiles() : []).map((file) => [basename(file, '.txt'), analyzeText(readFileSync(file, 'utf8'))]));
  const of = (letter: string, rule: string) => analyses.get(letter)!.findings.filter((f) => f.ruleId === rule);

  it('finds the copied ODG rationale of CM16-0247274 on the left-side item, whose MAXIMUS line lacks ODG', () => {
    const [finding, ...rest] = of('CM16-0247274', 'rationale-citation-mismatch');
    assert.equal(rest.length, 0);
    const { model } = analyses.get('CM16-0247274')!;
    const item = model.items.find((i) => i.rationale && i.rationale.span.start <= finding.span.start && finding.span.end <= i.rationale.span.end);
    assert.equal(item?.title.text, 'Left L5-S1 epidural steroid injection');
  });

  it('finds the UR dates that differ from the header in CM16-0219557, CM16-0240518, CM16-0242302 and CM17-0005589', () => {
    const expected: Record<string, string> = {
      'CM16-0219557': 'November 15, 2016',
      'CM16-0240518': '11-14-16',
      'CM16-0242302': '12-6-16',
      'CM17-0005589': '12-22-2016',
    };
    for (const [letter, written] of Object.entries(expected)) {
      const { model } = analyses.get(letter)!;
      const texts = of(letter, 'date-mismatch').map((f) => model.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' '));
      assert.ok(texts.includes(written), `${letter}: ${texts.join(', ')}`);
    }
  });

  it('gives no error-severity finding and keeps every suspected identifier out of the messages', () => {
    const problems: string[] = [];
    for (const [letter, { model, findings }] of analyses) {
      for (const f of findings) {
        if (!RULES.includes(f.ruleId)) continue;
        if (f.severity === 'error') problems.push(`${letter}: ${f.ruleId} is an error: ${f.message}`);
        if (f.ruleId === 'possible-phi' && f.message.includes(model.text.slice(f.span.start, f.span.end)))
          problems.push(`${letter}: possible-phi echoes its match`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
