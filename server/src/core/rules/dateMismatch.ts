import { dateAnchors, rationaleTies, summaryTiedDates, type DateAnchors, type DateTie, type Tie } from '../analysis/tiedDates';
import type { Report } from '../findings';
import { dayNumber } from '../parse/dates';
import type { LetterDate } from '../model';
import { defineRule } from './rule';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date written the way another is ("November 15, 2016", "11-14-16", "12/05/2016"). */
export function formatLike(date: LetterDate, like: string): string {
  const worded = /^([A-Za-z]+)\s+(\d{1,2}),?\s+\d{4}$/.exec(like.trim());
  if (worded) return `${MONTHS[date.month - 1]} ${worded[2].length === 2 ? String(date.day).padStart(2, '0') : date.day}, ${date.year}`;
  const numeric = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(like.trim());
  if (!numeric) return `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year}`;
  const part = (value: number, as: string) => (as.length === 2 ? String(value).padStart(2, '0') : String(value));
  const year = numeric[4].length === 2 ? String(date.year % 100).padStart(2, '0') : String(date.year);
  return `${part(date.month, numeric[1])}${numeric[2]}${part(date.day, numeric[3])}${numeric[2]}${year}`;
}

const COMPARED: ReadonlyArray<{ tie: DateTie; anchor: keyof DateAnchors; what: string }> = [
  { tie: 'injury', anchor: 'injury', what: 'injury' },
  { tie: 'utilization-review', anchor: 'review', what: 'utilization review' },
];

/** Reports the tied dates of one passage (the summary, or an item's rationale) that differ from their event's anchor. */
function reportMismatches(ties: readonly Tie[], where: string, anchors: DateAnchors, report: (r: Report) => void): void {
  for (const { tie, anchor: which, what } of COMPARED) {
    const anchor = anchors[which];
    if (!anchor) continue;
    const label =
      'header' in anchor.from
        ? `the header's ${anchor.from.header}`
        : `the ${anchor.from.tied === 'summary' ? 'case summary' : 'rationale'}'s first ${what} date`;
    const value = 'header' in anchor.from ? anchor.from.value : anchor.date.text;
    for (const t of ties) {
      // The anchor itself, when it is a tied date, is equal to itself.
      if (t.tie !== tie || dayNumber(t.date) === dayNumber(anchor.date)) continue;
      const written = t.date.text.replace(/\s+/g, ' ');
      report({
        message: `${where} gives the ${what} date as ${written}, but ${label} is ${value}. Use one date for the ${what} throughout the letter (a report date may differ from the date of the event).`,
        span: t.date.span,
        related: [{ span: anchor.date.span, message: `${label}: ${value}` }],
        fixes: [
          {
            title: `Change to ${formatLike(anchor.date, written)}`,
            changes: [{ span: t.date.span, newText: formatLike(anchor.date, written) }],
            safe: false,
          },
        ],
      });
    }
  }
}

export const dateMismatch = defineRule({
  id: 'date-mismatch',
  defaultSeverity: 'warning',
  description:
    'The case summary or a rationale gives the date of injury or of the utilization review differently from the header (or, without a header, from each other).',
  tags: ['dates'],
  fixable: true,
  // The case summary by the letter rule; each rationale by the item rule, its findings kept with the item.
  check({ model, report }) {
    reportMismatches(summaryTiedDates(model), 'The case summary', dateAnchors(model), report);
  },
  checkItem({ item, dates, textOf, report }) {
    reportMismatches(
      rationaleTies(item, () => textOf(item.span)),
      'The rationale',
      dates.anchors,
      report,
    );
  },
});
