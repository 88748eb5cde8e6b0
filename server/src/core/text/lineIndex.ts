import type { EditWindow } from './editWindow';
import { ChunkedList } from './chunkedList';
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
 * How far the lines from index `from` on (up to the next shift's `from`) are from where they are
 * stored: `lines` later in number, `offset` characters later in the text.
 */
interface Shift {
  readonly from: number;
  readonly lines: number;
  readonly offset: number;
}

const UNSHIFTED: Shift = { from: 0, lines: 0, offset: 0 };

/**
 * Shifts kept before the lines are rewritten where they are. Typing at one place keeps one shift
 * (the lines after the place); each place typed at adds one. Past this many, the next version
 * writes every shifted line anew, as every version did before lines were shifted lazily.
 */
const MAX_SHIFTS = 8;

/**
 * Lines of a text and the conversions between offsets and positions. Line breaks are CRLF, LF
 * or a lone CR, in any mixture, because letters arrive pasted from PDFs and other editors.
 *
 * An edit moves every line after it. Rather than a new line object for each of them (the 10,000
 * lines after a keystroke in the middle of a 1 MB letter, most of a keystroke's memory that
 * outlived the young generation), the lines are stored where an earlier version had them, with
 * a few shifts that say how far each run of them has moved since. Reading a line by index adds
 * its shift; `lines`, the whole list, writes the moved lines out once, when a reader asks for it.
 * The stored lines of an edited version are chunks shared with the version before, all but the
 * chunk the edit reached (see ChunkedList).
 */
export class LineIndex {
  /** Each line as stored: where it is once the shift in force at its index is added. */
  #stored: ChunkedList<Line>;
  /**
   * The stored lines as an array, while they are one (a version split afresh or settled): what the
   * parse of a letter that is opened, not edited, reads, without the chunks' lookup. While it is
   * set there are no shifts.
   */
  #flat: readonly Line[] | undefined;
  /** Sorted by `from`; before the first, lines are where they are stored. */
  #shifts: readonly Shift[];

  constructor(
    readonly text: string,
    stored?: ChunkedList<Line>,
    shifts: readonly Shift[] = [],
  ) {
    const flat = stored ? undefined : splitLines(text, 0, text.length, 0, UNSHIFTED);
    this.#flat = flat;
    this.#stored = stored ?? ChunkedList.of(flat ?? []);
    this.#shifts = shifts;
  }

  /**
   * The lines of an edited version of `previous.text`: the lines before the edit window are the
   * previous ones, those after it are the same lines with one more shift, only the window is split again.
   */
  static edited(previous: LineIndex, text: string, window: EditWindow, untouched: UntouchedLines = LineIndex.untouched(previous, window)): LineIndex {
    const count = previous.count;
    const { kept, moved } = untouched;
    const from = kept < count ? previous.startOf(kept) : 0;
    const to = moved < count ? previous.startOf(moved) + window.delta : text.length;
    // The new lines are stored less the shift in force where they start, so that the shifts before them still hold.
    const atKept = previous.shiftAt(kept);
    // The new lines are cut from a copy of their stretch: a slice of the whole text would keep this version alive as long as they are kept.
    const middle = splitLines(text, from, to, kept, atKept, true);
    // The slice ends with the break before the first moved line: its last piece is that line's start, not a line.
    if (moved < count) middle.pop();
    // Only the chunks of lines that hold the window's lines are copied; the rest are shared with the previous version.
    const stored = previous.#stored.spliced(kept, moved, middle);
    const renumber = kept + middle.length - moved;
    // The shifts: those before the window as they were, one for the moved lines, then the later ones, moved and added to.
    const shifts: Shift[] = [];
    const add = (shift: Shift) => {
      // A later shift from the same line replaces the earlier one: every run holds at least one line.
      if (shifts.length > 0 && shifts[shifts.length - 1].from === shift.from) shifts.pop();
      const before = shifts[shifts.length - 1] ?? UNSHIFTED;
      if (shift.lines !== before.lines || shift.offset !== before.offset) shifts.push(shift);
    };
    for (const shift of previous.#shifts) if (shift.from <= kept) add(shift);
    if (moved < count) {
      const atMoved = previous.shiftAt(moved);
      add({ from: moved + renumber, lines: atMoved.lines + renumber, offset: atMoved.offset + window.delta });
      for (const shift of previous.#shifts)
        if (shift.from > moved) add({ from: shift.from + renumber, lines: shift.lines + renumber, offset: shift.offset + window.delta });
    }
    const index = new LineIndex(text, stored, shifts);
    // Past a few shifts, the lines are written where they are, so that reading one stays a short walk.
    if (shifts.length > MAX_SHIFTS) index.settle();
    return index;
  }

  /**
   * Which lines of `previous` an edit leaves as they were: the first `kept` stay where they are,
   * those from index `moved` on are moved (same text, renumbered and shifted); the lines between
   * are split again. Found by binary search: a keystroke in a long letter does not walk its lines.
   */
  static untouched(previous: LineIndex, window: EditWindow): UntouchedLines {
    const count = previous.count;
    // A line is kept when its text, its line break and the character after the break are before the window (the last line never is).
    const kept = firstIndex(0, count - 1, (i) => previous.endOf(i) + 2 > window.prefix);
    // A line is moved when the line break before it is after the window.
    const suffixStart = previous.text.length - window.suffix;
    const moved = firstIndex(kept + 1, count, (i) => previous.startOf(i) - 1 >= suffixStart);
    return { kept, moved };
  }

  /** How many lines the text has (at least one). */
  get count(): number {
    return this.#stored.length;
  }

  /** Every line, in order; written out where they are on first reading (the readers of a keystroke read lines by index). */
  get lines(): readonly Line[] {
    return this.#flat ?? this.settle();
  }

  /** Line `i` (0 <= i < count). */
  line(i: number): Line {
    const line = this.#storedAt(i);
    const shift = this.shiftAt(i);
    if (shift.lines === 0 && shift.offset === 0) return line;
    return { number: i, start: line.start + shift.offset, end: line.end + shift.offset, text: line.text };
  }

  /** The lines [from, to), as `lines.slice` would give them. */
  slice(from: number, to: number): Line[] {
    const lines: Line[] = [];
    for (let i = from; i < Math.min(to, this.count); i++) lines.push(this.line(i));
    return lines;
  }

  /** Offset of the first character of line `i`. */
  startOf(i: number): number {
    return this.#storedAt(i).start + this.shiftAt(i).offset;
  }

  /** Offset just past the last character of line `i`, before its line break. */
  endOf(i: number): number {
    return this.#storedAt(i).end + this.shiftAt(i).offset;
  }

  textOf(i: number): string {
    return this.#storedAt(i).text;
  }

  /** The index of the line holding an offset (an offset on a line break belongs to the line it ends). */
  indexAt(offset: number): number {
    const shifts = this.#shifts;
    // The run of lines that one shift moves (the lines before the first shift are a run too), then the line within it.
    let run = shifts.length;
    while (run > 0 && this.#storedAt(shifts[run - 1].from).start + shifts[run - 1].offset > offset) run--;
    const low = run === 0 ? 0 : shifts[run - 1].from;
    const high = (run < shifts.length ? shifts[run].from : this.count) - 1;
    return this.#stored.lastStartingBy(low, high, offset - (run === 0 ? 0 : shifts[run - 1].offset));
  }

  /** The line holding an offset (an offset on a line break belongs to the line it ends). */
  lineAt(offset: number): Line {
    return this.line(this.indexAt(offset));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const i = this.indexAt(clamped);
    const start = this.startOf(i);
    return { line: i, character: Math.min(clamped, this.endOf(i)) - start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.count) return this.text.length;
    const start = this.startOf(position.line);
    return start + Math.max(0, Math.min(position.character, this.endOf(position.line) - start));
  }

  rangeOf(s: Span): Range {
    const start = this.positionAt(s.start);
    // Most spans end on the line they start on: the end's position is then read off that line, not searched for again.
    const lineStart = this.startOf(start.line);
    if (s.end >= lineStart && s.end <= this.endOf(start.line)) return { start, end: { line: start.line, character: s.end - lineStart } };
    return { start, end: this.positionAt(s.end) };
  }

  /** As data (model snapshots, the tests' comparisons): the text and its lines where they are, however they were stored. */
  toJSON(): { text: string; lines: readonly Line[] } {
    return { text: this.text, lines: this.lines };
  }

  /** Line `i` as stored. */
  #storedAt(i: number): Line {
    const flat = this.#flat;
    return flat !== undefined ? flat[i] : this.#stored.get(i);
  }

  /** The shift in force at line `i`: that of the last shift from `i` or before it. */
  private shiftAt(i: number): Shift {
    const shifts = this.#shifts;
    for (let k = shifts.length - 1; k >= 0; k--) if (shifts[k].from <= i) return shifts[k];
    return UNSHIFTED;
  }

  /**
   * Writes the lines out as one array, each shifted line where it is, and drops the shifts (the
   * same lines, read the same way, stored otherwise).
   */
  private settle(): readonly Line[] {
    let lines: readonly Line[];
    if (this.#shifts.length === 0) lines = this.#stored.asArray();
    else {
      const written: Line[] = new Array(this.count);
      for (let i = 0; i < written.length; i++) written[i] = this.line(i);
      lines = written;
    }
    this.#stored = ChunkedList.of(lines);
    this.#flat = lines;
    this.#shifts = [];
    return lines;
  }
}

/** The line ending a text uses, read from its first line break ("\n" for a text without one): what inserted lines are written with. */
export function lineEndingOf(text: string): string {
  return /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n';
}

/**
 * The lines of text[from, to), numbered from `firstNumber`, stored less `shift` (the shift they will
 * be read with); their texts cut from a copy of that stretch when `detach`.
 */
function splitLines(text: string, from: number, to: number, firstNumber: number, shift: Shift, detach = false): Line[] {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  // The native split is several times faster than a character loop on megabyte letters.
  const pieces = (detach ? detached(stretch) : stretch).split(/\r\n|\r|\n/);
  const lines: Line[] = new Array(pieces.length);
  let start = from;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const end = start + piece.length;
    lines[i] = { number: firstNumber + i - shift.lines, start: start - shift.offset, end: end - shift.offset, text: piece };
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}
