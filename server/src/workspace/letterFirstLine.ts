/**
 * How a letter starts: the header's case number (2016-17 layout) or the first section heading
 * (2014 layout). A plain-text document or a .txt file that starts so is taken for a letter (the
 * editor switches it to the `imr` language; the workspace lint includes it). package.json's
 * `firstLine` and the TextMate grammar's `firstLineMatch` hold the same pattern (the grammar's
 * vocabulary); a unit test keeps them equal.
 */
import { LETTER_FIRST_LINE as FIRST_LINE } from '../core/grammar/vocabulary';

export const LETTER_FIRST_LINE = new RegExp(FIRST_LINE);

/** Whether the text's first line is a letter's first line. */
export function startsLikeLetter(text: string): boolean {
  const end = text.search(/\r|\n/);
  return LETTER_FIRST_LINE.test(end < 0 ? text : text.slice(0, end));
}
