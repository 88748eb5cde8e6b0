import type { Position, Range, Span } from './span';

export interface Line {
  /** Zero-based line number. */
  readonly number: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  readonly text: string;
}

/**
 * Lines of a text and the conversions between offsets and positions. Line breaks are CRLF, LF
 * or a lone CR, in any mixture, because letters arrive pasted from PDFs and other editors.
 */
export class LineIndex {
  readonly lines: readonly Line[];

  constructor(readonly text: string) {
    // The native split is several times faster than a character loop on megabyte letters.
    const pieces = text.split(/\r\n|\r|\n/);
    const lines: Line[] = new Array(pieces.length);
    let start = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      const end = start + piece.length;
      lines[i] = { number: i, start, end, text: piece };
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    this.lines = lines;
  }

  /** The line holding an offset (an offset on a line break belongs to the line it ends). */
  lineAt(offset: number): Line {
    const lines = this.lines;
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return lines[low];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line.number, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return line.start + Math.max(0, Math.min(position.character, line.end - line.start));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }
}

/** The line ending a text uses, read from its first line break ("\n" for a text without one): what inserted lines are written with. */
export function lineEndingOf(text: string): string {
  return /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n';
}
