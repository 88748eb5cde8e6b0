/**
 * The letter's titles as one value. Which item a phrase names depends only on the items' titles
 * and their order, so it is kept under a number that is the same for two versions of a letter
 * whose titles are the same: an edit that changes no title decides nothing about them again.
 */
import type { DisputedItem, LetterModel } from '../model';
import { memoByObject, remembered } from '../text/memoByText';
import { wholeTitleTokens } from './requests';

/** The numbers of the lists of titles seen lately (the open letters), by the list. */
const generations = new Map<string, number>();
let nextGeneration = 0;

/** The last model a generation was found for: the next version of the same letter is compared with it title by title. */
let last: { readonly items: readonly DisputedItem[]; readonly generation: number } | undefined;

/** Whether two item lists have the same titles in the same order (a kept or moved item shares its title's string: most compare at once). */
function sameTitles(a: readonly DisputedItem[], b: readonly DisputedItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].title.text !== b[i].title.text) return false;
  return true;
}

/** A number that is the same for models whose items have the same titles in the same order. */
export const titlesGeneration = memoByObject((model: LetterModel): number => {
  if (last && sameTitles(last.items, model.items)) return last.generation;
  const generation = generationOf(model.items);
  last = { items: model.items, generation };
  return generation;
});

function generationOf(items: readonly DisputedItem[]): number {
  return remembered(generations, items.map((item) => item.title.text).join('\u0000'), 64, () => nextGeneration++);
}

const indexes = new Map<number, ReadonlyMap<string, readonly number[]>>();

/** The items (by index) whose whole title holds each content word; one index per titles generation. */
export function itemsByTitleWord(model: LetterModel): ReadonlyMap<string, readonly number[]> {
  return remembered(indexes, titlesGeneration(model), 8, () => {
    const built = new Map<string, number[]>();
    model.items.forEach((item, i) => {
      for (const word of wholeTitleTokens(item)) {
        const list = built.get(word);
        if (list) list.push(i);
        else built.set(word, [i]);
      }
    });
    return built;
  });
}
