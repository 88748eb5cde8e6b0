import { findWordNumerals, numberWord, singleCount, type Count } from '../analysis/quantities';
import type { DisputedItem } from '../model';
import type { Span } from '../text/span';
import { defineRule } from './rule';

interface Located {
  readonly count: Count;
  readonly span: Span;
  /** The other numbers of the part ("12 hours per day", "10/325mg"), which must not differ between the parts. */
  readonly rest: string;
}

/** The single count of one part of a modified request's title, located in the source. */
function partCount(item: DisputedItem, part: string | undefined, from: number, last = false): { located?: Located; next: number } {
  if (!part) return { next: from };
  const text = item.title.text;
  const at = last ? text.lastIndexOf(part) : text.indexOf(part, from);
  if (at < 0) return { next: from };
  const count = singleCount(part);
  const rest = (part.slice(0, count?.start ?? 0) + ' ' + part.slice(count?.end ?? 0)).match(/\d+(?:\.\d+)?/g)?.join(' ') ?? '';
  const located = count && count.value.min === count.value.max ? { count, span: item.title.joined.spanOf(at + count.start, at + count.end), rest } : undefined;
  return { located, next: at + part.length };
}

export const quantityMismatch = defineRule({
  id: 'quantity-mismatch',
  defaultSeverity: 'error',
  description:
    'A number word contradicts its numeral ("Two (3)"), or a modified request does not add up (original #60, #25 authorized: the remaining portion must be #35).',
  tags: ['clinical'],
  fixable: true,
  check({ model, report }) {
    for (const pair of findWordNumerals(model.text)) {
      if (pair.word.value === pair.numeral.value) continue;
      const word = numberWord(pair.numeral.value, pair.word.text);
      const written = model.text.slice(pair.start, pair.end).replace(/\s+/g, ' ');
      report({
        message: `"${written}": the word says ${pair.word.value} and the numeral says ${pair.numeral.value}. Make them agree.`,
        span: { start: pair.start, end: pair.end },
        fixes: [
          { title: `Change the numeral to ${pair.word.value}`, changes: [{ span: { start: pair.numeral.start, end: pair.numeral.end }, newText: String(pair.word.value) }], safe: false },
          ...(word ? [{ title: `Change the word to "${word}"`, changes: [{ span: { start: pair.word.start, end: pair.word.end }, newText: word }], safe: false }] : []),
        ],
      });
    }

    for (const item of model.items) {
      const modified = item.title.modified;
      if (modified?.form !== 'remaining-portion') continue;
      // Refills, per-order fills and the like are not subtracted from one another.
      if (/\brefills?\b/i.test(item.title.text)) continue;
      const original = partCount(item, modified.original, 0);
      const authorized = partCount(item, modified.authorized, original.next);
      const remaining = partCount(item, modified.remaining, authorized.next, true);
      const o = original.located;
      const a = authorized.located;
      const r = remaining.located;
      if (!o || !a || !r || o.count.unit !== a.count.unit || a.count.unit !== r.count.unit) continue;
      // The split must be in the counted quantity: "Home aide 12 hours per day, 5 times a week for 4 weeks" against
      // "6 hours per day, 5 times a week for 4 weeks" splits the hours, not the visits.
      if (o.rest !== a.rest || a.rest !== r.rest) continue;
      const left = o.count.value.min - a.count.value.min;
      if (left <= 0 || left === r.count.value.min) continue;
      report({
        message: `The original request (${o.count.text}) less what was authorized (${a.count.text}) leaves ${left}, but the remaining IMR eligible portion says ${r.count.text}. Correct the remaining portion, or the original or authorized quantity.`,
        span: r.span,
        related: [
          { span: o.span, message: `original request: ${o.count.text}` },
          { span: a.span, message: `authorized: ${a.count.text}` },
        ],
      });
    }
  },
});
