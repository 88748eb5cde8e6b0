import type { Section, SectionId } from '../model';
import type { Line, LineIndex } from '../text/lineIndex';
import type { LineFacts } from './lineFacts';
import { editDistance } from '../text/similarity';
import { HEADINGS, type HeadingTerm } from '../grammar/vocabulary';

export type HeadingDefinition = HeadingTerm;

export { HEADINGS };

export function headingDefinition(id: SectionId): HeadingDefinition {
  return HEADINGS.find((h) => h.id === id)!;
}

/** What a section's heading reads as ("CLINICAL CASE SUMMARY"). */
export function headingName(id: SectionId): string {
  return headingDefinition(id).canonical;
}

function headingKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*:$/, '').trim().toUpperCase();
}

/** The upper-case first letters of the headings' spellings: a line that starts with none of them matches no heading exactly. */
const HEADING_INITIALS = new Set(HEADINGS.flatMap((h) => [h.canonical, ...h.aliases]).map((key) => key.charCodeAt(0)));

/**
 * Whether a line can be no heading, read without building its key: it starts (after ASCII white
 * space) with an ASCII character no heading starts with, so it matches none exactly, and it has a
 * lower-case letter, so it is no near miss either. Most prose lines are settled here.
 */
function surelyNotHeading(text: string): boolean {
  let at = 0;
  let code = text.charCodeAt(at);
  while (code === 32 || (code >= 9 && code <= 13)) code = text.charCodeAt(++at);
  // Past ASCII, upper-casing may reach a heading's initial ("ı" is "I"): the full comparison decides.
  if (!(code < 128) || HEADING_INITIALS.has(code >= 97 && code <= 122 ? code - 32 : code)) return false;
  return /[a-z]/.test(text);
}

/** Identifies a heading line: exact (any case, any spacing) or, for an all-capitals line, a near miss. */
export function classifyHeading(text: string): { id: SectionId; misspelled: boolean } | undefined {
  if (surelyNotHeading(text)) return undefined;
  const trimmed = text.trim();
  if (trimmed.length < 8 || trimmed.length > 60) return undefined;
  const key = headingKey(trimmed);
  for (const heading of HEADINGS) {
    if (key === heading.canonical || heading.aliases.includes(key)) return { id: heading.id, misspelled: false };
  }
  // Near misses only for lines written in capitals, so that prose is never taken for a heading.
  if (!/^[A-Z ,()'&/-]+$/.test(trimmed.replace(/\s+/g, ' '))) return undefined;
  let best: { id: SectionId; distance: number } | undefined;
  for (const heading of HEADINGS) {
    const limit = Math.min(3, Math.floor(heading.canonical.length / 6));
    const distance = editDistance(key, heading.canonical, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { id: heading.id, distance };
  }
  return best ? { id: best.id, misspelled: true } : undefined;
}

/** White space as trim() sees it. */
function isSpaceAt(text: string, index: number): boolean {
  return /\s/.test(text.charAt(index));
}

export type LineHeading = { readonly id: SectionId; readonly misspelled: boolean };

/** classifyHeading with a cheap answer for prose: too short, or visibly longer than any heading (text at both column 0 and column 60). */
export function headingOfLine(text: string): LineHeading | undefined {
  if (text.length < 8 || (text.length > 60 && !isSpaceAt(text, 0) && !isSpaceAt(text, 60))) return undefined;
  return classifyHeading(text);
}

const headingLinesOf = new WeakMap<LineFacts, readonly number[]>();

/**
 * The numbers of the lines that are section headings, listed once per facts: most keystrokes keep
 * the previous facts, so a long letter's sections are found without walking its lines.
 */
export function headingLines(facts: LineFacts): readonly number[] {
  let numbers = headingLinesOf.get(facts);
  if (!numbers) {
    const list: number[] = [];
    facts.headings.forEach((heading, number) => heading && list.push(number));
    headingLinesOf.set(facts, (numbers = list));
  }
  return numbers;
}

/** Finds the section headings (the lines' headings are in `facts`); each section's body runs to the next heading. */
export function parseSections(lines: LineIndex, facts: LineFacts, textLength: number): Section[] {
  const found: { id: SectionId; misspelled: boolean; line: Line }[] = [];
  for (const number of headingLines(facts)) found.push({ ...facts.headings[number]!, line: lines.line(number) });
  return found.map((heading, i) => {
    const trimmedStart = heading.line.start + (heading.line.text.length - heading.line.text.trimStart().length);
    const trimmedEnd = heading.line.start + heading.line.text.trimEnd().length;
    const next = found[i + 1];
    return {
      id: heading.id,
      headingText: heading.line.text.trim(),
      headingSpan: { start: trimmedStart, end: trimmedEnd },
      bodySpan: { start: heading.line.end, end: next ? next.line.start : textLength },
      misspelled: heading.misspelled,
    };
  });
}
