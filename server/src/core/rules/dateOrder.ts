import { tiedDates } from '../analysis/tiedDates';
import { dayNumber } from '../parse/dates';
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

export const dateOrder = defineRule({
  id: 'date-order',
  defaultSeverity: 'warning',
  description:
    "The header's dates are out of order (Date of Injury <= UR Denial Date <= Application Received <= Date Assigned <= Decision Date), or the summary or a rationale dates a review, request or report before the injury.",
  tags: ['dates'],
  fixable: false,
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

    const tied = tiedDates(model);
    const headerInjury = model.header.find((f) => f.key === 'dateOfInjury');
    const injury = usable(headerInjury)
      ? { date: headerInjury.date, label: `the header's Date of Injury, ${headerInjury.value}` }
      : (() => {
          const first = tied.find((t) => t.tie === 'injury');
          return first ? { date: first.date, label: `the date of injury, ${first.date.text}` } : undefined;
        })();
    if (!injury) return;
    for (const t of tied) {
      if (t.tie === 'injury' || dayNumber(t.date) >= dayNumber(injury.date)) continue;
      const where = t.where === 'summary' ? 'The case summary' : 'The rationale';
      report({
        message: `${where} dates the ${TIE_LABEL[t.tie]} ${t.date.text.replace(/\s+/g, ' ')}, before ${injury.label}. A ${TIE_LABEL[t.tie]} of this claim cannot precede the injury: check the year.`,
        span: t.date.span,
        related: [{ span: injury.date.span, message: 'the date of injury' }],
      });
    }
  },
});
