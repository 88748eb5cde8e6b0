import { contentTokens, coverage, titleTokens, wholeTitleTokens } from '../analysis/requests';
import { ownRestatements, PLACE_NAMES } from '../analysis/restatements';
import type { DisputedItem } from '../model';
import { defineRule } from './rule';

/** Shared words over all words of the two (Jaccard): how closely a phrase names a title. */
function closeness(words: ReadonlySet<string>, title: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of words) if (title.has(w)) shared++;
  const all = words.size + title.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * The sibling item a phrase names better than its own item: closer to the sibling's title, with a
 * word of the sibling's that the own title lacks ("lower" for the "upper extremities" item), and
 * naming at least half of the sibling's words. Titles that differ only in side, level or number
 * tie (those words are not counted) and are the other consistency rules' business.
 */
function namedSibling(items: readonly DisputedItem[], item: DisputedItem, words: ReadonlySet<string>): DisputedItem | undefined {
  const own = wholeTitleTokens(item);
  const ownCloseness = closeness(words, own);
  let best: { item: DisputedItem; closeness: number } | undefined;
  for (const other of items) {
    if (other === item) continue;
    const theirs = wholeTitleTokens(other);
    const c = closeness(words, theirs);
    if (c <= ownCloseness || (best && c <= best.closeness)) continue;
    const telling = [...words].some((w) => theirs.has(w) && !own.has(w));
    if (telling && coverage(titleTokens(other), words) >= 0.5) best = { item: other, closeness: c };
  }
  return best?.item;
}

export const conclusionNamesOtherRequest = defineRule({
  id: 'conclusion-names-other-request',
  defaultSeverity: 'warning',
  description:
    'The rationale\'s opening or closing sentence names another item\'s request better than its own (a rationale copied from a sibling item), however many words the two titles share.',
  tags: ['clinical', 'decision'],
  fixable: true,
  check({ model, report }) {
    if (model.items.length < 2) return;
    for (const item of model.items) {
      for (const { place, phrase } of ownRestatements(item)) {
        const words = contentTokens(phrase.text);
        if (words.size === 0) continue;
        const sibling = namedSibling(model.items, item, words);
        if (!sibling) continue;
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
      }
    }
  },
});
