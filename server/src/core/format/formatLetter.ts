/**
 * The letter formatter: turns a letter pasted from a PDF into clean markup without changing a
 * word. Hard-wrapped lines are joined into paragraphs, the item line becomes `Title: Decision`,
 * headings lose their indentation, trailing spaces go, and blocks are separated by one blank
 * line. The two-column header table is kept line for line.
 *
 * It reads the document model (never re-parses): headings, the header, and each item's title,
 * guideline paragraphs and rationale come from their spans, so the formatted letter has the same
 * structure (and the same findings) as the original. Only the prose between them is segmented
 * here, with care for PDF artefacts: a page break leaves a blank line inside a sentence, and the
 * 2014 layout double-spaces every line.
 */
import { lineEndingOf } from '../text/lineIndex';
import { CREDENTIAL_LINES, ITEM_PARAGRAPHS } from '../grammar/vocabulary';
import type { TextChange } from '../findings';
import type { LetterModel } from '../model';
import type { Line, LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';

export interface FormatOptions {
  /** Line break of the output; by default the first one of the text (LF when there is none). */
  readonly eol?: string;
}

export interface FormatResult {
  /** The whole formatted text. */
  readonly text: string;
  /** Minimal replacements that turn the original into `text`, in document order, non-overlapping. */
  readonly changes: readonly TextChange[];
}

/** A block of the output: lines written one under the other; blocks are separated by a blank line. */
interface Block {
  /** Source line the block starts on. */
  readonly firstLine: number;
  readonly lines: string[];
}

/** Lines that always stand on their own line, even with no blank line before them. */
const STANDALONE = [...[...CREDENTIAL_LINES, ...ITEM_PARAGRAPHS].map((term) => new RegExp(`^(?:${term.pattern})\\s*:`, 'i')), /^[•▪◦●]\s/u];

/**
 * Words a sentence does not end on: a line ending in one of them, then a blank line, continues
 * after the blank (a page break), even when the next line starts with a capital ("The Request
 * for" / "Authorization form ...").
 */
const CONTINUING_WORDS = new Set(
  'a an the of for to and or nor in on at by with from per as than that which who whose is was were are be been being has have had not no include includes including into onto over under upon via Citation'.split(
    ' ',
  ),
);

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function collapse(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Appends a line to a paragraph with one space, or with none after a word broken at its hyphen
 * ("Electro-" / "diagnostic"): the same reading as the model's joined text. `last` is the line
 * appended last (the paragraph ends as it does): reading the end of a paragraph built by appending
 * copies all of it, line after line (1.2 s for a case summary of 6,400 sentences).
 */
function append(paragraph: string | undefined, text: string, last: string | undefined = paragraph): string {
  if (paragraph === undefined || paragraph === '') return text;
  return /[A-Za-z0-9]-$/.test(last ?? '') ? paragraph + text : `${paragraph} ${text}`;
}

/** Joins trimmed, non-blank lines into one line (white space runs inside become one space). */
function joinLines(lines: readonly Line[]): string {
  let result = '';
  let last = '';
  for (const line of lines) {
    const text = collapse(line.text);
    if (text === '') continue;
    result = append(result, text, last);
    last = text;
  }
  return result;
}

function standalone(text: string): boolean {
  return STANDALONE.some((p) => p.test(text));
}

/** Whether the line stops mid-sentence (no end punctuation). */
function unfinished(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed !== '' && !/[.!?:]["'”’)\]]*$/u.test(trimmed);
}

/** Whether `next`, after a blank line, carries on the sentence `previous` left open. */
function continuesAcrossBlank(previous: string, next: string): boolean {
  if (!unfinished(previous)) return false;
  if (standalone(next)) return false;
  const first = next.trimStart()[0] ?? '';
  if (/[\p{Ll}\d(),;%/&-]/u.test(first)) return true;
  // A word is tried from its first letter only: from each letter of a long one, each try would read the rest of it again.
  const lastWord = /((?<![A-Za-z])[A-Za-z]+|[,;&/-])\s*$/u.exec(previous.trimEnd())?.[1] ?? '';
  return /^[,;&/-]$/.test(lastWord) || CONTINUING_WORDS.has(lastWord) || CONTINUING_WORDS.has(lastWord.toLowerCase());
}

/**
 * Whether the text double-spaces its lines (the 2014 layout: a blank line after every line):
 * many lines stop mid-sentence and go on, lower-case, after exactly one blank line. A formatted
 * letter never has that, so formatting it again does not switch to this mode.
 */
export function isDoubleSpaced(lines: LineIndex): boolean {
  let nonBlank = 0;
  let carried = 0;
  const count = lines.count;
  for (let i = 0; i < count; i++) {
    if (isBlank(lines.textOf(i))) continue;
    nonBlank++;
    if (i + 2 < count && isBlank(lines.textOf(i + 1)) && !isBlank(lines.textOf(i + 2))) {
      if (unfinished(lines.textOf(i)) && /^[\p{Ll}\d]/u.test(lines.textOf(i + 2).trimStart())) carried++;
    }
  }
  return nonBlank >= 8 && carried >= 4 && carried / nonBlank >= 0.15;
}

/** Splits a run of prose lines (no headings or model parts inside) into paragraph blocks. */
function segmentProse(lines: readonly Line[], doubleSpaced: boolean, blocks: Block[]): void {
  let block: Block | undefined;
  let current: string | undefined;
  let previousText = '';
  let blanks = 0;
  const finishLine = () => {
    if (block && current !== undefined) block.lines.push(current);
    current = undefined;
  };
  for (const line of lines) {
    const text = collapse(line.text);
    if (text === '') {
      blanks++;
      continue;
    }
    if (!block) {
      block = { firstLine: line.number, lines: [] };
      blocks.push(block);
      current = text;
    } else {
      let join: boolean;
      let newBlock = false;
      if (standalone(text)) {
        join = false;
        newBlock = blanks > 0 && !(doubleSpaced && blanks === 1);
      } else if (blanks === 0) {
        join = true;
      } else if (doubleSpaced && blanks === 1) {
        join = true;
      } else {
        join = continuesAcrossBlank(previousText, text);
        newBlock = !join;
      }
      if (join) {
        // previousText is the line the paragraph ends with.
        current = append(current, text, previousText);
      } else {
        finishLine();
        if (newBlock) {
          block = { firstLine: line.number, lines: [] };
          blocks.push(block);
        }
        current = text;
      }
    }
    previousText = text;
    blanks = 0;
  }
  finishLine();
}

interface Part {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly kind: 'title' | 'guideline' | 'rationale';
  /** For a title: the normalised item line. */
  readonly text?: string;
}

/** The model's item parts, by first line. */
function itemParts(model: LetterModel): Map<number, Part> {
  const parts = new Map<number, Part>();
  const lineOf = (offset: number) => model.lines.lineAt(offset).number;
  const add = (part: Part) => {
    if (part.lastLine < part.firstLine || parts.has(part.firstLine)) return;
    parts.set(part.firstLine, part);
  };
  for (const item of model.items) {
    const title = item.title;
    const normalised = item.decision ? `${collapse(title.text)}: ${item.decision.raw}` : undefined;
    add({ firstLine: lineOf(title.lineSpan.start), lastLine: lineOf(title.lineSpan.end), kind: 'title', text: normalised });
    for (const g of [item.claimsAdministrator, item.maximus]) {
      if (g) add({ firstLine: lineOf(g.labelSpan.start), lastLine: lineOf(Math.max(g.span.end, g.labelSpan.end)), kind: 'guideline' });
    }
    const r = item.rationale;
    if (r) add({ firstLine: lineOf(r.labelSpan.start), lastLine: lineOf(Math.max(r.span.end, r.labelSpan.end)), kind: 'rationale' });
  }
  return parts;
}

/** The header table's lines: from the top to the first heading (or the blank line after the last field). */
function headerEnd(model: LetterModel, headingLines: ReadonlySet<number>): number {
  if (model.header.length === 0) return 0;
  const lines = model.lines.lines;
  const lastField = Math.max(...model.header.map((f) => model.lines.lineAt(Math.max(f.labelSpan.start, f.valueSpan.end)).number));
  const firstHeading = headingLines.size > 0 ? Math.min(...headingLines) : -1;
  if (firstHeading > lastField) return firstHeading;
  let end = lastField + 1;
  while (end < lines.length && !isBlank(lines[end].text) && !headingLines.has(end)) end++;
  return end;
}

function buildBlocks(model: LetterModel): Block[] {
  const lines = model.lines.lines;
  const headingLines = new Set(model.sections.map((s) => model.lines.lineAt(s.headingSpan.start).number));
  const parts = itemParts(model);
  const doubleSpaced = isDoubleSpaced(model.lines);
  const blocks: Block[] = [];

  const header = headerEnd(model, headingLines);
  const headerLines: string[] = [];
  let headerFirst = -1;
  for (let i = 0; i < header; i++) {
    const text = lines[i].text.trimEnd();
    if (text.trim() === '') continue;
    if (headerFirst < 0) headerFirst = i;
    headerLines.push(text);
  }
  if (headerLines.length > 0) blocks.push({ firstLine: headerFirst, lines: headerLines });

  let prose: Line[] = [];
  /** The block the prose just before the current position ended with (for a title that it runs into). */
  let proseTail: Block | undefined;
  const flush = () => {
    proseTail = undefined;
    if (prose.length === 0) return;
    const before = blocks.length;
    segmentProse(prose, doubleSpaced, blocks);
    if (blocks.length > before) proseTail = blocks[blocks.length - 1];
    prose = [];
  };
  for (let i = header; i < lines.length; i++) {
    if (headingLines.has(i)) {
      flush();
      blocks.push({ firstLine: i, lines: [collapse(lines[i].text)] });
      continue;
    }
    const part = parts.get(i);
    if (part && part.lastLine < lines.length) {
      const span = lines.slice(part.firstLine, part.lastLine + 1);
      // A part never swallows a heading (a malformed letter); the heading wins.
      const headingInside = span.findIndex((l) => headingLines.has(l.number));
      if (headingInside < 0) {
        flush();
        let itemLine = part.text ?? joinLines(span);
        let firstLine = i;
        // A modified request's title whose first sentences the model left out (a page break inside
        // the title): the sentence that runs on into the title line belongs to it.
        const tail = proseTail?.lines[proseTail.lines.length - 1];
        if (part.kind === 'title' && proseTail && tail !== undefined && continuesAcrossBlank(tail, itemLine)) {
          itemLine = append(tail, itemLine);
          proseTail.lines.pop();
          if (proseTail.lines.length === 0) {
            blocks.pop();
            firstLine = proseTail.firstLine;
          }
        }
        if (part.kind === 'rationale') segmentProse(span, doubleSpaced, blocks);
        else blocks.push({ firstLine, lines: [itemLine] });
        i = part.lastLine;
        continue;
      }
    }
    prose.push(lines[i]);
  }
  flush();
  return blocks.filter((b) => b.lines.length > 0);
}

/** The replacement of each block's source region, in order; regions tile the text. */
function blockEdits(model: LetterModel, eol: string): { span: Span; newText: string }[] {
  const text = model.text;
  const lines = model.lines.lines;
  const blocks = buildBlocks(model);
  if (blocks.length === 0) return [{ span: { start: 0, end: text.length }, newText: '' }];
  return blocks.map((block, i) => {
    const start = i === 0 ? 0 : lines[block.firstLine].start;
    const end = i + 1 < blocks.length ? lines[blocks[i + 1].firstLine].start : text.length;
    const newText = block.lines.join(eol) + eol + (i + 1 < blocks.length ? eol : '');
    return { span: { start, end }, newText };
  });
}

/** Shrinks a replacement to the part that differs (keeps the cursor and the undo step small). */
function minimal(text: string, span: Span, newText: string): TextChange | undefined {
  const old = text.slice(span.start, span.end);
  if (old === newText) return undefined;
  let prefix = 0;
  const max = Math.min(old.length, newText.length);
  while (prefix < max && old.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  // Never cut a CRLF pair in two.
  while (prefix > 0 && old[prefix - 1] === '\r' && old[prefix] === '\n') prefix--;
  while (suffix > 0 && old[old.length - suffix] === '\n' && old[old.length - suffix - 1] === '\r') suffix--;
  return { span: { start: span.start + prefix, end: span.end - suffix }, newText: newText.slice(prefix, newText.length - suffix) };
}

/** Formats the whole letter. */
export function formatLetter(model: LetterModel, options: FormatOptions = {}): FormatResult {
  const eol = options.eol ?? lineEndingOf(model.text);
  const edits = blockEdits(model, eol);
  const text = edits.map((e) => e.newText).join('');
  const changes = edits.map((e) => minimal(model.text, e.span, e.newText)).filter((c): c is TextChange => c !== undefined);
  return { text, changes };
}

/**
 * Formats the blocks that the range touches (whole blocks: a paragraph is joined as a whole even
 * when the range covers part of it). An empty range formats the block it is in.
 */
export function formatRange(model: LetterModel, range: Span, options: FormatOptions = {}): TextChange[] {
  const eol = options.eol ?? lineEndingOf(model.text);
  const edits = blockEdits(model, eol);
  const touched = edits.filter(
    (e, i) =>
      (e.span.start < range.end && range.start < e.span.end) ||
      (range.start === range.end && range.start >= e.span.start && (range.start < e.span.end || i === edits.length - 1)),
  );
  return touched.map((e) => minimal(model.text, e.span, e.newText)).filter((c): c is TextChange => c !== undefined);
}
