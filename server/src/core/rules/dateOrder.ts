import { dateAnchors, rationaleTies, summaryTiedDates, type DateAnchor, type Tie } from '../analysis/tiedDates';
import { dayNumber } from '../parse/dates';
import type { Report } from '../findings';
import type { HeaderField, HeaderKey, LetterDate } from '../model';
import { defineRule } from './rule';

/** The header's dates in the order they happen: injury, UR denial, application, assignment, decision. */
const ORDER: readonly HeaderKey[] = ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'];

const NAMES: Readonly<Record<HeaderKey, string>> = {
  caseNumber: 'Case Number',
  dateAssigned: 'Date Assigned',
  decisionDate: 'Decision Date',
  priority: 'Priority',
  dateOfInjury: 'Date of Injury',
  urDenialDate: 'UR Denial Date',
  applicationReceived: 'Application Received',
};

const TIE_LABEL = { 'utilization-review': 'utilization review', 'authorization-request': 'request for authorization', report: 'report' } as const;

function usable(field: HeaderField | undefined): field is HeaderField & { date: LetterDate } {
  return field?.date !== undefined && field.date.valid;
}

/** Reports the tied dates of one passage (the summary, or an item's rationale) that come before the injury. */
function reportBeforeInjury(ties: readonly Tie[], where: string, injury: DateAnchor, report: (r: Report) => void): void {
  const label = 'header' in injury.from ? `the header's Date of Injury, ${injury.from.value}` : `the date of injury, ${injury.date.text}`;
  for (const t of ties) {
    if (t.tie === 'injury' || dayNumber(t.date) >= dayNumber(injury.date)) continue;
    report({
      message: `${where} dates the ${TIE_LABEL[t.tie]} ${t.date.text.replace(/\s+/g, ' ')}, before ${label}. A ${TIE_LABEL[t.tie]} of this claim cannot precede the injury: check the year.`,
      span: t.date.span,
      related: [{ span: injury.date.span, message: 'the date of injury' }],
    });
  }
}

export const dateOrder = defineRule({
  id: 'date-order',
  defaultSeverity: 'warning',
  description:
    "The header's dates are out of order (Date of Injury <= UR Denial Date <= Application Received <= Date Assigned <= Decision Date), or the summary or a rationale dates a review, request or report before the injury.",
  tags: ['dates'],
  fixable: false,
  // The header and the case summary by the letter rule; each rationale by the item rule, its findings kept with the item.
  check({ model, report }) {
    const fields = ORDER.map((key) => model.header.find((f) => f.key === key)).filter(usable);
    // Each date against the latest earlier one: one finding per date that comes too early.
    for (let i = 1; i < fields.length; i++) {
      const later = fields[i];
      const earlier = fields.slice(0, i).reduce((a, b) => (dayNumber(b.date) > dayNumber(a.date) ? b : a));
      if (dayNumber(later.date) >= dayNumber(earlier.date)) continue;
      report({
        message: `${NAMES[later.key]} ${later.value} is before ${NAMES[earlier.key]} ${earlier.value}. The order is Date of Injury, UR Denial Date, Application Received, Date Assigned, Decision Date: one of the two dates is wrong.`,
        span: later.valueSpan,
        related: [{ span: earlier.valueSpan, message: `${NAMES[earlier.key]}: ${earlier.value}` }],
      });
    }
    const injury = dateAnchors(model).order;
    if (injury) reportBeforeInjury(summaryTiedDates(model), 'The case summary', injury, report);
  },
  checkItem({ item, dates, textOf, report }) {
    const injury = dates.anchors.order;
    if (injury)
      reportBeforeInjury(
        rationaleTies(item, () => textOf(item.span)),
        'The rationale',
        injury,
        report,
      );
  },
});
