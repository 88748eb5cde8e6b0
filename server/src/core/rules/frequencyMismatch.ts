import { findCounts, findFrequencies, formatRange, inRange, type Count, type Frequency } from '../analysis/quantities';
import { contradictions, PLACE_NAMES, type ItemSummary } from '../analysis/restatements';
import type { Report } from '../findings';
import { conclusionRequest, requestOffset } from '../analysis/requests';
import type { DisputedItem } from '../model';
import { defineRule } from './rule';

/** Where a rationale states the requested number: "the request for an initial 12 sessions", "the requested 12 sessions", "a request for 3 additional sessions". */
const REQUESTED_NUMBER =
  /\brequest(?:ed|s)?\s+(?:is\s+|was\s+)?(?:for\s+)?(?:a\s+total\s+of\s+|an?\s+|the\s+)?(?:initial\s+|additional\s+|further\s+|another\s+)?(?=(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|twenty-four)\b)/gi;

/** The session counts of a text: a frequency x duration or a count of sessions, visits or treatments. */
function sessionCounts(text: string): Count[] {
  return findCounts(text).filter((c) => c.unit === 'sessions');
}

/** Counts the rationale ties to the request, with offsets in the rationale's text. */
function argued(item: DisputedItem): Count[] {
  const content = item.rationale?.content;
  if (!content) return [];
  const text = content.text;
  const found: Count[] = [];
  for (const m of text.matchAll(REQUESTED_NUMBER)) {
    // "the originally requested 6 sessions", "the previous request for 12 visits": another request than the one decided.
    if (/\b(?:original(?:ly)?|previous(?:ly)?|prior|earlier|initial(?:ly)?)\s+$/i.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
    const at = m.index! + m[0].length;
    const first = sessionCounts(text.slice(at, at + 90))[0];
    if (first && first.start === 0) found.push({ ...first, start: at + first.start, end: at + first.end });
  }
  const named = conclusionRequest(item);
  if (named) {
    for (const f of findFrequencies(named.text)) {
      const start = named.start + f.start;
      if (!found.some((c) => c.start <= start && start < c.end))
        found.push({ value: f.total, unit: 'sessions', text: f.text, start, end: named.start + f.end });
    }
  }
  return found;
}

/** Two frequencies differ when their rate or their duration does (a range holds the other's value). */
function frequenciesDiffer(a: readonly Frequency[], b: readonly Frequency[]): boolean {
  const within = (x: { min: number; max: number }, y: { min: number; max: number }) => x.min >= y.min && x.max <= y.max;
  return !(within(b[0].perWeek, a[0].perWeek) || within(a[0].perWeek, b[0].perWeek)) || !(within(b[0].weeks, a[0].weeks) || within(a[0].weeks, b[0].weeks));
}

/** "2 times a week for 6 weeks (12 sessions)"; a plain count stands for itself ("8 sessions"). */
function described(text: string, range: { min: number; max: number }): string {
  const written = text.trim();
  return /week|wk|\d\s*[x\u00d7]\s*\d/i.test(written) ? `${written} (${formatRange(range)} sessions)` : written;
}

export const frequencyMismatch = defineRule({
  id: 'frequency-mismatch',
  defaultSeverity: 'warning',
  description:
    'A frequency x duration ("2 times a week for 6 weeks" = 12) contradicts the session count the same title states, the count its rationale argues about, or the frequency a restatement of the request states (the rationale\'s opening sentence, the case summary).',
  tags: ['clinical'],
  fixable: true,
  checkItem({ item, summary, report }) {
    restatedFrequencies(item, summary, report);
    const request = item.title.request;
    const base = requestOffset(item);
    const frequencies = findFrequencies(request);
    const frequencyStarts = new Set(frequencies.map((f) => f.start));
    const all = sessionCounts(request).filter((c) => !frequencyStarts.has(c.start));
    const counts = all.filter((c) => c.value.min === c.value.max);
    const titleSpan = (c: { start: number; end: number }) => item.title.joined.spanOf(base + c.start, base + c.end);

    // Within the title: "2 times a week for 6 weeks (8 sessions)".
    for (const f of frequencies) {
      const contradicted = counts.find((c) => !inRange(c.value.min, f.total));
      if (!contradicted) continue;
      report({
        message: `"${f.text}" is ${formatRange(f.total)} sessions, but the request also says "${contradicted.text}". State one number of sessions.`,
        span: titleSpan(contradicted),
        related: [{ span: titleSpan(f), message: `${f.text} = ${formatRange(f.total)} sessions` }],
      });
      return;
    }

    const stated = [
      ...frequencies.map((f) => ({ range: f.total, text: f.text, start: f.start, end: f.end })),
      ...all.map((c) => ({ range: c.value, text: c.text, start: c.start, end: c.end })),
    ];
    if (stated.length === 0 || !item.rationale) return;
    // For a modified request the rationale may argue about the original or the authorized part.
    const modified = item.title.modified;
    const otherParts = modified ? [modified.original, modified.authorized ?? ''].flatMap((p) => sessionCounts(p).map((c) => c.value)) : [];
    for (const count of argued(item)) {
      const value = count.value;
      const matches = (range: { min: number; max: number }) => value.min >= range.min && value.max <= range.max;
      if (stated.some((s) => matches(s.range)) || otherParts.some(matches)) continue;
      const main = stated[0];
      report({
        message: `The request is for ${described(main.text, main.range)}, but the rationale argues about ${described(count.text, value)}. Argue about the number of sessions requested, or correct the request.`,
        span: item.rationale.content.spanOf(count.start, count.end),
        related: [{ span: titleSpan(main), message: `requested: ${main.text.trim()}` }],
      });
      return;
    }
  },
});

/** A restatement of the request (the rationale's opening sentence, the case summary) with another frequency. */
function restatedFrequencies(item: DisputedItem, summary: ItemSummary, report: (r: Report) => void): void {
  const base = requestOffset(item);
  // A modified request's restatements may name its original or authorized part.
  const modified = item.title.modified;
  const parts = modified ? [modified.original, modified.authorized ?? ''].flatMap(findFrequencies) : [];
  const differ = (a: readonly Frequency[], b: readonly Frequency[]) => frequenciesDiffer(a, b) && !parts.some((p) => !frequenciesDiffer([p], b));
  for (const { restatement, own, other } of contradictions(item, summary, findFrequencies, differ)) {
    // The closing sentence is read with the counts the rationale argues about (argued(), in checkItem).
    if (restatement.place === 'conclusion') continue;
    const { phrase } = restatement;
    const span = phrase.content.spanOf(phrase.start + other[0].start, phrase.start + other[0].end);
    report({
      message: `The request is for ${described(own[0].text, own[0].total)}, but ${PLACE_NAMES[restatement.place]} says ${described(other[0].text, other[0].total)}. State the requested frequency there, or correct the request.`,
      span,
      related: [{ span: item.title.joined.spanOf(base + own[0].start, base + own[0].end), message: `requested: ${own[0].text.trim()}` }],
      fixes: [{ title: `Change "${other[0].text}" to "${own[0].text}", as in the request`, changes: [{ span, newText: own[0].text }], safe: false }],
    });
  }
}
