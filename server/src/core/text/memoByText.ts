/**
 * Memoises a pure function of a string. Across versions of a document most texts (titles,
 * rationales) come back unchanged, often as the very same string; their analysis is kept in a
 * bounded map and reused. Results must be treated as read-only by callers.
 */
/** For functions of one line: a megabyte letter has some 20,000 lines, and each edit reads them all. */
export const LINE_MEMO_LIMIT = 32_768;

export function memoByText<T>(compute: (text: string) => T, limit = 8192): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value as T;
  };
}
