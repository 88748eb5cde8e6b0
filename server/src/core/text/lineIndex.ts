import type { EditWindow } from './editWindow';
import { detached } from './detached';
import { firstIndex } from './firstIndex';
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

/** Which lines of a version an edit left as they were (see LineIndex.untouched). */
export interface UntouchedLines {
  /** The lines before this index stay where they are. */
  readonly kept: number;
  /** The lines from this index on are moved: same text, renumbered and shifted. */
  readonly moved: number;
}

/**
 * Lines of a text and the conversions between offsets and positions. Line breaks are CRLF, LF
 * or a lone CR, in any mixture, because letters arrive pasted from PDFs and other editors.
 */
export class LineIndex {
  readonly lines: readonly Line[];

  constructor(
    readonly text: string,
    lines?: readonly Line[],
  ) {
    this.lines = lines ?? splitLines(text, 0, text.length, 0);
  }

  /**
   * The lines of an edited version of `previous.text`: the lines before the edit window are the
   * previous ones, those after it are moved copies (same text), only the window is split again.
   */
  static edited(previous: LineIndex, text: string, window: EditWindow, untouched: UntouchedLines = LineIndex.untouched(previous, window)): LineIndex {
    const old = previous.lines;
    const { kept, moved } = untouched;
    const from = kept < old.length ? old[kept].start : 0;
    const to = moved < old.length ? old[moved].start + window.delta : text.length;
    // The new lines are cut from a copy of their stretch: a slice of the whole text would keep this version alive as long as they are kept.
    const middle = splitLines(text, from, to, kept, true);
    // The slice ends with the break before the first moved line: its last piece is that line's start, not a line.
    if (moved < old.length) middle.pop();
    const lines: Line[] = old.slice(0, kept);
    for (const line of middle) lines.push(line);
    const renumber = lines.length - moved;
    for (let i = moved; i < old.length; i++) {
      const line = old[i];
      lines.push({ number: line.number + renumber, start: line.start + window.delta, end: line.end + window.delta, text: line.text });
    }
    return new LineIndex(text, lines);
  }

  /**
   * Which lines of `previous` an edit leaves as they were: the first `kept` stay where they are,
   * those from index `moved` on are moved (same text, renumbered and shifted); the lines between
   * are split again. Found by binary search: a keystroke in a long letter does not walk its lines.
   */
  static untouched(previous: LineIndex, window: EditWindow): UntouchedLines {
    const old = previous.lines;
    // A line is kept when its text, its line break and the character after the break are before the window (the last line never is).
    const kept = firstIndex(0, old.length - 1, (i) => old[i].end + 2 > window.prefix);
    // A line is moved when the line break before it is after the window.
    const suffixStart = previous.text.length - window.suffix;
    const moved = firstIndex(kept + 1, old.length, (i) => old[i].start - 1 >= suffixStart);
    return { kept, moved };
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

/** The lines of text[from, to), numbered from `firstNumber`; their texts cut from a copy of that stretch when `detach`. */
function splitLines(text: string, from: number, to: number, firstNumber: number, detach = false): Line[] {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  // The native split is several times faster than a character loop on megabyte letters.
  const pieces = (detach ? detached(stretch) : stretch).split(/\r\n|\r|\n/);
  const lines: Line[] = new Array(pieces.length);
  let start = from;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const end = start + piece.length;
    lines[i] = { number: firstNumber + i, start, end, text: piece };
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}
