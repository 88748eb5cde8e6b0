import { findPhi, PHI_LABELS, type PhiMatch } from '../analysis/phi';
import { betweenItems, keptForStretch } from '../analysis/piecewise';
import type { Report } from '../findings';
import { defineRule } from './rule';

/** What findPhi found in each stretch between items, by the stretch's text: an edit in an item leaves the header and the case summary as they were. */
const phiOfStretch = new Map<string, readonly PhiMatch[]>();

function reportPhi(matches: readonly PhiMatch[], offset: number, report: (r: Report) => void): void {
  for (const match of matches) {
    // The message names the kind only: the value itself must not travel into logs, reports or telemetry.
    report({
      message: `This looks like ${PHI_LABELS[match.kind]}. Published letters are redacted: remove it or confirm it is not protected health information.`,
      span: { start: match.start + offset, end: match.end + offset },
    });
  }
}

export const possiblePhi = defineRule({
  id: 'possible-phi',
  defaultSeverity: 'warning',
  description:
    'Text that looks like unredacted protected health information: a Social Security number, a phone number, an e-mail or street address, a date of birth, a claim, policy or medical record number.',
  tags: ['privacy'],
  fixable: false,
  // Read item by item (the findings kept with the item across edits) and, by the letter rule, between
  // items. A match cannot span the two: an item starts on a line of its own.
  check({ model, report }) {
    for (const stretch of betweenItems(model)) reportPhi(keptForStretch(phiOfStretch, model.text, stretch, findPhi), stretch.start, report);
  },
  checkItem({ item, textOf, report }) {
    reportPhi(findPhi(textOf(item.span)), item.span.start, report);
  },
});
