/**
 * Splits the issues section into disputed items. An item is anchored on its title's last line,
 * which ends in ": <decision>" (or is followed directly by the item's labelled paragraphs when
 * the decision is missing). Blank lines are not trusted as paragraph breaks: PDF page breaks put
 * them inside sentences and the 2014 layout double-spaces every line.
 */
import type { Catalog } from '../catalog/catalog';
import type { DecisionValue, DisputedItem, GuidelineLine, GuidelineSource, ItemTitle, ModifiedRequest, Rationale } from '../model';
import { JoinedText } from '../text/joinedText';
import type { Line, LineIndex, UntouchedLines } from '../text/lineIndex';
import type { Span } from '../text/span';
import { parseStatements } from './citations';
import { compileTerm, DECISIONS, ISSUES_INTRO, ITEM_PARAGRAPHS, MODIFIED_REQUEST, PARAGRAPH_LABELS } from '../grammar/vocabulary';
import { findConclusion } from './conclusion';
import type { EditWindow } from '../text/editWindow';
import type { LineFacts } from './lineFacts';
import { movedIdentity, shiftItem } from './shiftItem';
import { memoByText } from '../text/memoByText';
import { firstIndex } from '../text/firstIndex';

type LabelKind = GuidelineSource | 'rationale';

/** The sentence that opens the item list; it ends in a colon but is not an item. */
const ISSUES_INTRO_START = compileTerm(ISSUES_INTRO.pattern, { start: true });

/** The last ": value" of a title: a decision is one word of letters. (The white space after the word goes with the word: two optional runs side by side would be tried at every split of a long run after a colon.) */
const TRAILING_VALUE = /:[ \t]*(?:([A-Za-z][A-Za-z-]{0,24})[ \t]*)?$/u;

/** The last letters of the decisions, both cases. */
const DECISION_ENDINGS = new Set(DECISIONS.flatMap((d) => [d.slice(-1).toLowerCase(), d.slice(-1).toUpperCase()]).map((c) => c.charCodeAt(0)));

/** The item paragraph a line opens with its label ("MAXIMUS guideline:"), and the label's length. */
export interface LineLabel {
  readonly kind: LabelKind;
  readonly length: number;
}

/** The first letters of the paragraph labels, both cases (the labels match in any case; each pattern opens with its canonical's first letter). */
const LABEL_INITIALS = new Set(
  ITEM_PARAGRAPHS.flatMap(({ canonical }) => [canonical[0].toLowerCase(), canonical[0].toUpperCase()]).map((c) => c.charCodeAt(0)),
);

export function labelOf(text: string): LineLabel | undefined {
  // Most lines open with a printable character that opens no label: settled without the patterns.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127 && !LABEL_INITIALS.has(first)) return undefined;
  for (const label of PARAGRAPH_LABELS) {
    const m = label.pattern.exec(text);
    if (m) return { kind: label.kind, length: m[0].length };
  }
  return undefined;
}

/** Whether a line (as a title's last line) ends in ": <decision>". */
export function endsInDecision(text: string): boolean {
  // A decision is the line's last word: a line whose last character (before spaces and tabs) ends no decision is settled at once.
  let last = text.length - 1;
  while (last >= 0 && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  if (last < 0 || !DECISION_ENDINGS.has(text.charCodeAt(last))) return false;
  const value = text.includes(':') ? TRAILING_VALUE.exec(text) : null;
  return value?.[1] !== undefined && DECISIONS.some((d) => d.toLowerCase() === value[1].toLowerCase());
}

export function isBlankText(text: string): boolean {
  // Most lines open with a printable ASCII character, which no white space is.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !/\S/.test(text);
}

interface TitleAnchor {
  readonly first: number;
  readonly last: number;
}

/**
 * The items of the previous version of the letter and where that version was edited: an item
 * whose source lies wholly before the edit is kept, one wholly after it is moved, instead of
 * being parsed again.
 */
export interface PreviousItems {
  readonly items: readonly DisputedItem[];
  readonly window: EditWindow;
  /** The length of the previous text. */
  readonly length: number;
  /**
   * The previous version's lines the edit left as they were (LineIndex.untouched): lines before
   * `kept` are the same lines at the same indices, lines from `moved` on are the same lines
   * `lineShift` indices further.
   */
  readonly lines: UntouchedLines & { readonly lineShift: number };
}

/** Where a version's scan for item titles started and the titles it found, by the version's item list. */
interface TitleScan {
  /** The section's first line. */
  readonly first: number;
  readonly from: number;
  readonly anchors: readonly TitleAnchor[];
}

const titleScans = new WeakMap<readonly DisputedItem[], TitleScan>();

/**
 * The titles of the previous scan that an edit cannot have changed, before it: those whose line,
 * and the next line that is not blank (which the scan looks ahead to), are kept lines. The scan's
 * state after a title is the same in both versions (no paragraph open), so it resumes after them.
 */
function keptTitles(scan: TitleScan, previous: PreviousItems, facts: LineFacts, end: number): TitleAnchor[] {
  // The line looked ahead to comes later title after title (none: the section's end), so the kept titles are found by binary search.
  const count = firstIndex(0, scan.anchors.length, (k) => {
    const ahead = nextNonBlank(facts, scan.anchors[k].last, end);
    return ahead < 0 || ahead >= previous.lines.kept;
  });
  return scan.anchors.slice(0, count);
}

/**
 * What stays the same while an item is kept or moved unchanged: a token created when the item is
 * parsed and carried by every version that keeps or moves it, holding where its source text lies
 * relative to its span. What is computed from the item's text alone, relative to its start, can
 * be kept under this token in a WeakMap, without comparing texts.
 */
export interface ItemIdentity {
  /** The start of the item's source (its title's first line) minus the start of its span. */
  readonly sourceOffset: number;
  /** The length of the item's source, from its title's first line to the end of its last body line. */
  readonly sourceLength: number;
}

const identities = new WeakMap<DisputedItem, ItemIdentity>();

/** The item's identity (undefined only for an item this parser did not make). A moved item carries its own. */
export function itemIdentity(item: DisputedItem): ItemIdentity | undefined {
  return movedIdentity(item) ?? identities.get(item);
}

/** Where each item's source starts (its title's first line), by the item list of a version: what the next version looks its items up in. */
const sourceStarts = new WeakMap<readonly DisputedItem[], readonly number[]>();

function sourceStartsOf(items: readonly DisputedItem[]): readonly number[] {
  let starts = sourceStarts.get(items);
  if (!starts) {
    starts = items.map((item) => item.span.start + itemIdentity(item)!.sourceOffset);
    sourceStarts.set(items, starts);
  }
  return starts;
}

/**
 * How far the edit moved the source [start, end) of the new text, if it left it as it was: 0 when
 * it lies before the edit, the edit's delta when it lies after it; undefined when the edit touched it.
 */
function untouchedShift(previous: PreviousItems, start: number, end: number): number | undefined {
  const { window } = previous;
  if (end <= window.prefix) return 0;
  if (start >= previous.length + window.delta - window.suffix) return window.delta;
  return undefined;
}

/**
 * Finds previous items by their source start, for sources asked in letter order (so the previous
 * items' starts, sorted like them, are walked once per version rather than searched per item).
 */
function previousItemFinder(previous: PreviousItems): (start: number, length: number) => DisputedItem | undefined {
  const starts = sourceStartsOf(previous.items);
  let at = 0;
  return (start, length) => {
    while (at < starts.length && starts[at] < start) at++;
    const item = starts[at] === start ? previous.items[at] : undefined;
    return item && itemIdentity(item)!.sourceLength === length ? item : undefined;
  };
}

/** The next line after line `i` and before line `end` that is not blank, or -1. */
function nextNonBlank(facts: LineFacts, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) if (!facts.blank[j]) return j;
  return -1;
}

/** Where items are looked for: lines [first, end) of the letter (the issues section's, or all of them). */
export interface ItemLines {
  readonly first: number;
  readonly end: number;
}

/**
 * The items in lines `range` of `lines`, the letter's lines (read in place: a keystroke in a long
 * letter does not copy its issues section's lines); `facts` are those of all its lines, by line number.
 */
export function parseItems(lines: LineIndex, range: ItemLines, facts: LineFacts, source: string, catalog: Catalog, previous?: PreviousItems): DisputedItem[] {
  const labelAt = (i: number): LineLabel | undefined => facts.labels[i];
  const { end } = range;
  const { from, anchors } = scanTitles(lines, range, facts, labelAt, previous);

  const starts: number[] = [];
  const previousItem = previous && previousItemFinder(previous);
  const items = anchors.map((anchor, index) => {
    const bodyEnd = index + 1 < anchors.length ? anchors[index + 1].first : end;
    const sourceStart = lines.startOf(anchor.first);
    const sourceEnd = lines.endOf(bodyEnd - 1);
    starts.push(sourceStart);
    const shift = previous && untouchedShift(previous, sourceStart, sourceEnd);
    const unchanged = shift !== undefined ? previousItem!(sourceStart - shift, sourceEnd - sourceStart) : undefined;
    let item: DisputedItem;
    if (unchanged) {
      item = shiftItem(unchanged, shift!, index, itemIdentity(unchanged)!);
    } else {
      item = buildItem(
        index,
        lines.slice(anchor.first, anchor.last + 1),
        lines.slice(anchor.last + 1, bodyEnd),
        source,
        facts.labels.slice(anchor.last + 1, bodyEnd),
        catalog,
      );
      identities.set(item, { sourceOffset: sourceStart - item.span.start, sourceLength: sourceEnd - sourceStart });
    }
    return item;
  });
  sourceStarts.set(items, starts);
  titleScans.set(items, { first: range.first, from, anchors });
  return items;
}

/**
 * Where the section's items start (after its opening sentence) and the title lines of its items.
 * An edit leaves the titles before it, and after it once the scan finds a title where the previous
 * scan found it, as they were: only the lines between are scanned again.
 */
function scanTitles(
  lines: LineIndex,
  range: ItemLines,
  facts: LineFacts,
  labelAt: (i: number) => LineLabel | undefined,
  previous: PreviousItems | undefined,
): { from: number; anchors: TitleAnchor[] } {
  const { first, end } = range;
  // Skip the opening sentence of the section (within its first four lines).
  let from = first;
  while (from < end && isBlankText(lines.textOf(from))) from++;
  if (from < end && ISSUES_INTRO_START.test(lines.textOf(from))) {
    while (from < end && !/:\s*$/u.test(lines.textOf(from)) && from < first + 4) from++;
    from++;
  }

  const scan = previous && titleScans.get(previous.items);
  const comparable = scan !== undefined && scan.first === first && scan.from === from;
  const anchors: TitleAnchor[] = comparable ? keptTitles(scan, previous!, facts, end) : [];
  const { moved, lineShift } = previous?.lines ?? { moved: 0, lineShift: 0 };
  let after = anchors.length;
  let context: LabelKind | 'none' = 'none';
  for (let i = anchors.length > 0 ? anchors[anchors.length - 1].last + 1 : from; i < end; i++) {
    if (facts.blank[i]) continue;
    const label = labelAt(i);
    if (label) {
      context = label.kind;
      continue;
    }
    const decided = facts.decided[i];
    const following = nextNonBlank(facts, i, end);
    const next = following >= 0 ? labelAt(following) : undefined;
    // A line directly before an item's labelled paragraphs is a title, unless it continues a guideline paragraph.
    const beforeLabels = next !== undefined && (next.kind === 'claims-administrator' || context === 'none' || context === 'rationale');
    if (!decided && !beforeLabels) continue;
    anchors.push({ first: titleStart(lines, i, from, labelAt, anchors), last: i });
    context = 'none';
    if (comparable && i >= moved + lineShift) {
      // In the moved lines, a title the previous scan also ended on this line leaves the scan as it
      // left the previous one (no paragraph open, the next title's lines after this one) over the
      // same lines to the same section end: every title after it is the previous one, moved.
      while (after < scan.anchors.length && scan.anchors[after].last + lineShift < i) after++;
      const same = scan.anchors[after];
      if (same !== undefined && same.last + lineShift === i) {
        for (let k = after + 1; k < scan.anchors.length; k++)
          anchors.push({ first: scan.anchors[k].first + lineShift, last: scan.anchors[k].last + lineShift });
        break;
      }
    }
  }

  return { from, anchors };
}

/** Whether a title line holds "remaining" or "leaving" (memoised: every edit walks every title, and a kept line keeps its string). */
const mayModifyRequest = memoByText((text: string) => /remaining|leaving/i.test(text));

/** Walks back from a title's last line over the lines of its paragraph. */
function titleStart(lines: LineIndex, last: number, from: number, labelAt: (i: number) => unknown, anchors: readonly TitleAnchor[]): number {
  const floor = Math.max(from, anchors.length ? anchors[anchors.length - 1].last + 1 : from);
  let first = last;
  while (first - 1 >= floor && !isBlankText(lines.textOf(first - 1)) && !labelAt(first - 1)) first--;
  // A modified request's title is several sentences; in double-spaced text they are split by blank lines.
  // Only a title with "remaining" or "leaving" (words a line break cannot split) can be one.
  let modified = false;
  for (let i = first; i <= last && !modified; i++) modified = mayModifyRequest(lines.textOf(i));
  if (!modified) return first;
  const joined = lines
    .slice(first, last + 1)
    .map((l) => l.text.trim())
    .join(' ');
  if (!/was the original request/i.test(joined) && /remaining IMR eligible portion|leaving the original request/i.test(joined)) {
    const start = first;
    for (let i = start - 1; i >= floor && i >= start - 10; i--) {
      if (labelAt(i)) break;
      // The phrase may itself be wrapped ("was the original" / "request."), so read from line i on.
      const upTo = lines
        .slice(i, start)
        .map((l) => l.text.trim())
        .join(' ');
      if (/was\s+the\s+original\s+request/i.test(upTo)) {
        first = i;
        // The sentence naming the original request starts at its paragraph's first line.
        while (first - 1 >= floor && !isBlankText(lines.textOf(first - 1)) && !labelAt(first - 1)) first--;
        break;
      }
    }
  }
  return first;
}

function buildItem(
  index: number,
  titleLines: readonly Line[],
  body: readonly Line[],
  source: string,
  labels: ReadonlyArray<LineLabel | undefined>,
  catalog: Catalog,
): DisputedItem {
  const { title, decision } = readTitle(titleLines, source);

  // Each labelled paragraph runs to the next label or the end of the item.
  const paragraphs: { kind: LabelKind; labelSpan: Span; spans: Span[] }[] = [];
  body.forEach((line, i) => {
    const label = labels[i];
    if (label) {
      const labelStart = line.start + (line.text.length - line.text.trimStart().length);
      paragraphs.push({
        kind: label.kind,
        labelSpan: { start: labelStart, end: line.start + label.length },
        spans: [{ start: line.start + label.length, end: line.end }],
      });
    } else if (paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1].spans.push({ start: line.start, end: line.end });
    }
  });

  const guideline = (kind: GuidelineSource): GuidelineLine | undefined => {
    const paragraph = paragraphs.find((p) => p.kind === kind);
    if (!paragraph) return undefined;
    const content = JoinedText.fromSpans(source, paragraph.spans);
    return {
      source: kind,
      labelSpan: paragraph.labelSpan,
      span: { start: paragraph.labelSpan.start, end: content.isEmpty ? paragraph.labelSpan.end : content.span.end },
      content,
      statements: parseStatements(content, catalog),
    };
  };

  const rationaleParagraph = paragraphs.find((p) => p.kind === 'rationale');
  let rationale: Rationale | undefined;
  if (rationaleParagraph) {
    const content = JoinedText.fromSpans(source, rationaleParagraph.spans);
    rationale = {
      labelSpan: rationaleParagraph.labelSpan,
      span: { start: rationaleParagraph.labelSpan.start, end: content.isEmpty ? rationaleParagraph.labelSpan.end : content.span.end },
      content,
      conclusion: findConclusion(content),
    };
  }

  const lastNonBlank = [...body].reverse().find((line) => !isBlankText(line.text));
  const end = lastNonBlank ? lastNonBlank.start + lastNonBlank.text.trimEnd().length : title.lineSpan.end;
  return {
    index,
    span: { start: title.lineSpan.start, end: Math.max(end, title.lineSpan.end) },
    title,
    decision,
    claimsAdministrator: guideline('claims-administrator'),
    maximus: guideline('maximus'),
    rationale,
  };
}

function readTitle(titleLines: readonly Line[], source: string): { title: ItemTitle; decision?: DecisionValue } {
  const joined = JoinedText.fromSpans(
    source,
    titleLines.map((l) => ({ start: l.start, end: l.end })),
  );
  const text = joined.text;
  const value = TRAILING_VALUE.exec(text);
  let titleEnd = text.length;
  let decision: DecisionValue | undefined;
  let insertAt = joined.toSource(text.length - 1) + 1;
  if (value) {
    titleEnd = value.index;
    if (value[1]) {
      const rawStart = value.index + value[0].indexOf(value[1], 1);
      const canonical = DECISIONS.find((d) => d.toLowerCase() === value[1].toLowerCase());
      decision = { raw: value[1], span: joined.spanOf(rawStart, rawStart + value[1].length), value: canonical };
    } else {
      insertAt = joined.toSource(value.index) + 1;
    }
  }
  while (titleEnd > 0 && text[titleEnd - 1] === ' ') titleEnd--;
  const titleText = text.slice(0, titleEnd);
  const modified = readModifiedRequest(titleText);
  const request = modified?.remaining ?? modified?.original ?? titleText;
  return {
    title: {
      text: titleText,
      joined,
      span: joined.spanOf(0, titleEnd),
      lineSpan: joined.span,
      insertAt: value ? insertAt : joined.toSource(Math.max(0, titleEnd - 1)) + 1,
      request,
      modified,
    },
    decision,
  };
}

const M = MODIFIED_REQUEST;
const REMAINING_PORTION = new RegExp(
  `^(.*?)\\s+${M.original.pattern}\\s*(.*?)\\s+${M.authorized.pattern}\\s*${M.remaining.pattern},?\\s*(.*?)(?:\\s+is)?\\s*$`,
  'is',
);
const SUBSTITUTE_AUTHORIZED = new RegExp(
  `^(.*?)\\s+${M.original.pattern}\\s*${M.substituted.pattern}\\s+(.*?),\\s*${M.leaving.pattern}\\s*${M.theOriginal.pattern},?\\s*(.*?)(?:\\s+is)?\\s*$`,
  'is',
);

export function readModifiedRequest(title: string): ModifiedRequest | undefined {
  // Real titles are a few hundred characters; the bound keeps the lazy groups linear in practice.
  if (title.length > 4000 || !/original\s+request/i.test(title)) return undefined;
  let m = REMAINING_PORTION.exec(title);
  if (m) return { form: 'remaining-portion', original: m[1].trim(), authorized: m[2].trim(), remaining: m[3].trim() };
  m = SUBSTITUTE_AUTHORIZED.exec(title);
  if (m) return { form: 'substitute-authorized', original: m[1].trim(), authorized: m[2].trim(), remaining: m[3].trim() };
  return undefined;
}
