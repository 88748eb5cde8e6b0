/** The first character that is not white space, searched from `lastIndex` on. */
const NON_BLANK = /\S/g;

/**
 * Whether text[start, end) holds nothing but white space, read in place: most stretches between
 * two items are blank lines, and a keystroke in a long letter asks this of each of them.
 */
export function isBlankBetween(text: string, start: number, end: number): boolean {
  NON_BLANK.lastIndex = start;
  // `test`, not `exec`: no match array for each stretch. The match is one code unit, so it starts just before lastIndex.
  return !NON_BLANK.test(text) || NON_BLANK.lastIndex - 1 >= end;
}
