/**
 * A list that is never changed, held in chunks, so that a version with a few elements replaced
 * shares every chunk the change does not reach. The lines of a letter are one: a keystroke in
 * a 1 MB letter replaced one of 19,000 lines, and copying the whole list for it (a 150 KB array,
 * allocated among V8's large objects) cost more than everything else the line index did.
 */

/** Elements per chunk when a list is cut into chunks (a new list, or a long run of inserted elements). */
const CHUNK_SIZE = 512;

export class ChunkedList<T> {
  readonly length: number;
  readonly #chunks: readonly (readonly T[])[];
  /** The index of each chunk's first element, in order. */
  readonly #firsts: readonly number[];
  readonly #chunkSize: number;
  /** The chunk read last: reading runs through a list in order, so the next read is usually in it. */
  #hint = 0;

  private constructor(chunks: readonly (readonly T[])[], chunkSize: number) {
    const firsts: number[] = new Array(chunks.length);
    let length = 0;
    for (let c = 0; c < chunks.length; c++) {
      firsts[c] = length;
      length += chunks[c].length;
    }
    this.#chunks = chunks;
    this.#firsts = firsts;
    this.#chunkSize = chunkSize;
    this.length = length;
  }

  /**
   * A list of `elements` (not copied: the caller gives them up), in one chunk: a list that is only
   * read (a letter opened, not edited) reads as an array does. The first splice cuts the chunk it
   * reaches into chunks of `chunkSize`.
   */
  static of<T>(elements: readonly T[], chunkSize = CHUNK_SIZE): ChunkedList<T> {
    return new ChunkedList(elements.length > 0 ? [elements] : [], chunkSize);
  }

  /** Element `i` (0 <= i < length). */
  get(i: number): T {
    const firsts = this.#firsts;
    let c = this.#hint;
    if (i < firsts[c] || (c + 1 < firsts.length && i >= firsts[c + 1])) {
      c = chunkHolding(firsts, i);
      this.#hint = c;
    }
    return this.#chunks[c][i - firsts[c]];
  }

  /**
   * This list with elements [from, to) replaced by `inserted` (not copied), as a new list. Only the
   * chunks that hold `from` and `to - 1` are copied, into one with what is inserted between them;
   * the others are shared with this list.
   */
  spliced(from: number, to: number, inserted: readonly T[]): ChunkedList<T> {
    const chunks = this.#chunks;
    if (chunks.length === 0) return ChunkedList.of(inserted, this.#chunkSize);
    const firsts = this.#firsts;
    // The chunks that hold the ends of the replaced run; at the very end, the last chunk (inserted elements are appended to it).
    const first = chunkHolding(firsts, Math.min(from, this.length - 1));
    let last = Math.max(first, chunkHolding(firsts, Math.min(Math.max(from, to - 1), this.length - 1)));
    const head = chunks[first].slice(0, from - firsts[first]);
    let tail = chunks[last].slice(to - firsts[last]);
    // A join shorter than half a chunk takes the next chunk in, so that deletions do not leave ever more small chunks.
    if (head.length + inserted.length + tail.length < this.#chunkSize >> 1 && last + 1 < chunks.length) tail = [...tail, ...chunks[++last]];
    const joined = [...head, ...inserted, ...tail];
    // A long join is cut again, so that a chunk never holds much more than chunkSize elements.
    const replacing = joined.length > 2 * this.#chunkSize ? cut(joined, this.#chunkSize) : joined.length > 0 ? [joined] : [];
    return new ChunkedList([...chunks.slice(0, first), ...replacing, ...chunks.slice(last + 1)], this.#chunkSize);
  }

  /**
   * The last index in [low, high] whose element starts at or before `target`, or `low` when none
   * does; the starts must not decrease over [low, high]. A binary search over the chunks, then
   * within one: reading each probe through `get` would look its chunk up again at every step.
   */
  lastStartingBy(this: ChunkedList<T & { readonly start: number }>, low: number, high: number, target: number): number {
    const chunks = this.#chunks;
    const firsts = this.#firsts;
    // The last chunk after low's whose first element is at most the target; low's own chunk when none is.
    // Most searches are over the whole list (a letter with no shifted lines): its ends' chunks are known.
    let c = low === 0 ? 0 : chunkHolding(firsts, low);
    let last = high === this.length - 1 ? chunks.length - 1 : chunkHolding(firsts, high);
    while (c < last) {
      const mid = (c + last + 1) >> 1;
      if (chunks[mid][0].start <= target) c = mid;
      else last = mid - 1;
    }
    // The element found is usually read next (its line's start and end): its chunk is the one to try first.
    this.#hint = c;
    const chunk = chunks[c];
    const first = firsts[c];
    let from = Math.max(low, first);
    let to = Math.min(high, first + chunk.length - 1);
    while (from < to) {
      const mid = (from + to + 1) >> 1;
      if (chunk[mid - first].start <= target) from = mid;
      else to = mid - 1;
    }
    return from;
  }

  /** The elements as one array: the chunk itself when there is one, else a copy of them all. */
  asArray(): readonly T[] {
    if (this.#chunks.length === 1) return this.#chunks[0];
    const array: T[] = new Array(this.length);
    let i = 0;
    for (const chunk of this.#chunks) for (const element of chunk) array[i++] = element;
    return array;
  }
}

/** A join longer than two chunks, cut into chunks of `chunkSize`. */
function cut<T>(elements: readonly T[], chunkSize: number): (readonly T[])[] {
  const chunks: T[][] = [];
  for (let start = 0; start < elements.length; start += chunkSize) chunks.push(elements.slice(start, start + chunkSize));
  return chunks;
}

/** The index of the chunk holding element `i`: the last chunk whose first element is at or before it. */
function chunkHolding(firsts: readonly number[], i: number): number {
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (firsts[mid] <= i) low = mid;
    else high = mid - 1;
  }
  return low;
}
