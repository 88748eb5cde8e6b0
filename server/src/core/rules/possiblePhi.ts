import { findPhi, PHI_LABELS } from '../analysis/phi';
import { defineRule } from './rule';

export const possiblePhi = defineRule({
  id: 'possible-phi',
  defaultSeverity: 'warning',
  description:
    'Text that looks like unredacted protected health information: a Social Security number, a phone number, an e-mail or street address, a date of birth, a claim, policy or medical record number.',
  tags: ['privacy'],
  fixable: false,
  check({ model, report }) {
    for (const match of findPhi(model.text)) {
      // The message names the kind only: the value itself must not travel into logs, reports or telemetry.
      report({
        message: `This looks like ${PHI_LABELS[match.kind]}. Published letters are redacted: remove it or confirm it is not protected health information.`,
        span: { start: match.start, end: match.end },
      });
    }
  },
});
