import { findPhi, PHI_LABELS, type PhiMatch } from '../analysis/phi';
import type { LetterModel } from '../model';
import type { ItemIdentity } from '../parse/items';
import { scanPiecewise } from '../analysis/piecewise';
import { defineRule } from './rule';

/** findPhi of each item's text, relative to the item, kept while the item is unchanged: on a keystroke only the edited item is scanned again. */
const phiOfItem = new WeakMap<ItemIdentity, readonly PhiMatch[]>();

/** The letter scanned piecewise: the text between items as it is, each item once per version of its text. */
function phiOf(model: LetterModel): PhiMatch[] {
  return scanPiecewise(model, phiOfItem, findPhi, (m, offset) => ({ kind: m.kind, start: m.start + offset, end: m.end + offset }));
}

export const possiblePhi = defineRule({
  id: 'possible-phi',
  defaultSeverity: 'warning',
  description:
    'Text that looks like unredacted protected health information: a Social Security number, a phone number, an e-mail or street address, a date of birth, a claim, policy or medical record number.',
  tags: ['privacy'],
  fixable: false,
  check({ model, report }) {
    for (const match of phiOf(model)) {
      // The message names the kind only: the value itself must not travel into logs, reports or telemetry.
      report({
        message: `This looks like ${PHI_LABELS[match.kind]}. Published letters are redacted: remove it or confirm it is not protected health information.`,
        span: { start: match.start, end: match.end },
      });
    }
  },
});
