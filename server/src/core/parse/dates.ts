import type { LetterDate } from '../model';
import type { Span } from '../text/span';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Numeric dates as letters write them: 11/10/2016, 11-30-16, 4/4/12. */
const NUMERIC_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
/**
 * Spelled-out dates: November 15, 2016; December 05, 2016. Found from the digits ("15, 2016"),
 * which are rare, and then the month name before them: scanning for twelve month names at every
 * word boundary made this the slowest pattern of the letter.
 */
const WORDED_DAY_YEAR = /\b(\d{1,2}),?\s+(\d{4})\b/g;
const MONTH_BEFORE = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Two-digit years are read in the window letters use: 00-69 -> 2000s, 70-99 -> 1900s. */
function fullYear(text: string): number {
  const value = Number(text);
  if (text.length === 4) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

export function makeDate(text: string, span: Span, year: number, month: number, day: number): LetterDate {
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return { text, span, year, month, day, valid };
}

/** Reads a whole string as one date, or undefined. */
export function readDate(text: string, offset: number): LetterDate | undefined {
  const found = findDates(text, offset);
  return found.length === 1 && found[0].text.length === text.trim().length ? found[0] : undefined;
}

/** Every date written in `text`; spans are offset by `offset`. */
export function findDates(text: string, offset = 0): LetterDate[] {
  const dates: LetterDate[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const start = offset + match.index!;
    dates.push(makeDate(match[0], { start, end: start + match[0].length }, fullYear(match[4]), Number(match[1]), Number(match[3])));
  }
  for (const match of text.matchAll(WORDED_DAY_YEAR)) {
    // The month name and the white space before the day: at most 9 letters and a line break with its indentation.
    const from = Math.max(0, match.index! - 80);
    const month = MONTH_BEFORE.exec(text.slice(from, match.index!));
    if (!month) continue;
    const at = from + month.index;
    // The month name must start a word ("\bNovember").
    if (at > 0 && /\w/.test(text[at - 1])) continue;
    const start = offset + at;
    const written = text.slice(at, match.index! + match[0].length);
    dates.push(makeDate(written, { start, end: start + written.length }, Number(match[2]), MONTHS.indexOf(month[1].toLowerCase()) + 1, Number(match[1])));
  }
  return dates.sort((a, b) => a.span.start - b.span.start);
}

/** Days since the epoch, for ordering; only meaningful for valid dates. */
export function dayNumber(date: LetterDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}
