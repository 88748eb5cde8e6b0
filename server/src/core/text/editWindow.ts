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

/** Compared a block at a time: equal slices compare as memory, far faster than a character loop. */
const BLOCK = 4096;

export function editWindow(before: string, after: string): EditWindow {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= shorter && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = shorter - prefix;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)
  )
    suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { prefix, suffix, delta: after.length - before.length };
}
