/**
 * Reading a letter piecewise: the text between its items as it is, and each item once per version
 * of its text. An edit moves the items after it without changing them, so what was found in an
 * item is kept under the item's identity, relative to the item's start, and only moved.
 */
import type { DisputedItem, LetterModel } from '../model';
import { itemIdentity, type ItemIdentity } from '../parse/items';
import { isBlankBetween } from '../text/isBlankBetween';
import { detached } from '../text/detached';
import { memoByObject, remembered } from '../text/memoByText';
import type { Span } from '../text/span';

/**
 * The stretches of the letter outside its items that hold anything, in order, found once per model
 * (three rules read them). Most stretches between two items are blank lines, where nothing can be
 * found: they are left out, tested in place.
 */
export const betweenItems = memoByObject((model: LetterModel): readonly Span[] => {
  const stretches: Span[] = [];
  const add = (start: number, end: number) => {
    if (end > start && !isBlankBetween(model.text, start, end)) stretches.push({ start, end });
  };
  let position = 0;
  for (const item of model.items) {
    add(position, item.span.start);
    position = Math.max(position, item.span.end);
  }
  add(position, model.text.length);
  return stretches;
});

/**
 * The key each map of kept stretches last used for a stretch starting at an offset. A keystroke in an
 * item leaves the stretches (the header, the case summary) as they were: the stretch's text is then
 * compared with that key, character by character, instead of hashed anew to be looked up.
 */
const recentKeys = new WeakMap<Map<string, unknown>, Map<number, string>>();

/** What `scan` finds in a stretch between items (offsets relative to it), kept by the stretch's text in `kept`. */
export function keptForStretch<T>(kept: Map<string, readonly T[]>, text: string, stretch: Span, scan: (text: string) => readonly T[]): readonly T[] {
  const piece = text.slice(stretch.start, stretch.end);
  let recent = recentKeys.get(kept);
  if (!recent) recentKeys.set(kept, (recent = new Map()));
  const known = recent.get(stretch.start);
  const same = known === piece ? kept.get(known) : undefined;
  if (same) return same;
  // A new entry is kept under a copy: the slice would keep this version of the whole letter alive as long as the entry.
  const key = detached(piece);
  if (recent.size >= 64) recent.clear();
  recent.set(stretch.start, key);
  return kept.get(key) ?? remembered(kept, key, 64, () => scan(piece));
}

/** What `find` gives for an item (offsets relative to the item's start), kept while the item's text is unchanged. */
export function keptForItem<T>(kept: WeakMap<ItemIdentity, readonly T[]>, item: DisputedItem, find: () => readonly T[]): readonly T[] {
  const identity = itemIdentity(item);
  let found = identity && kept.get(identity);
  if (!found) {
    found = find();
    if (identity) kept.set(identity, found);
  }
  return found;
}

/** What `scan` finds in an item's text (offsets relative to the item's start), kept in `kept` while the text is unchanged. */
function scannedItem<T>(model: LetterModel, kept: WeakMap<ItemIdentity, readonly T[]>, item: DisputedItem, scan: (text: string) => readonly T[]): readonly T[] {
  return keptForItem(kept, item, () => scan(model.text.slice(item.span.start, item.span.end)));
}

/**
 * What each reader (known by its map of kept items) found in the stretches between items, by the
 * stretch's text: an edit in an item leaves the header and the case summary as they were.
 */
const keptGaps = new WeakMap<object, Map<string, readonly unknown[]>>();

/** What a scan found in one piece of the letter, a stretch between items or an item, with offsets relative to the piece's start. */
export interface Piece<T> {
  readonly start: number;
  readonly end: number;
  readonly found: readonly T[];
}

/**
 * `scan` over the whole letter in pieces: the stretches between items that hold anything (kept by
 * their text), and each item's text (kept in `kept`). What each piece holds stays relative to it:
 * an edit moves the pieces after it, and placing everything found in them anew would cost the
 * letter's length. Pieces where nothing was found are left out. A match cannot span two pieces:
 * items start on a line of their own.
 */
export function scanPiecewise<T>(model: LetterModel, kept: WeakMap<ItemIdentity, readonly T[]>, scan: (text: string) => readonly T[]): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  const add = (start: number, end: number, found: readonly T[]) => {
    if (found.length > 0) pieces.push({ start, end, found });
  };
  const text = model.text;
  const gaps = betweenItems(model);
  let gap = 0;
  let gapsKept = keptGaps.get(kept) as Map<string, readonly T[]> | undefined;
  if (!gapsKept) keptGaps.set(kept, (gapsKept = new Map()));
  const scanGapsBefore = (end: number) => {
    for (; gap < gaps.length && gaps[gap].start < end; gap++) add(gaps[gap].start, gaps[gap].end, keptForStretch(gapsKept, text, gaps[gap], scan));
  };
  for (const item of model.items) {
    scanGapsBefore(item.span.start);
    add(item.span.start, item.span.end, scannedItem(model, kept, item, scan));
  }
  scanGapsBefore(text.length);
  return pieces;
}
