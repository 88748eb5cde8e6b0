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
