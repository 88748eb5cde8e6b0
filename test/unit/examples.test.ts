/** The project's own example letters give exactly the findings they were written to show. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findings } from '../support/lintText';
import { EXAMPLES_DIR } from '../support/paths';

const EXPECTED: Record<string, string[]> = {
  'clean-lumbar-esi-and-knee-mri.imr': [],
  'clean-physical-therapy.imr': [],
  'nerve-root-block-argued-from-facet-criteria.imr': ['procedure-guideline-mismatch', 'procedure-guideline-mismatch'],
  'decision-contradicts-conclusion.imr': ['decision-conclusion-mismatch'],
  'structure-defects.imr': ['missing-section', 'missing-decision', 'missing-guideline-line', 'invalid-decision'],
  'citation-defects.imr': [
    'unknown-citation',
    'no-evidence-with-citation',
    'chapter-title-mismatch',
    'region-mismatch',
    'outside-mtus-without-citation',
    'citation-edition-mismatch',
    'citation-style',
  ],
  'knee-mri-cited-under-low-back.imr': ['region-mismatch'],
  'clean-2026-knee-mri-lumbar-esi-acupuncture.imr': [],
  'clean-2016-long-case-summary-modified-request.imr': [],
  'clean-2017-chronic-pain-medications-and-studies.imr': [],
  'clean-2017-shoulder-surgery-injections-and-outside-mtus.imr': [],
  'superseded-guidelines-in-a-2026-letter.imr': ['guideline-not-in-force', 'guideline-not-in-force', 'guideline-not-in-force', 'guideline-not-in-force'],
};

describe('examples/', () => {
  for (const [file, rules] of Object.entries(EXPECTED)) {
    it(`${file}: ${rules.length ? rules.join(', ') : 'clean'}`, () => {
      assert.deepEqual(
        findings(readFileSync(join(EXAMPLES_DIR, file), 'utf8')).map((f) => f.ruleId),
        rules,
      );
    });
  }
});
