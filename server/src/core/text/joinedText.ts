import type { Span } from './span';
import { detached } from './detached';
import { firstIndex } from './firstIndex';

interface Piece {
  /** Offset in the joined text. */
  readonly joined: number;
  /** Offset in the source text. */
  readonly source: number;
  readonly length: number;
}

/**
 * The pieces, three numbers each (joined offset, source offset, length), in one array of the exact
 * size: a letter keeps a paragraph map per label, title and rationale, and an object per piece in
 * an array grown by push took five times the memory (1.7 MiB of a 1 MB letter's 20 MiB model).
 */
const JOINED = 0;
const SOURCE = 1;
const LENGTH = 2;
const PIECE = 3;

/**
 * A paragraph read as one string: the trimmed pieces of its hard-wrapped lines joined with single
 * spaces, with a map from every joined offset back to the source, so that a match found in the
 * flowing sentence gets its exact place in the letter.
 */
export class JoinedText {
  readonly text: string;
  private readonly pieces: readonly number[];
  /** Added to every piece's source offset: a moved paragraph shares its pieces with the one it was moved from. */
  private readonly moved: number;

  private constructor(text: string, pieces: readonly number[], moved = 0) {
    this.text = text;
    this.pieces = pieces;
    this.moved = moved;
  }

  /** Joins the given source spans, each trimmed of surrounding white space; empty spans are skipped. */
  static fromSpans(source: string, spans: readonly Span[]): JoinedText {
    const pieces: number[] = new Array(spans.length * PIECE);
    let count = 0;
    const parts: string[] = [];
    let joinedLength = 0;
    for (const s of spans) {
      let start = s.start;
      let end = s.end;
      while (start < end && isSpace(source.charCodeAt(start))) start++;
      while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
      if (start === end) continue;
      // A line broken after a hyphen inside a word ("Electro-" / "diagnostic", "Non-" / "MTUS") joins without a space.
      const previous = parts[parts.length - 1];
      const hyphenBreak = previous !== undefined && /[A-Za-z0-9]-$/.test(previous);
      if (parts.length > 0 && !hyphenBreak) {
        parts.push(' ');
        joinedLength += 1;
      }
      pieces[count * PIECE + JOINED] = joinedLength;
      pieces[count * PIECE + SOURCE] = start;
      pieces[count * PIECE + LENGTH] = end - start;
      count++;
      parts.push(source.slice(start, end));
      joinedLength += end - start;
    }
    // Joining several parts makes a new string; one part alone would be a slice of the whole letter, and keep it alive with the paragraph.
    // Empty spans leave holes at the end, cut off here.
    if (count < spans.length) pieces.length = count * PIECE;
    return new JoinedText(parts.length === 1 ? detached(parts[0]) : parts.join(''), pieces);
  }

  /** The same paragraph found `delta` characters later (or earlier) in an edited document. */
  shifted(delta: number): JoinedText {
    if (delta === 0) return this;
    return new JoinedText(this.text, this.pieces, this.moved + delta);
  }

  /** As data (model snapshots, the tests' comparisons): the text and where each piece is in the source, however it was moved. */
  toJSON(): { text: string; pieces: Piece[] } {
    const pieces: Piece[] = [];
    for (let at = 0; at < this.pieces.length; at += PIECE)
      pieces.push({ joined: this.pieces[at + JOINED], source: this.pieces[at + SOURCE] + this.moved, length: this.pieces[at + LENGTH] });
    return { text: this.text, pieces };
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  /** Source offset of a joined offset; a joining space maps to the end of the piece before it. */
  toSource(offset: number): number {
    const pieces = this.pieces;
    // An empty paragraph maps everything to 0 wherever it is (no piece says where it is).
    if (pieces.length === 0) return 0;
    let low = 0;
    let high = pieces.length / PIECE - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (pieces[mid * PIECE + JOINED] <= offset) low = mid;
      else high = mid - 1;
    }
    const at = low * PIECE;
    return this.moved + pieces[at + SOURCE] + Math.max(0, Math.min(offset - pieces[at + JOINED], pieces[at + LENGTH]));
  }

  /** The first joined offset in [from, to) whose source offset reaches `source` (toSource never decreases), or `to`. */
  joinedOffsetOf(source: number, from = 0, to = this.text.length): number {
    return firstIndex(from, to, (offset) => this.toSource(offset) >= source);
  }

  /** Source span of a joined span. */
  spanOf(start: number, end: number): Span {
    const sourceStart = this.toSource(start);
    // The end maps from its last character, so a span ending at a line break ends on its own line.
    const sourceEnd = end > start ? this.toSource(end - 1) + 1 : sourceStart;
    return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
  }

  /** Source span of the whole paragraph. */
  get span(): Span {
    return this.spanOf(0, this.text.length);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff || code === 0xa0 || code === 12 || code === 11;
}
