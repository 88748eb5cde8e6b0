import { memoByText } from './memoByText';

/** Edit distance (insertions, deletions, substitutions), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Lower-case, collapse white space, unify dashes and quotes: the key under which names are
 * compared. Memoised: the same few hundred names (cited and catalog labels) are asked for on
 * every citation.
 */
export const normalizeName = memoByText((text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim(),
);

/**
 * The candidate nearest to `text`, if it is near enough to be a misspelling of it: at most a
 * third of the word's length and never more than `maxDistance` edits away.
 */
export function nearest(text: string, candidates: Iterable<string>, maxDistance = 3): { value: string; distance: number } | undefined {
  const key = normalizeName(text);
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(key.length / 3)));
  let best: { value: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key, normalizeName(candidate), best ? Math.min(best.distance, limit) : limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { value: candidate, distance };
  }
  return best && best.distance > 0 ? best : undefined;
}
