/**
 * Memoises a pure function of a string. Across versions of a document most texts (titles,
 * rationales) come back unchanged, often as the very same string; their analysis is kept
 * in a bounded map and reused. Results must be treated as read-only by callers.
 */

/** Stands for an undefined result in the map, so that a hit is one lookup. */
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

/**
 * What `compute` gives for `key`, kept in `cache`: a map that is emptied when it holds `limit`
 * entries (a few letters' worth), so that it never grows with a long session. For callers whose
 * computation needs more than the key (the model the key was made from).
 */
export function remembered<K, T>(cache: Map<K, T>, key: K, limit: number, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/**
 * Memoises a pure function of an object by its identity (a model: every rule that asks gets the
 * one result computed for that version of the letter). Results must be treated as read-only.
 */
export function memoByObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key: K) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
