import { betweenItems } from '../analysis/piecewise';
import { findWordNumerals, numberWord, singleCount, type Count } from '../analysis/quantities';
import { contentTokens, coverage, NAMES_TITLE, requestOffset } from '../analysis/requests';
import { contradictions, PLACE_NAMES, type ItemSummary, type ModifiedCopy } from '../analysis/restatements';
import type { Fix, Report } from '../findings';
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
    'A number word contradicts its numeral ("Two (3)"), a modified request does not add up (original #60, #25 authorized: the remaining portion must be #35), or a restatement of the request (the rationale\'s opening or closing sentence, the case summary and its copy of a modified request) states another quantity ("#60" vs "#90", "x 12" vs "x 8").',
  tags: ['clinical'],
  fixable: true,
  // Word numerals are read item by item (kept with the item across edits) and, by the letter rule, between items.
  check({ model, report }) {
    for (const { start, end } of betweenItems(model)) wordNumerals(model.text, start, end, report);
  },
  checkItem({ item, summary, textOf, report }) {
    wordNumerals(textOf(item.span), 0, item.span.end - item.span.start, report, item.span.start);
    remainingPortion(item, report);
    for (const r of restatedQuantities(item, summary)) report(r);
    for (const r of copiedQuantities(item, summary.copies)) report(r);
  },
});

/** "Two (3)": number words that contradict their numerals in text[from, to); offsets plus `base` are the letter's. */
function wordNumerals(text: string, from: number, to: number, report: (r: Report) => void, base = 0): void {
  if (to <= from) return;
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const at = base + from;
  for (const pair of findWordNumerals(region)) {
    if (pair.word.value === pair.numeral.value) continue;
    const word = numberWord(pair.numeral.value, pair.word.text);
    const written = region.slice(pair.start, pair.end).replace(/\s+/g, ' ');
    report({
      message: `"${written}": the word says ${pair.word.value} and the numeral says ${pair.numeral.value}. Make them agree.`,
      span: { start: at + pair.start, end: at + pair.end },
      fixes: [
        {
          title: `Change the numeral to ${pair.word.value}`,
          changes: [{ span: { start: at + pair.numeral.start, end: at + pair.numeral.end }, newText: String(pair.word.value) }],
          safe: false,
        },
        ...(word
          ? [
              {
                title: `Change the word to "${word}"`,
                changes: [{ span: { start: at + pair.word.start, end: at + pair.word.end }, newText: word }],
                safe: false,
              },
            ]
          : []),
      ],
    });
  }
}

/** A modified request whose remaining portion is not the original less what was authorized. */
function remainingPortion(item: DisputedItem, report: (r: Report) => void): void {
  const modified = item.title.modified;
  if (modified?.form !== 'remaining-portion') return;
  // Refills, per-order fills and the like are not subtracted from one another.
  if (/\brefills?\b/i.test(item.title.text)) return;
  const original = partCount(item, modified.original, 0);
  const authorized = partCount(item, modified.authorized, original.next);
  const remaining = partCount(item, modified.remaining, authorized.next, true);
  const o = original.located;
  const a = authorized.located;
  const r = remaining.located;
  if (!o || !a || !r || o.count.unit !== a.count.unit || a.count.unit !== r.count.unit) return;
  // The split must be in the counted quantity: "Home aide 12 hours per day, 5 times a week for 4 weeks" against
  // "6 hours per day, 5 times a week for 4 weeks" splits the hours, not the visits.
  if (o.rest !== a.rest || a.rest !== r.rest) return;
  const left = o.count.value.min - a.count.value.min;
  if (left <= 0 || left === r.count.value.min) return;
  report({
    message: `The original request (${o.count.text}) less what was authorized (${a.count.text}) leaves ${left}, but the remaining IMR eligible portion says ${r.count.text}. Correct the remaining portion, or the original or authorized quantity.`,
    span: r.span,
    related: [
      { span: o.span, message: `original request: ${o.count.text}` },
      { span: a.span, message: `authorized: ${a.count.text}` },
    ],
  });
}

/** A rate: "2 times a week", "2x4", "three times": frequency-mismatch reads those. */
const RATE = /\d\s*[x\u00d7]\s*\d|\b(?:once|twice|\d+|one|two|three|four|five|six)\s+times\b|week|\bwk|month|daily|\bday/i;

/** The one count a phrase states ("#60", "x 12", "twelve (12) sessions"), unless it states a rate. */
function countOf(text: string): Count[] {
  if (RATE.test(text)) return [];
  const count = singleCount(text);
  return count ? [count] : [];
}

function countsDiffer(a: readonly Count[], b: readonly Count[]): boolean {
  return a[0].unit === b[0].unit && (a[0].value.min !== b[0].value.min || a[0].value.max !== b[0].value.max);
}

/** A restatement of the request with another quantity: reported there, related to the request. */
function restatedQuantities(item: DisputedItem, summary: ItemSummary): Report[] {
  const base = requestOffset(item);
  // A modified request's restatements may name its original or authorized part ("the original request for #60").
  const modified = item.title.modified;
  const parts = modified ? [modified.original, modified.authorized ?? ''].flatMap((p) => singleCount(p) ?? []) : [];
  const differ = (a: readonly Count[], b: readonly Count[]) => countsDiffer(a, b) && !parts.some((p) => !countsDiffer([p], b));
  // The summary's copy of a modified request is compared part by part (copiedQuantities).
  const copies = summary.copies.map((c) => ({ start: c.original.start, end: c.remaining.end }));
  const inCopy = (start: number, end: number) => copies.some((c) => start < c.end && c.start < end);
  const found = contradictions(item, summary, countOf, differ).filter(({ restatement: r }) => r.place !== 'summary' || !inCopy(r.phrase.start, r.phrase.end));
  return found.map(({ restatement, own, other, titleIsOddOneOut }) => {
    const { phrase } = restatement;
    const span = phrase.content.spanOf(phrase.start + other[0].start, phrase.start + other[0].end);
    const titleSpan = item.title.joined.spanOf(base + own[0].start, base + own[0].end);
    const fixRestatement: Fix = {
      title: `Change "${other[0].text}" to "${own[0].text}", as in the request`,
      changes: [{ span, newText: own[0].text }],
      safe: false,
    };
    const fixTitle: Fix = {
      title: `Change the request's "${own[0].text}" to "${other[0].text}", as every restatement says`,
      changes: [{ span: titleSpan, newText: other[0].text }],
      safe: false,
    };
    return {
      message: `The request is for ${own[0].text.trim()}, but ${PLACE_NAMES[restatement.place]} says ${other[0].text.trim()}. State the requested quantity there, or correct the request.`,
      span,
      related: [{ span: titleSpan, message: `the request's quantity: ${own[0].text.trim()}` }],
      fixes: titleIsOddOneOut ? [fixTitle, fixRestatement] : [fixRestatement],
    };
  });
}

/** The case summary's copy of the item's modified request with another authorized or remaining quantity. */
function copiedQuantities(item: DisputedItem, copies: readonly ModifiedCopy[]): Report[] {
  const modified = item.title.modified;
  if (modified?.form !== 'remaining-portion') return [];
  const reports: Report[] = [];
  const own = contentTokens(modified.original);
  for (const copy of copies) {
    if (coverage(own, contentTokens(copy.original.text)) < NAMES_TITLE) continue;
    for (const [name, titlePart, copied] of [
      ['original request', modified.original, copy.original],
      ['authorized part', modified.authorized, copy.authorized],
      ['remaining IMR eligible portion', modified.remaining, copy.remaining],
    ] as const) {
      const report = copiedPart(item, copy, name, titlePart, copied);
      if (report) reports.push(report);
    }
  }
  return reports;
}

function copiedPart(item: DisputedItem, copy: ModifiedCopy, name: string, titlePart: string | undefined, copied: ModifiedCopy['original']): Report | undefined {
  if (!titlePart) return undefined;
  const ours = countOf(titlePart);
  const theirs = countOf(copied.text);
  if (ours.length === 0 || theirs.length === 0 || !countsDiffer(ours, theirs)) return undefined;
  const at = item.title.text.indexOf(titlePart);
  const span = copy.content.spanOf(copied.start + theirs[0].start, copied.start + theirs[0].end);
  const titleSpan = at >= 0 ? item.title.joined.spanOf(at + ours[0].start, at + ours[0].end) : item.title.span;
  return {
    message: `The item's ${name} is ${ours[0].text.trim()}, but the case summary's copy of the modified request says ${theirs[0].text.trim()}. Copy the title's quantities, or correct the title.`,
    span,
    related: [{ span: titleSpan, message: `the title's ${name}: ${ours[0].text.trim()}` }],
    fixes: [{ title: `Change "${theirs[0].text}" to "${ours[0].text}", as in the title`, changes: [{ span, newText: ours[0].text }], safe: false }],
  };
}
