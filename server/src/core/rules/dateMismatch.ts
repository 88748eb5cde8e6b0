import { tiedDates, type DateTie, type TiedDate } from '../analysis/tiedDates';
import { dayNumber } from '../parse/dates';
import type { HeaderKey, LetterDate } from '../model';
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

const COMPARED: ReadonlyArray<{ tie: DateTie; header: HeaderKey; what: string }> = [
  { tie: 'injury', header: 'dateOfInjury', what: 'injury' },
  { tie: 'utilization-review', header: 'urDenialDate', what: 'utilization review' },
];

export const dateMismatch = defineRule({
  id: 'date-mismatch',
  defaultSeverity: 'warning',
  description:
    'The case summary or a rationale gives the date of injury or of the utilization review differently from the header (or, without a header, from each other).',
  tags: ['dates'],
  fixable: true,
  check({ model, report }) {
    const tied = tiedDates(model);
    for (const { tie, header, what } of COMPARED) {
      const dates = tied.filter((t) => t.tie === tie);
      if (dates.length === 0) continue;
      const field = model.header.find((f) => f.key === header);
      let anchor: { date: LetterDate; label: string; value: string } | undefined;
      let candidates: TiedDate[] = dates;
      if (field?.date?.valid) anchor = { date: field.date, label: `the header's ${field.label}`, value: field.value };
      else if (!field) {
        anchor = {
          date: dates[0].date,
          label: `the ${dates[0].where === 'summary' ? 'case summary' : 'rationale'}'s first ${what} date`,
          value: dates[0].date.text,
        };
        candidates = dates.slice(1);
      }
      if (!anchor) continue;
      for (const t of candidates) {
        if (dayNumber(t.date) === dayNumber(anchor.date)) continue;
        const where = t.where === 'summary' ? 'The case summary' : 'The rationale';
        const written = t.date.text.replace(/\s+/g, ' ');
        report({
          message: `${where} gives the ${what} date as ${written}, but ${anchor.label} is ${anchor.value}. Use one date for the ${what} throughout the letter (a report date may differ from the date of the event).`,
          span: t.date.span,
          related: [{ span: anchor.date.span, message: `${anchor.label}: ${anchor.value}` }],
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
  },
});
