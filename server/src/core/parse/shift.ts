/**
 * Moving a parsed item to another place in the document. An edit leaves most items of a long
 * letter untouched but moves those after it; their parse is reused, shifted by the edit's length
 * difference, instead of being redone (see parseLetter's item memo).
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
