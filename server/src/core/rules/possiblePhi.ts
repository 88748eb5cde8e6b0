import { findPhi, PHI_LABELS, type PhiMatch } from '../analysis/phi';
import type { LetterModel } from '../model';
import { memoByText } from '../text/memoByText';
import { defineRule } from './rule';

/** findPhi per item text: on a keystroke only the item being edited is scanned again. */
const findPhiInText = memoByText(findPhi);

/** The letter scanned piecewise: the text between items as it is, each item through the memo. */
function phiOf(model: LetterModel): PhiMatch[] {
  const found: PhiMatch[] = [];
  let position = 0;
  const scan = (start: number, end: number, memoised: boolean) => {
    if (end <= start) return;
    const text = model.text.slice(start, end);
    for (const m of memoised ? findPhiInText(text) : findPhi(text)) found.push({ ...m, start: m.start + start, end: m.end + start });
  };
  for (const item of model.items) {
    scan(position, item.span.start, false);
    scan(item.span.start, item.span.end, true);
    position = Math.max(position, item.span.end);
  }
  scan(position, model.text.length, false);
  return found;
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
