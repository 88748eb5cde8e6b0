/**
 * The letter's narrative text read from the model: the clinical case summary as one joined
 * paragraph, and each item's rationale, with sentence bounds. Computed from the model (never by
 * re-reading the file) and memoised per model, so several rules share one computation.
 */
import type { DisputedItem, LetterModel } from '../model';
import { JoinedText } from '../text/joinedText';
import { detached } from '../text/detached';
import type { Span } from '../text/span';
import { memoByObject, memoByText } from '../text/memoByText';

export interface Passage {
  readonly where: 'summary' | 'rationale';
  /** The item a rationale belongs to. */
  readonly item?: DisputedItem;
  readonly content: JoinedText;
}

/**
 * The last case summary read: its body's place and source text (a copy), its joined text and its
 * key. The next version of a letter, edited elsewhere, has the same body at the same place: it is
 * recognised by comparing the source text, not read again line by line and hashed anew as a key.
 */
let lastSummary: { readonly start: number; readonly source: string; readonly joined: JoinedText | undefined; readonly key: string } | undefined;

/** The last summary, when `model`'s case summary body is the same text at the same place. */
function sameSummary(model: LetterModel, body: Span): typeof lastSummary {
  return lastSummary && lastSummary.start === body.start && lastSummary.source === model.text.slice(body.start, body.end) ? lastSummary : undefined;
}

/** The case summary's body as one joined text (page breaks and wrapping removed), or undefined. */
export const caseSummary = memoByObject((model: LetterModel): JoinedText | undefined => {
  const section = model.sections.find((s) => s.id === 'case-summary');
  if (!section) return undefined;
  const same = sameSummary(model, section.bodySpan);
  if (same) return same.joined;
  const joined = readSummary(model, section.bodySpan);
  lastSummary = {
    start: section.bodySpan.start,
    source: detached(model.text.slice(section.bodySpan.start, section.bodySpan.end)),
    joined,
    key: summaryKey(model, joined),
  };
  return joined;
});

/** The summary body's lines joined (undefined when they hold nothing). */
function readSummary(model: LetterModel, body: Span): JoinedText | undefined {
  const lines = model.lines;
  const spans: Span[] = [];
  for (let i = lines.indexAt(body.start); i < lines.count && lines.endOf(i) <= body.end; i++) {
    const start = lines.startOf(i);
    if (start >= body.start) spans.push({ start, end: lines.endOf(i) });
  }
  const joined = JoinedText.fromSpans(model.text, spans);
  return joined.isEmpty ? undefined : joined;
}

/**
 * The case summary as a key: where it is and its source text. What is read from the summary
 * alone is kept under it across edits elsewhere in the letter ('' without a summary).
 */
export const caseSummarySource = memoByObject((model: LetterModel): string => {
  const summary = caseSummary(model);
  // The key made when this summary was read (the same string, its hash known), when it is the last one read.
  return summary !== undefined && lastSummary?.joined === summary ? lastSummary.key : summaryKey(model, summary);
});

function summaryKey(model: LetterModel, summary: JoinedText | undefined): string {
  if (!summary) return '';
  const { start, end } = summary.span;
  return `${start}\u0000${model.text.slice(start, end)}`;
}

/** The summary and every rationale, in letter order. */
export function passages(model: LetterModel): Passage[] {
  const list: Passage[] = [];
  const summary = caseSummary(model);
  if (summary) list.push({ where: 'summary', content: summary });
  for (const item of model.items) {
    if (item.rationale && !item.rationale.content.isEmpty) list.push({ where: 'rationale', item, content: item.rationale.content });
  }
  return list;
}

export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/** A sentence ends at ".", "!" or "?" followed by space and a capital, a digit or a quote ("37.5mg" and "e.g." do not end one). */
const SENTENCE_END = /[.!?]["”')\]]*\s+(?=["“(]?[A-Z0-9])/g;

/** Sentence bounds of a text, in order (memoised: a summary and a rationale are split by several readers; read-only). */
export const sentences = memoByText((text: string): readonly Bounds[] => {
  const list: Bounds[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + 1;
    // "Dr. Smith", "vs. B": a short capitalised abbreviation does not end a sentence.
    if (/\b(?:Dr|Mr|Mrs|Ms|vs|No|St|pg|Fig)$/.test(text.slice(Math.max(start, m.index! - 4), m.index!))) continue;
    if (end > start) list.push({ start, end });
    start = m.index! + m[0].length;
  }
  if (start < text.length) list.push({ start, end: text.length });
  return list;
});

/** The text of the same sentence before `offset`, at most `limit` characters. */
export function leftContext(text: string, offset: number, limit = 120): string {
  const window = text.slice(Math.max(0, offset - limit), offset);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return cut >= 0 ? window.slice(cut + 2) : window;
}

/** The text of the same sentence after `offset`, at most `limit` characters. */
export function rightContext(text: string, offset: number, limit = 160): string {
  const window = text.slice(offset, offset + limit);
  const m = /[.!?](?:\s|$)/.exec(window);
  return m ? window.slice(0, m.index) : window;
}

/** The sentence holding `offset`. */
export function sentenceAt(text: string, offset: number, limit = 400): string {
  return leftContext(text, offset, limit) + rightContext(text, offset, limit);
}
