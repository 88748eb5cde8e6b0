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
 * A paragraph read as one string: the trimmed pieces of its hard-wrapped lines joined with single
 * spaces, with a map from every joined offset back to the source, so that a match found in the
 * flowing sentence gets its exact place in the letter.
 */
export class JoinedText {
  readonly text: string;
  private readonly pieces: readonly Piece[];
  /** Added to every piece's source offset: a moved paragraph shares its pieces with the one it was moved from. */
  private readonly moved: number;

  private constructor(text: string, pieces: readonly Piece[], moved = 0) {
    this.text = text;
    this.pieces = pieces;
    this.moved = moved;
  }

  /** Joins the given source spans, each trimmed of surrounding white space; empty spans are skipped. */
  static fromSpans(source: string, spans: readonly Span[]): JoinedText {
    const pieces: Piece[] = [];
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
      pieces.push({ joined: joinedLength, source: start, length: end - start });
      parts.push(source.slice(start, end));
      joinedLength += end - start;
    }
    // Joining several parts makes a new string; one part alone would be a slice of the whole letter, and keep it alive with the paragraph.
    return new JoinedText(parts.length === 1 ? detached(parts[0]) : parts.join(''), pieces);
  }

  /** The same paragraph found `delta` characters later (or earlier) in an edited document. */
  shifted(delta: number): JoinedText {
    if (delta === 0) return this;
    return new JoinedText(this.text, this.pieces, this.moved + delta);
  }

  /** As data (model snapshots, the tests' comparisons): the text and where each piece is in the source, however it was moved. */
  toJSON(): { text: string; pieces: Piece[] } {
    return { text: this.text, pieces: this.pieces.map((p) => ({ joined: p.joined, source: p.source + this.moved, length: p.length })) };
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
    let high = pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (pieces[mid].joined <= offset) low = mid;
      else high = mid - 1;
    }
    const piece = pieces[low];
    return this.moved + piece.source + Math.max(0, Math.min(offset - piece.joined, piece.length));
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
