/**
 * Navigation over the items of a letter: which item a place belongs to, where an item's request
 * is named across the letter (title, case summary, rationale, closing sentence), and where the
 * closing sentence leads (the title it concludes on).
 */
import type { DisputedItem, LetterModel } from '../model';
import { DisjointSpans } from '../text/disjointSpans';
import type { Span } from '../text/span';

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** A pattern that finds a request in running text: case-insensitive, any white space (line breaks) between words. */
export function requestPattern(request: string): RegExp | undefined {
  const words = request.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || request.trim().length < 3) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * A text folded as the request patterns' case-insensitive matching folds it, for ASCII letters:
 * lower case, and the long s, which the patterns match as "s" and lower-casing leaves (the Kelvin
 * sign, the other such letter, lower-cases to "k").
 */
function foldedForWords(text: string): string {
  return text.toLowerCase().replace(/\u017f/gu, 's');
}

/**
 * Whether each word of a request is in the folded text: what a request's pattern needs to match
 * there. A word that is not printable ASCII is not looked for (its folding is the pattern's business).
 */
function wordsMayBeIn(request: string, folded: string): boolean {
  for (const word of request.trim().split(/\s+/)) if (/^[ -~]+$/.test(word) && !folded.includes(word.toLowerCase())) return false;
  return true;
}

export interface RequestOccurrence {
  readonly span: Span;
  /** The item's title (where the request is stated) as opposed to a later mention. */
  readonly isTitle: boolean;
}

/**
 * Every place the letter names the item's request, in order: the title, then each mention that
 * overlaps none found before it (the longer names are looked for first). The places are kept as
 * disjoint spans, so that each mention is checked against the few it could overlap: a request
 * named 12,800 times in a case summary took 114 ms to highlight when each mention was compared
 * with all the places found before it (4.8 ms now).
 */
export function requestOccurrences(model: LetterModel, item: DisputedItem): RequestOccurrence[] {
  const found = new DisjointSpans<Span & { readonly isTitle: boolean }>((a, b) => a.start < b.end && b.start < a.end);
  found.add({ ...item.title.span, isTitle: true });
  const names = new Set([item.title.request, item.title.text]);
  if (item.title.modified) {
    names.add(item.title.modified.original);
    if (item.title.modified.remaining) names.add(item.title.modified.remaining);
  }
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const pattern = requestPattern(name);
    if (!pattern) continue;
    for (const m of model.text.matchAll(pattern)) {
      const span = { start: m.index!, end: m.index! + m[0].length, isTitle: false };
      if (!found.meets(span)) found.add(span);
    }
  }
  return found.list.map(({ start, end, isTitle }) => ({ span: { start, end }, isTitle }));
}

/** The item whose request is named at an offset (its title, its conclusion, or any mention of it). */
export function itemNamedAt(model: LetterModel, offset: number): DisputedItem | undefined {
  const direct = model.items.find(
    (item) => within(item.title.lineSpan, offset) || (item.rationale?.conclusion !== undefined && within(item.rationale.conclusion.span, offset)),
  );
  if (direct) return direct;
  // A mention elsewhere: the longest request named there.
  let best: { item: DisputedItem; length: number } | undefined;
  const line = model.lines.lineAt(offset);
  // Look in a window around the offset (a request may wrap onto the next line).
  const from = Math.max(0, line.start - 400);
  const to = Math.min(model.text.length, line.end + 400);
  const window = model.text.slice(from, to);
  const folded = foldedForWords(window);
  for (const item of model.items) {
    // Most requests are not in the window: their patterns are not compiled (a letter of 6,400 items compiled 6,400 at each highlight).
    if (!wordsMayBeIn(item.title.request, folded)) continue;
    const pattern = requestPattern(item.title.request);
    if (!pattern) continue;
    for (const m of window.matchAll(pattern)) {
      const start = from + m.index!;
      if (offset >= start && offset <= start + m[0].length && (!best || m[0].length > best.length)) best = { item, length: m[0].length };
    }
  }
  return best?.item;
}

/** From an item's closing sentence to the title it concludes on. */
export function definitionAt(model: LetterModel, offset: number): Span | undefined {
  for (const item of model.items) {
    const conclusion = item.rationale?.conclusion;
    if (conclusion && within(conclusion.span, offset)) return item.title.span;
  }
  return undefined;
}
