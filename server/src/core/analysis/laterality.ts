import { memoByText } from '../text/memoByText';
/**
 * Sides of the body as requests name them: left, right, bilateral ("bilateral", "both knees"),
 * and the extremity abbreviations (RUE, LLE, BUE). Pure functions; offsets are into the string given.
 */

export type Side = 'left' | 'right' | 'bilateral';

export interface SideMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly side: Side;
}

const SIDE_WORDS =
  /\b(?:(left)|(right)|(bilateral(?:ly)?|both\s+(?:sides|legs|arms|knees|shoulders|hands|wrists|feet|hips|ankles|elbows|upper|lower|eyes|ears))|([LRB])(?:UE|LE)s?)\b/gi;

/** "left" and "right" in their other senses: "left work", "has left", "the right to", "right away". */
const LEFT_VERB_BEFORE = /\b(?:has|have|had|was|were|is|be|been|being|he|she|they|who)\s+$/i;
const LEFT_VERB_AFTER = /^\s+(?:the|his|her|their|work|over|untreated|alone|behind|home|early|off|out|after)\b/i;
const RIGHT_OTHER_BEFORE = /\b(?:all|the|a|his|her|their)\s+$/i;
const RIGHT_OTHER_AFTER = /^\s+(?:to|away|now|after|before|here|there)\b/i;

function findSidesUncached(text: string): SideMention[] {
  const found: SideMention[] = [];
  for (const m of text.matchAll(SIDE_WORDS)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 14);
    let side: Side;
    if (m[1]) {
      if (LEFT_VERB_BEFORE.test(before) || LEFT_VERB_AFTER.test(after)) continue;
      side = 'left';
    } else if (m[2]) {
      if (RIGHT_OTHER_AFTER.test(after) || (RIGHT_OTHER_BEFORE.test(before) && /^\s+(?:of|to)\b/i.test(after))) continue;
      side = 'right';
    } else if (m[3]) {
      side = 'bilateral';
    } else {
      // The abbreviations are written in capitals; "lue" in a word would not get here (\b), but "Rle" is no abbreviation.
      if (m[0] !== m[0].toUpperCase()) continue;
      side = m[4].toUpperCase() === 'L' ? 'left' : m[4].toUpperCase() === 'R' ? 'right' : 'bilateral';
    }
    found.push({ text: m[0], start, end, side });
  }
  return found;
}

/** findSides, memoised by text (results are read-only). */
export const findSides = memoByText(findSidesUncached);

/** The sides covered: bilateral counts as left and right. */
export function sidesCovered(mentions: readonly SideMention[]): Set<'left' | 'right'> {
  const sides = new Set<'left' | 'right'>();
  for (const m of mentions) {
    if (m.side !== 'right') sides.add('left');
    if (m.side !== 'left') sides.add('right');
  }
  return sides;
}

/**
 * Whether two places name different sides. Right against left always differs; one-sided against
 * bilateral differs only when each place names a single kind of side, so that a title naming
 * "right shoulder and left knee" does not contradict a sentence about its left knee.
 */
export function sidesDiffer(a: readonly SideMention[], b: readonly SideMention[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sa = sidesCovered(a);
  const sb = sidesCovered(b);
  const same = sa.size === sb.size && [...sa].every((s) => sb.has(s));
  if (same) return false;
  if (![...sa].some((s) => sb.has(s))) return true;
  const kinds = (list: readonly SideMention[]) => new Set(list.map((m) => m.side)).size;
  return kinds(a) === 1 && kinds(b) === 1;
}

export function sideLabel(mentions: readonly SideMention[]): string {
  const sides = sidesCovered(mentions);
  if (sides.size === 2) return mentions.every((m) => m.side === 'bilateral') ? 'bilateral' : 'left and right';
  return [...sides][0] ?? '';
}
