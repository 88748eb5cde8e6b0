import { betweenItems } from '../analysis/piecewise';
import { datesOfItem, stretchDates } from '../analysis/tiedDates';
import type { Report } from '../findings';
import type { LetterDate } from '../model';
import { defineRule } from './rule';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What makes a match no date at all: a longer run of numbers ("1-2-3-4") or a unit after it ("30-60-90 days"). */
const RUN_BEFORE = /\d\s*[/-]\s*$/;
const RUN_AFTER = /^\s*[/-]\s*\d|^\s*(?:days?|weeks?|months?|years?|mg|mcg|ml|%|degrees?|times|sessions|visits)\b/i;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reports the invalid dates among `found`, dates of `text` (a piece of the letter: an item or a
 * stretch between items) with offsets relative to it; the piece starts at `offset` in the letter.
 * What is around a date is read within its piece: an item starts on a line of its own.
 */
function reportInvalid(text: string, found: readonly LetterDate[], offset: number, report: (r: Report) => void): void {
  for (const date of found) {
    if (date.valid) continue;
    const { start, end } = date.span;
    if (RUN_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || RUN_AFTER.test(text.slice(end, end + 12))) continue;
    // "30/60/90": a progression of numbers, not a date someone mistyped.
    const parts = date.text.split(/[/-]/).map(Number);
    if (parts.length === 3 && parts[1] - parts[0] === parts[2] - parts[1] && parts[0] > 12) continue;
    let why: string;
    if (date.month < 1 || date.month > 12) {
      why = `there is no month ${date.month}`;
      if (date.day >= 1 && date.day <= 12) why += ' (dates are written month/day/year)';
    } else {
      why = `${MONTH_NAMES[date.month - 1]} ${date.year} has ${daysIn(date.year, date.month)} days`;
    }
    report({
      message: `"${date.text.replace(/\s+/g, ' ')}" is not a date: ${why}. Correct it from the record it comes from.`,
      span: { start: start + offset, end: end + offset },
    });
  }
}

export const dateInvalid = defineRule({
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'A date that does not exist (13/45/16, 2/30/17, February 30, 2017).',
  tags: ['dates'],
  fixable: false,
  // Read item by item (the findings kept with the item across edits) and, by the letter rule, between items.
  check({ model, report }) {
    for (const stretch of betweenItems(model)) {
      const text = model.text.slice(stretch.start, stretch.end);
      reportInvalid(text, stretchDates(model, stretch), stretch.start, report);
    }
  },
  checkItem({ item, textOf, report }) {
    const text = textOf(item.span);
    reportInvalid(
      text,
      datesOfItem(item, () => text),
      item.span.start,
      report,
    );
  },
});
