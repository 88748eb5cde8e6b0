/**
 * Moving any model value (an item rule's reports, with their related spans and fixes) to another
 * place in the document: an edit moves what follows it, and the reports of an item it left as it
 * was are reused, shifted by the edit's length difference, instead of being computed again (see
 * lint.ts; the items themselves are moved by the typed shiftItem).
 */
import { JoinedText } from '../text/joinedText';

/** Offsets that are plain numbers rather than spans. */
const OFFSET_KEYS = new Set(['insertAt']);

/** A deep copy of a model value with every span and offset moved by `delta`. */
export function shiftDeep<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shiftValue(value, delta) as T;
}

function shiftValue(value: unknown, delta: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof JoinedText) return value.shifted(delta);
  if (Array.isArray(value)) return value.map((v) => shiftValue(v, delta));
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const isSpan = typeof source.start === 'number' && typeof source.end === 'number';
  for (const key of Object.keys(source)) {
    const v = source[key];
    if (isSpan && (key === 'start' || key === 'end')) copy[key] = (v as number) + delta;
    else if (OFFSET_KEYS.has(key) && typeof v === 'number') copy[key] = v + delta;
    else copy[key] = shiftValue(v, delta);
  }
  return copy;
}
