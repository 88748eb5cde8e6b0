import { contentTokens, coverage, titleTokens, wholeTitleTokens } from '../analysis/requests';
import { ownRestatements, PLACE_NAMES } from '../analysis/restatements';
import { itemsByTitleWord, titlesGeneration } from '../analysis/titles';
import type { DisputedItem } from '../model';
import { itemIdentity, type ItemIdentity } from '../parse/items';
import { defineRule } from './rule';

/** Shared words over all words of the two (Jaccard): how closely a phrase names a title. */
function closeness(words: ReadonlySet<string>, title: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of words) if (title.has(w)) shared++;
  const all = words.size + title.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * The sibling item (its index) a phrase names better than its own item, the one at `own`: closer
 * to the sibling's title, with a word of the sibling's that the own title lacks ("lower" for the
 * "upper extremities" item), and naming at least half of the sibling's words. Titles that differ
 * only in side, level or number tie (those words are not counted) and are the other consistency
 * rules' business.
 */
function namedSibling(byWord: ReadonlyMap<string, readonly number[]>, items: readonly DisputedItem[], own: number, words: ReadonlySet<string>): number {
  const ownWords = wholeTitleTokens(items[own]);
  // Only a title holding a word the own title lacks can be the one named: most sentences name their own item and stop here.
  const candidates = new Set<number>();
  for (const w of words) if (!ownWords.has(w)) for (const other of byWord.get(w) ?? []) if (other !== own) candidates.add(other);
  if (candidates.size === 0) return -1;
  const ownCloseness = closeness(words, ownWords);
  let best: { index: number; closeness: number } | undefined;
  for (const other of candidates) {
    const c = closeness(words, wholeTitleTokens(items[other]));
    if (c <= ownCloseness || (best && c <= best.closeness)) continue;
    if (coverage(titleTokens(items[other]), words) >= 0.5) best = { index: other, closeness: c };
  }
  return best ? best.index : -1;
}

export const conclusionNamesOtherRequest = defineRule({
  id: 'conclusion-names-other-request',
  defaultSeverity: 'warning',
  description:
    "The rationale's opening or closing sentence names another item's request better than its own (a rationale copied from a sibling item), however many words the two titles share.",
  tags: ['clinical', 'decision'],
  fixable: true,
  check({ model, report }) {
    if (model.items.length < 2) return;
    const titles = titlesGeneration(model);
    for (let index = 0; index < model.items.length; index++) {
      const item = model.items[index];
      const identity = itemIdentity(item);
      let named = identity && namedByItem.get(identity);
      if (!named || named.titles !== titles) {
        const byWord = itemsByTitleWord(model);
        const siblings = ownRestatements(item).map(({ phrase }) => {
          const words = contentTokens(phrase.text);
          return words.size === 0 ? -1 : namedSibling(byWord, model.items, index, words);
        });
        named = { titles, siblings, namesOne: siblings.some((s) => s >= 0) };
        if (identity) namedByItem.set(identity, named);
      }
      // Most items name no sibling: a keystroke in a long letter passes them by with one lookup each.
      if (!named.namesOne) continue;
      const { siblings } = named;
      ownRestatements(item).forEach(({ place, phrase }, n) => {
        const sibling = model.items[siblings[n]];
        if (!sibling) return;
        const span = phrase.content.spanOf(phrase.start, phrase.end);
        report({
          message: `${PLACE_NAMES[place][0].toUpperCase()}${PLACE_NAMES[place].slice(1)} names "${phrase.text}", which is the request of another item ("${sibling.title.request}"), not this item's "${item.title.request}". A rationale copied from a sibling item decides the wrong request: name this item's request.`,
          span,
          related: [
            { span: item.title.span, message: `this item's request: ${item.title.request}` },
            { span: sibling.title.span, message: `the item it names: ${sibling.title.request}` },
          ],
          fixes: [{ title: `Name this item's request: "${item.title.request}"`, changes: [{ span, newText: item.title.request }], safe: false }],
        });
      });
    }
  },
});

/**
 * Which sibling each own restatement of an item names (its index, -1 for none), and whether one
 * names any, decided while the letter's titles are those of generation `titles`: an edit that
 * changes no title decides again only for the edited item.
 */
const namedByItem = new WeakMap<ItemIdentity, { readonly titles: number; readonly siblings: readonly number[]; readonly namesOne: boolean }>();
