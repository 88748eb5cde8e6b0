/**
 * Where two versions of a text differ: the longest common prefix and, after it, the longest
 * common suffix. An edit leaves everything outside this window as it was (moved by `delta` after
 * it), which is what lets the parse and the findings of the rest of the letter be kept.
 */
export interface EditWindow {
  /** Characters equal at the start of both texts. */
  readonly prefix: number;
  /** Characters equal at the end of both texts, not overlapping the prefix in either. */
  readonly suffix: number;
  /** New length minus old length: how far the text after the window moved. */
  readonly delta: number;
}

/**
 * Compared a block at a time: equal slices compare as memory, far faster than a character loop. The
 * common part left inside the first unequal block is then measured by halving blocks (2048, 1024, ...
 * 1 characters: one comparison each), not by a loop over up to 4096 characters, which is what a
 * keystroke paid before the loop was optimised.
 */
const BLOCK = 4096;

export function editWindow(before: string, after: string): EditWindow {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  const startsEqual = (size: number) => before.slice(prefix, prefix + size) === after.slice(prefix, prefix + size);
  while (prefix + BLOCK <= shorter && startsEqual(BLOCK)) prefix += BLOCK;
  for (let size = BLOCK >> 1; size > 0; size >>= 1) if (prefix + size <= shorter && startsEqual(size)) prefix += size;
  const room = shorter - prefix;
  let suffix = 0;
  const endsEqual = (size: number) =>
    before.slice(before.length - suffix - size, before.length - suffix) === after.slice(after.length - suffix - size, after.length - suffix);
  while (suffix + BLOCK <= room && endsEqual(BLOCK)) suffix += BLOCK;
  for (let size = BLOCK >> 1; size > 0; size >>= 1) if (suffix + size <= room && endsEqual(size)) suffix += size;
  return { prefix, suffix, delta: after.length - before.length };
}
