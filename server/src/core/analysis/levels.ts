import { memoByText } from '../text/memoByText';
/**
 * Spinal levels as letters write them: a motion segment ("L4-5", "C5-C6", "L5/S1"), a range of
 * segments ("L4-S1" is L4-5 and L5-S1; "L3 through L5"), or one vertebra or nerve root ("L5",
 * "right L4 transforaminal"). Pure functions; offsets are into the string given.
 */

export interface LevelMention {
  /** As written: "L4-S1". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Motion segments the mention covers, canonical ("L4-L5", "L5-S1"); empty for a single level. */
  readonly segments: readonly string[];
  /** Vertebrae (or roots) it covers, canonical ("L4", "L5", "S1"). */
  readonly vertebrae: readonly string[];
}

/** Vertebrae in order: C1-C7, T1-T12, L1-L5, S1-S5. */
const REGIONS: ReadonlyArray<{ letter: string; count: number }> = [
  { letter: 'C', count: 7 },
  { letter: 'T', count: 12 },
  { letter: 'L', count: 5 },
  { letter: 'S', count: 5 },
];

/** Position of a vertebra in the column (C1 = 0), or undefined for one that does not exist. */
export function vertebraIndex(letter: string, number: number): number | undefined {
  let base = 0;
  for (const region of REGIONS) {
    if (region.letter === letter) return number >= 1 && number <= region.count ? base + number - 1 : undefined;
    base += region.count;
  }
  return undefined;
}

export function vertebraName(index: number): string {
  let base = 0;
  for (const region of REGIONS) {
    if (index < base + region.count) return `${region.letter}${index - base + 1}`;
    base += region.count;
  }
  return '?';
}

/**
 * A level, optionally followed by a second one after "-", "/", "to" or "through". The second may
 * omit its letter ("L4-5"), but only after "-" or "/": "C5 to 6 weeks" is no range. The letter is
 * upper case and stands alone, so "CM16-0234202" and "10/325mg" never match.
 */
const LEVEL = /(?<![A-Za-z0-9])([CTLS])(\d{1,2})(?:(?:\s*[-\u2013/]\s*([CTLS])?|\s+(?:to|through|thru)\s+([CTLS]))(\d{1,2}))?(?![A-Za-z0-9])/g;
/** "T2" and "T1" in an MRI report are signal weightings, not vertebrae. */
const WEIGHTING = /^[\s-]*(?:weighted|weighting|signal|hyperintens|hypointens|images?\b|sequence)/i;

/** Every spinal level named in a text. */
function findLevelsUncached(text: string): LevelMention[] {
  const found: LevelMention[] = [];
  for (const m of text.matchAll(LEVEL)) {
    const start = m.index!;
    const end = start + m[0].length;
    const firstLetter = m[1];
    const first = vertebraIndex(firstLetter, Number(m[2]));
    if (first === undefined) continue;
    if (firstLetter === 'T' && m[5] === undefined && WEIGHTING.test(text.slice(end, end + 20))) continue;
    if (m[5] === undefined) {
      found.push({ text: m[0], start, end, segments: [], vertebrae: [vertebraName(first)] });
      continue;
    }
    const secondLetter = m[3] ?? m[4] ?? firstLetter;
    const second = vertebraIndex(secondLetter, Number(m[5]));
    if (second === undefined || second <= first || second - first > 12) {
      // Not a range ("L5-6" without an L6): keep the first level alone.
      const alone = m[0].slice(0, 1 + m[2].length);
      found.push({ text: alone, start, end: start + alone.length, segments: [], vertebrae: [vertebraName(first)] });
      continue;
    }
    const segments: string[] = [];
    const vertebrae: string[] = [];
    for (let i = first; i <= second; i++) {
      vertebrae.push(vertebraName(i));
      if (i < second) segments.push(`${vertebraName(i)}-${vertebraName(i + 1)}`);
    }
    found.push({ text: m[0], start, end, segments, vertebrae });
  }
  return found;
}

/** findLevels, memoised by text (results are read-only). */
export const findLevels = memoByText(findLevelsUncached);

export interface LevelSet {
  readonly segments: ReadonlySet<string>;
  /** Levels named alone (a vertebra or a nerve root). */
  readonly single: ReadonlySet<string>;
  /** Every vertebra covered, by a segment or alone. */
  readonly vertebrae: ReadonlySet<string>;
}

export function levelSet(mentions: readonly LevelMention[]): LevelSet {
  const segments = new Set<string>();
  const single = new Set<string>();
  const vertebrae = new Set<string>();
  for (const m of mentions) {
    for (const s of m.segments) segments.add(s);
    if (m.segments.length === 0) for (const v of m.vertebrae) single.add(v);
    for (const v of m.vertebrae) vertebrae.add(v);
  }
  return { segments, single, vertebrae };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * Whether two places name the same levels. Segments are compared with segments ("L4-S1" equals
 * "L4-5, L5-S1" and differs from "L5-S1"), single levels with single levels; a segment against a
 * single level ("L4-5" and "the L4 root") only differs when they share no vertebra.
 */
export function levelsDiffer(a: LevelSet, b: LevelSet): boolean {
  if (a.vertebrae.size === 0 || b.vertebrae.size === 0) return false;
  const aSegmentsOnly = a.single.size === 0;
  const bSegmentsOnly = b.single.size === 0;
  if (aSegmentsOnly && bSegmentsOnly) return !sameSet(a.segments, b.segments);
  if (a.segments.size === 0 && b.segments.size === 0) return !sameSet(a.single, b.single);
  return ![...a.vertebrae].some((v) => b.vertebrae.has(v));
}

/** "L4-L5 and L5-S1" for messages, from the mentions as written. */
export function describeLevels(mentions: readonly LevelMention[]): string {
  const written = [...new Set(mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
  if (written.length <= 1) return written[0] ?? '';
  return `${written.slice(0, -1).join(', ')} and ${written[written.length - 1]}`;
}
