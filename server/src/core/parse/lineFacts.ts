/**
 * What the parser reads of each line on its own: whether it is blank, the section heading and the
 * item label it is, whether it ends in ": <decision>". An edit leaves most lines as they were, so
 * the facts of the lines before and after the changed ones are copied from the previous version,
 * by position, and only the changed lines are read again.
 */
import type { LineIndex, UntouchedLines } from '../text/lineIndex';
import { endsInDecision, isBlankText, labelOf, type LineLabel } from './items';
import { headingOfLine, type LineHeading } from './sections';

/** By line number. */
export interface LineFacts {
  readonly blank: readonly boolean[];
  readonly headings: readonly (LineHeading | undefined)[];
  readonly labels: readonly (LineLabel | undefined)[];
  readonly decided: readonly boolean[];
}

interface WritableFacts {
  blank: boolean[];
  headings: (LineHeading | undefined)[];
  labels: (LineLabel | undefined)[];
  decided: boolean[];
}

function emptyFacts(length: number): WritableFacts {
  return { blank: new Array(length), headings: new Array(length), labels: new Array(length), decided: new Array(length) };
}

/** The facts of lines [from, to) read from their text, at index 0 on. */
function readLines(lines: LineIndex, from: number, to: number): LineFacts {
  const facts = emptyFacts(to - from);
  for (let i = from; i < to; i++) {
    const text = lines.textOf(i);
    facts.blank[i - from] = isBlankText(text);
    facts.headings[i - from] = headingOfLine(text);
    facts.labels[i - from] = labelOf(text);
    facts.decided[i - from] = endsInDecision(text);
  }
  return facts;
}

/** Copies the facts of line `from` of `source` to line `to` of `target`. */
function copyFact(target: WritableFacts, to: number, source: LineFacts, from: number): void {
  target.blank[to] = source.blank[from];
  target.headings[to] = source.headings[from];
  target.labels[to] = source.labels[from];
  target.decided[to] = source.decided[from];
}

/** Whether the facts `read` (from line `at` on) are those `facts` holds for the same lines. */
function agree(read: LineFacts, facts: LineFacts, at: number): boolean {
  for (let i = 0; i < read.blank.length; i++) {
    const heading = read.headings[i];
    const was = facts.headings[at + i];
    const label = read.labels[i];
    const before = facts.labels[at + i];
    if (read.blank[i] !== facts.blank[at + i] || read.decided[i] !== facts.decided[at + i]) return false;
    if (heading?.id !== was?.id || heading?.misspelled !== was?.misspelled) return false;
    if (label?.kind !== before?.kind || label?.length !== before?.length) return false;
  }
  return true;
}

/**
 * The previous version's lines and their facts; with `untouched` (the lines the edit that made the
 * new lines from them left as they were), which lines are unchanged is known without comparing them.
 */
export interface PreviousLines {
  readonly lines: LineIndex;
  readonly facts: LineFacts;
  readonly untouched?: UntouchedLines;
}

/** The facts of `lines`, those of unchanged lines (same text, at the start or at the end) copied from the previous version. */
export function lineFacts(lines: LineIndex, previous?: PreviousLines): LineFacts {
  const count = lines.count;
  if (!previous) return readLines(lines, 0, count);
  const old = previous.lines;
  const oldCount = old.count;
  let head: number;
  let tail: number;
  if (previous.untouched) {
    // Kept lines and moved lines have their text unchanged: a keystroke in a long letter does not compare every line.
    head = previous.untouched.kept;
    tail = oldCount - previous.untouched.moved;
  } else {
    head = 0;
    while (head < count && head < oldCount && lines.textOf(head) === old.textOf(head)) head++;
    tail = 0;
    while (tail < count - head && tail < oldCount - head && lines.textOf(count - 1 - tail) === old.textOf(oldCount - 1 - tail)) tail++;
  }
  const read = readLines(lines, head, count - tail);
  // Most keystrokes leave the line count and the facts of the edited lines as they were: the previous facts serve as they are.
  if (count === oldCount && agree(read, previous.facts, head)) return previous.facts;
  const facts = emptyFacts(count);
  const shift = oldCount - count;
  for (let i = 0; i < count; i++) {
    if (i < head) copyFact(facts, i, previous.facts, i);
    else if (i >= count - tail) copyFact(facts, i, previous.facts, i + shift);
    else copyFact(facts, i, read, i - head);
  }
  return facts;
}
