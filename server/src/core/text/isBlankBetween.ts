/** The first character that is not white space, searched from `lastIndex` on. */
const NON_BLANK = /\S/g;

/**
 * Whether text[start, end) holds nothing but white space, read in place: most stretches between
 * two items are blank lines, and a keystroke in a long letter asks this of each of them (1,500 in
 * a 1 MB letter). ASCII is read a character at a time, which costs less than a call of the
 * pattern for the two or three characters of a blank line; from the first character past ASCII
 * on, the pattern decides, so that white space means what `\s` means (no-break space, ideographic
 * space and the rest).
 */
export function isBlankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128) return false;
    NON_BLANK.lastIndex = i;
    // `test`, not `exec`: no match array. The match is one code unit, so it starts just before lastIndex.
    return !NON_BLANK.test(text) || NON_BLANK.lastIndex - 1 >= end;
  }
  return true;
}
