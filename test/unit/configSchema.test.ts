import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { configJsonSchema } from '../../server/src/project/configJsonSchema';
import { projectConfigSchema } from '../../server/src/core/projectConfig';
import { PROJECT_ROOT } from '../support/paths';

describe('the .imrlintrc.json JSON schema', () => {
  const committed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'imrlintrc.schema.json'), 'utf8'));

  it('is up to date with the rule registry (run the generate script after adding a rule)', () => {
    assert.deepEqual(committed, configJsonSchema());
  });

  it('accepts and rejects the same configurations as the zod schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(committed);
    const samples: unknown[] = [
      {},
      { rules: { 'region-mismatch': 'off', 'invalid-decision': 'warning' } },
      { rules: { 'region-mismatch': 'loud' } },
      { rules: { 'no-such-rule': 'off' } },
      { catalogs: ['extra.json'], ignores: ['archive/**'] },
      { suppressions: [{ rule: 'region-mismatch', case: 'CM16-0249320', reason: 'reviewed' }] },
      { suppressions: [{ rule: 'region-mismatch', item: 'MRI right knee', reason: 'reviewed' }] },
      { suppressions: [{ rule: 'region-mismatch', reason: 'no place named' }] },
      { suppressions: [{ rule: 'region-mismatch', case: 'CM16-0249320' }] },
      { suppressions: [{ rule: 'region-mismatch', case: '12345', reason: 'x' }] },
      { unknownKey: true },
    ];
    for (const sample of samples) {
      assert.equal(validate(sample), projectConfigSchema.safeParse(sample).success, JSON.stringify(sample));
    }
  });
});
