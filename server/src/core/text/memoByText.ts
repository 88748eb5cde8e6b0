/**
 * Memoises a pure function of a string. Across versions of a document most texts (titles,
 * rationales, lines) come back unchanged, often as the very same string; their analysis is kept
 * in a bounded map and reused. Results must be treated as read-only by callers.
 */

/** For functions of one line: a megabyte letter has some 20,000 lines, and each edit reads them all. */
export const LINE_MEMO_LIMIT = 32_768;

/** Stands for an undefined result in the map, so that a hit is one lookup (most lines have no heading, no label). */
const UNDEFINED = Symbol('undefined');

export function memoByText<T>(compute: (text: string) => T, limit = 8192): (text: string) => T {
  const cache = new Map<string, T | typeof UNDEFINED>();
  return (text: string) => {
    const cached = cache.get(text);
    if (cached !== undefined) return (cached === UNDEFINED ? undefined : cached) as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(text);
    cache.set(text, value === undefined ? UNDEFINED : value);
    return value;
  };
}
