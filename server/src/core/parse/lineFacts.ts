/**
 * What the parser reads of each line on its own: whether it is blank, the section heading and the
 * item label it is, whether it ends in ": <decision>". An edit leaves most lines as they were, so
 * the facts of the lines before and after the changed ones are copied from the previous version,
 * by position, and only the changed lines are read again.
 */
import type { Line, LineIndex } from '../text/lineIndex';
import { endsInDecision, isBlankText, labelOf, type LineLabel } from './items';
import { headingOfLine, type LineHeading } from './sections';

/** By line number. */
export interface LineFacts {
  readonly blank: readonly boolean[];
  readonly headings: readonly (LineHeading | undefined)[];
  readonly labels: readonly (LineLabel | undefined)[];
  readonly decided: readonly boolean[];
}

/** The facts of `lines`, those of unchanged lines (same text, at the start or at the end) copied from the previous version. */
export function lineFacts(lines: LineIndex, previous?: { readonly lines: LineIndex; readonly facts: LineFacts }): LineFacts {
  const now = lines.lines;
  const old = previous?.lines.lines ?? [];
  let head = 0;
  while (head < now.length && head < old.length && now[head].text === old[head].text) head++;
  let tail = 0;
  while (tail < now.length - head && tail < old.length - head && now[now.length - 1 - tail].text === old[old.length - 1 - tail].text) tail++;
  // Most keystrokes leave the line count and the facts of the edited lines as they were: the previous facts serve as they are.
  if (previous && now.length === old.length && sameFacts(now, head, now.length - tail, previous.facts)) return previous.facts;
  const blank: boolean[] = new Array(now.length);
  const headings: (LineHeading | undefined)[] = new Array(now.length);
  const labels: (LineLabel | undefined)[] = new Array(now.length);
  const decided: boolean[] = new Array(now.length);
  const shift = old.length - now.length;
  for (let i = 0; i < now.length; i++) {
    const from = i < head ? i : i >= now.length - tail ? i + shift : -1;
    if (from >= 0 && previous) {
      blank[i] = previous.facts.blank[from];
      headings[i] = previous.facts.headings[from];
      labels[i] = previous.facts.labels[from];
      decided[i] = previous.facts.decided[from];
    } else {
      const text = now[i].text;
      blank[i] = isBlankText(text);
      headings[i] = headingOfLine(text);
      labels[i] = labelOf(text);
      decided[i] = endsInDecision(text);
    }
  }
  return { blank, headings, labels, decided };
}

/** Whether reading lines [from, to) again gives the facts `facts` holds for them. */
function sameFacts(lines: readonly Line[], from: number, to: number, facts: LineFacts): boolean {
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    if (isBlankText(text) !== facts.blank[i] || endsInDecision(text) !== facts.decided[i]) return false;
    const heading = headingOfLine(text);
    const was = facts.headings[i];
    if (heading?.id !== was?.id || heading?.misspelled !== was?.misspelled) return false;
    const label = labelOf(text);
    const before = facts.labels[i];
    if (label?.kind !== before?.kind || label?.length !== before?.length) return false;
  }
  return true;
}
