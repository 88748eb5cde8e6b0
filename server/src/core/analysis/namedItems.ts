/**
 * Which items a phrase names: those whose request's content words it holds at least three
 * quarters of (NAMES_TITLE). Found without comparing the phrase with every title: each title is
 * listed under only as many of its words as it can lack and still be named, plus one, so that a
 * phrase naming it holds at least one of them (its rarest words, so that the lists stay short).
 * Comparing every phrase of a summary with every title took 4.8 s for a summary naming each of
 * 6,400 items.
 */
import { coverage, NAMES_TITLE } from './requests';

export class NamedItems {
  private readonly byWord = new Map<string, number[]>();

  /** `titles`: the content words of each item's request, by item index. */
  constructor(private readonly titles: readonly ReadonlySet<string>[]) {
    const frequency = new Map<string, number>();
    for (const words of titles) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    titles.forEach((words, index) => {
      // A title without content words is named by no phrase (its coverage is 0).
      if (words.size === 0) return;
      const lackable = words.size - Math.ceil(words.size * NAMES_TITLE);
      const rarest = [...words].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
      for (const word of rarest.slice(0, lackable + 1)) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    });
  }

  /** The indices, ascending, of the items a phrase with these words names; undefined when it names more than `most`. */
  namedBy(words: ReadonlySet<string>, most: number): number[] | undefined {
    const tried = new Set<number>();
    const named: number[] = [];
    for (const word of words) {
      for (const index of this.byWord.get(word) ?? []) {
        if (tried.has(index)) continue;
        tried.add(index);
        if (coverage(this.titles[index], words) < NAMES_TITLE) continue;
        named.push(index);
        if (named.length > most) return undefined;
      }
    }
    return named.sort((a, b) => a - b);
  }
}
