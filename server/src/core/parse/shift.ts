/**
 * Moving any model value (an item rule's reports, with their related spans and fixes) to another
 * place in the document: an edit moves what follows it, and the reports of an item it left as it
 * was are reused, shifted by the edit's length difference, instead of being computed again (see
 * lint.ts; the items themselves are moved by the typed shiftItem).
 */
import { JoinedText } from '../text/joinedText';

/** Offsets that are plain numbers rather than spans. */
const OFFSET_KEYS = new Set(['insertAt']);

/** A deep copy of a model value with every span and offset at or after `from` moved by `delta`. */
export function shiftDeep<T>(value: T, delta: number, from = 0): T {
  if (delta === 0) return value;
  return shiftValue(value, delta, from) as T;
}

function shiftValue(value: unknown, delta: number, from: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof JoinedText) return value.shifted(delta);
  if (Array.isArray(value)) return value.map((v) => shiftValue(v, delta, from));
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const isSpan = typeof source.start === 'number' && typeof source.end === 'number';
  const moves = !isSpan || (source.start as number) >= from;
  for (const key of Object.keys(source)) {
    const v = source[key];
    if (isSpan && (key === 'start' || key === 'end')) copy[key] = moves ? (v as number) + delta : v;
    else if (OFFSET_KEYS.has(key) && typeof v === 'number') copy[key] = v >= from ? v + delta : v;
    else copy[key] = shiftValue(v, delta, from);
  }
  return copy;
}
