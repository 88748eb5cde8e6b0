/**
 * Quantities in requests: number words ("Eight", "twenty-four"), a word with its numeral ("Two
 * (2)"), counts ("#60", "QTY: 2", "x 12", "times 6", "12 sessions", "Twelve physical therapy
 * visits") and frequency x duration ("2 times a week for 6 weeks", "2x6", "three times weekly for
 * four weeks", "twice a week for four weeks", "1 to 2 times per week for 4 weeks"). Pure
 * functions; offsets are into the string given.
 */

import { memoByText } from '../text/memoByText';

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number word, "one" to "ninety-nine" (hyphen or space between tens and units). */
const WORD_SOURCE = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** The value of a number word or numeral ("Twelve", "twenty-four", "12"); undefined for anything else. */
export function numberValue(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,4}$/.test(t)) return Number(t);
  if (t === 'once') return 1;
  if (t === 'twice') return 2;
  if (t === 'thrice') return 3;
  const unit = UNITS.indexOf(t);
  if (unit >= 0) return unit;
  const parts = t.split(/[- ]/);
  const tens = TENS.indexOf(parts[0]);
  if (tens >= 2) {
    if (parts.length === 1) return tens * 10;
    const rest = UNITS.indexOf(parts[1]);
    if (parts.length === 2 && rest >= 1 && rest <= 9) return tens * 10 + rest;
  }
  return undefined;
}

export interface WordNumeral {
  readonly start: number;
  readonly end: number;
  readonly word: { readonly text: string; readonly start: number; readonly end: number; readonly value: number };
  readonly numeral: { readonly text: string; readonly start: number; readonly end: number; readonly value: number };
}

/** A parenthesised numeral, "(3)"; the word before it is read only where one is found. */
const NUMERAL = /\(\s*(\d{1,3})\s*\)/g;
const WORD_BEFORE = new RegExp(`\\b(${WORD_SOURCE})\\s*$`, 'i');

/** Every "Word (numeral)" pair: "One (1)", "Eight (8)", "Two (3)". */
export function findWordNumerals(text: string): WordNumeral[] {
  const found: WordNumeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const at = m.index!;
    const from = Math.max(0, at - 24);
    const word = WORD_BEFORE.exec(text.slice(from, at));
    if (!word) continue;
    const start = from + word.index;
    // The window may begin inside a word ("some|one (1)").
    if (start > 0 && /[A-Za-z]/.test(text[start - 1])) continue;
    const numeralStart = at + m[0].indexOf(m[1]);
    found.push({
      start,
      end: at + m[0].length,
      word: { text: word[1], start, end: start + word[1].length, value: numberValue(word[1])! },
      numeral: { text: m[1], start: numeralStart, end: numeralStart + m[1].length, value: Number(m[1]) },
    });
  }
  return found;
}

/** The number word for a value, capitalised like `like` ("Two", "two", "TWO"). */
export function numberWord(value: number, like: string): string | undefined {
  let word: string | undefined;
  if (value >= 0 && value < 20) word = UNITS[value];
  else if (value < 100 && value % 10 === 0) word = TENS[value / 10];
  else if (value < 100) word = `${TENS[Math.floor(value / 10)]}-${UNITS[value % 10]}`;
  if (!word) return undefined;
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (like[0] === like[0]?.toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface Frequency {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly perWeek: Range;
  readonly weeks: Range;
  /** Sessions in all: per week x weeks. */
  readonly total: Range;
}

const N = `(?:\\d{1,2}|${WORD_SOURCE})`;
const RANGE = `${N}(?:\\s*(?:-|to)\\s*${N})?`;
/** "2 times a week", "two to three times per week", "3 visits per week", "three times weekly", "twice a week", "once weekly". */
const PER_WEEK = `(?:(${RANGE})\\s*(?:times?|x|visits?|sessions?|treatments?)\\s*(?:(?:a|per|each|\\/)\\s*(?:week|wk)\\b|weekly)|(once|twice|thrice)\\s*(?:(?:a|per|each)\\s*week\\b|weekly))`;
/** ", for 6 weeks", " times six weeks", " x 4 weeks", " over 2 weeks". (The comma and the white space before it are one optional group: two runs of white space side by side would be tried at every split of a long run.) */
const DURATION = `(?:\\s*,)?\\s*(?:for|times|x|over)\\s*(?:a\\s+total\\s+of\\s+|the\\s+next\\s+)?(${RANGE})\\s*(?:weeks?|wks?)\\b`;
const FREQUENCY = new RegExp(`\\b${PER_WEEK}${DURATION}`, 'gi');
/** "2x6", "2 x 6": a compact frequency x duration; not "1.5 x 2 cm" or "5x10mm". */
const COMPACT = /(?<![\d.,/])\b([1-7])\s*[x\u00d7]\s*(\d{1,2})\b(?![.,]\d|\s*(?:cm|mm|mg|ml|in\b|inch|%|days?|months?))/gi;

function readRange(text: string): Range | undefined {
  const parts = text.split(/\s*(?:-|\bto\b)\s*/i).filter((p) => p !== '');
  const values = parts.map(numberValue);
  if (values.some((v) => v === undefined) || values.length === 0 || values.length > 2) return undefined;
  const min = values[0]!;
  const max = values[values.length - 1]!;
  return max >= min ? { min, max } : undefined;
}

/** Every frequency x duration in a text. */
function findFrequenciesUncached(text: string): Frequency[] {
  const found: Frequency[] = [];
  const hasWeek = /week|wk/i.test(text);
  if (!hasWeek && !/\d\s*[x\u00d7]\s*\d/i.test(text)) return found;
  for (const m of hasWeek ? text.matchAll(FREQUENCY) : []) {
    const perWeek = m[1] !== undefined ? readRange(m[1]) : readRange(m[2]);
    const weeks = readRange(m[3]);
    if (!perWeek || !weeks || perWeek.max > 7 || weeks.max > 52) continue;
    const start = m.index!;
    found.push({ text: m[0], start, end: start + m[0].length, perWeek, weeks, total: { min: perWeek.min * weeks.min, max: perWeek.max * weeks.max } });
  }
  // The spelled-out frequencies come in order and never overlap, nor do the compact ones: each compact one
  // is checked against the spelled-out ones by walking them once, not all of them for each.
  const spelled = found.length;
  let next = 0;
  for (const m of text.matchAll(COMPACT)) {
    const start = m.index!;
    while (next < spelled && found[next].end <= start) next++;
    if (next < spelled && found[next].start < start + m[0].length) continue;
    const perWeek = Number(m[1]);
    const weeks = Number(m[2]);
    if (weeks < 1 || weeks > 12) continue;
    found.push({
      text: m[0],
      start,
      end: start + m[0].length,
      perWeek: { min: perWeek, max: perWeek },
      weeks: { min: weeks, max: weeks },
      total: { min: perWeek * weeks, max: perWeek * weeks },
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

export type CountUnit = 'sessions' | 'units';

export interface Count {
  readonly value: Range;
  readonly unit: CountUnit;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SESSION_NOUN = /^(?:sessions?|visits?|treatments?|appointments?)$/i;
/** A number word or numeral, or a range of them ("12-18", "two to three"), standing alone. */
const NUMBER = new RegExp(`\\b${RANGE}\\b`, 'gi');
/** "#60", "# 90", "QTY: 2", "quantity of 60". ("of" or the colon goes with the white space before it, as in DURATION.) */
const UNIT_COUNT = /(?:#\s*(\d{1,4})\b|\b(?:QTY|quantity)(?:\s*(?::|of))?\s*(\d{1,4})\b)/gi;
/** "times 12", "x 12", "x12", "x1"; read only after a word ("physical therapy x 12"), never between two numbers ("5 x 10"). */
const TIMES_COUNT = /\b(?:times|x|\u00d7)\s*(\d{1,3})\b/gi;
/** What may not follow a "times 12" count: a rate, a duration, a unit or another factor. */
const NOT_A_COUNT_AFTER =
  /^\s*(?:[x\u00d7]|times\b|(?:a|per)\s+(?:week|day|month)|weeks?\b|days?\b|months?\b|hours?\b|hrs?\b|mg\b|ml\b|cm\b|mm\b|%|\/|[.,]\d)/i;

/** A session count: a number followed, within three words, by "sessions", "visits" or "treatments" ("Eight physical therapy sessions"). */
function sessionCountAt(text: string, match: RegExpMatchArray): { value: Range; end: number } | undefined {
  const value = readRange(match[0]);
  if (value === undefined) return undefined;
  let position = match.index! + match[0].length;
  // "Twelve (12) physical therapy sessions": the numeral repeating the word is part of the number.
  const numeral = /^\s*\(\s*\d{1,3}\s*\)/.exec(text.slice(position, position + 12));
  if (numeral) position += numeral[0].length;
  for (let words = 0; words < 4; words++) {
    const space = /^\s+/.exec(text.slice(position, position + 8));
    if (!space) return undefined;
    const word = /^[A-Za-z/-]{1,24}/.exec(text.slice(position + space[0].length, position + space[0].length + 24));
    if (!word) return undefined;
    position += space[0].length + word[0].length;
    if (SESSION_NOUN.test(word[0])) return { value, end: position };
    // A second number ("12 sessions 2 times") or a rate word ends the noun phrase.
    if (/^(?:times|per|a|for|of|x)$/i.test(word[0])) return undefined;
  }
  return undefined;
}

/**
 * Counts a request phrase states, each once: a frequency x duration and a session count that
 * agree are one count. Refills, per-day doses and the like are not counts.
 */
function findCountsUncached(text: string): Count[] {
  const counts: Count[] = [];
  const frequencies = findFrequencies(text);
  for (const f of frequencies) counts.push({ value: f.total, unit: 'sessions', text: f.text, start: f.start, end: f.end });
  const overlaps = (start: number, end: number) => counts.some((c) => start < c.end && c.start < end);
  // Session counts need their noun; most request phrases (an MRI, a drug) have none.
  const nouns = /session|visit|treatment|appointment/i.test(text);
  for (const m of nouns ? text.matchAll(NUMBER) : []) {
    const start = m.index!;
    if (overlaps(start, start + m[0].length)) continue;
    const found = sessionCountAt(text, m);
    if (found) counts.push({ value: found.value, unit: 'sessions', text: text.slice(start, found.end), start, end: found.end });
  }
  for (const m of text.matchAll(TIMES_COUNT)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 3), start).trimEnd();
    if (before === '' || !/[A-Za-z),]$/.test(before) || NOT_A_COUNT_AFTER.test(text.slice(end, end + 12))) continue;
    const value = Number(m[1]);
    counts.push({ value: { min: value, max: value }, unit: 'sessions', text: m[0], start, end });
  }
  for (const m of text.matchAll(UNIT_COUNT)) {
    const start = m.index!;
    const value = Number(m[1] ?? m[2]);
    counts.push({ value: { min: value, max: value }, unit: 'units', text: m[0], start, end: start + m[0].length });
  }
  return counts.sort((a, b) => a.start - b.start);
}

/**
 * The one count of a request phrase, when it states exactly one (counts that agree, like "2 times
 * a week for 6 weeks (12 sessions)", are one); undefined when it states none or several.
 */
function singleCountUncached(text: string): Count | undefined {
  const counts = findCounts(text);
  if (counts.length === 0) return undefined;
  const first = counts[0];
  const agree = counts.every((c) => c.unit === first.unit && c.value.min === first.value.min && c.value.max === first.value.max);
  if (agree) return first;
  // A frequency with a session count inside its range ("2-3 times a week for 4 weeks (12 sessions)") is the session count.
  const exact = counts.filter((c) => c.value.min === c.value.max);
  const ranges = counts.filter((c) => c.value.min !== c.value.max);
  if (exact.length > 0 && exact.every((c) => c.unit === exact[0].unit && c.value.min === exact[0].value.min)) {
    if (ranges.every((r) => r.unit === exact[0].unit && r.value.min <= exact[0].value.min && exact[0].value.min <= r.value.max)) return exact[0];
  }
  return undefined;
}

export function formatRange(range: Range): string {
  return range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`;
}

export function inRange(value: number, range: Range): boolean {
  return value >= range.min && value <= range.max;
}

// Titles, restatements and rationale phrases come back unchanged on every edit: their readings are kept (read-only).
export const findFrequencies: (text: string) => readonly Frequency[] = memoByText(findFrequenciesUncached);
export const findCounts: (text: string) => readonly Count[] = memoByText(findCountsUncached);
export const singleCount: (text: string) => Count | undefined = memoByText(singleCountUncached);
