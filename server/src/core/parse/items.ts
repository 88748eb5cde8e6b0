/**
 * Splits the issues section into disputed items. An item is anchored on its title's last line,
 * which ends in ": <decision>" (or is followed directly by the item's labelled paragraphs when
 * the decision is missing). Blank lines are not trusted as paragraph breaks: PDF page breaks put
 * them inside sentences and the 2014 layout double-spaces every line.
 */
import type { Catalog } from '../catalog/catalog';
import type { DecisionValue, DisputedItem, GuidelineLine, GuidelineSource, ItemTitle, ModifiedRequest, Rationale } from '../model';
import { JoinedText } from '../text/joinedText';
import type { Line } from '../text/lineIndex';
import type { Span } from '../text/span';
import { parseStatements } from './citations';
import { compileTerm, DECISIONS, ISSUES_INTRO, ITEM_PARAGRAPHS } from '../grammar/vocabulary';
import { findConclusion } from './conclusion';
import { shiftDeep } from './shift';

type LabelKind = GuidelineSource | 'rationale';

const LABELS: ReadonlyArray<{ kind: LabelKind; pattern: RegExp }> = ITEM_PARAGRAPHS.map((p) => ({ kind: p.kind, pattern: compileTerm(p.pattern, { start: true, end: '\\s*:' }) }));

/** The sentence that opens the item list; it ends in a colon but is not an item. */
const ISSUES_INTRO_START = compileTerm(ISSUES_INTRO.pattern, { start: true });

/** The last ": value" of a title: a decision is one word of letters. */
const TRAILING_VALUE = /:[ \t]*([A-Za-z][A-Za-z-]{0,24})?[ \t]*$/u;

function labelOf(text: string): { kind: LabelKind; length: number } | undefined {
  for (const label of LABELS) {
    const m = label.pattern.exec(text);
    if (m) return { kind: label.kind, length: m[0].length };
  }
  return undefined;
}

function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

interface TitleAnchor {
  readonly first: number;
  readonly last: number;
}

/**
 * Parsed items of the previous version, by their exact source text: an unchanged item is reused
 * (moved if the edit was before it) instead of being parsed again.
 */
export type ItemMemo = Map<string, DisputedItem>;

const keys = new WeakMap<DisputedItem, string>();

/** The exact source text an item was parsed from: the key under which its parse and its findings are reused. */
export function itemKey(item: DisputedItem): string | undefined {
  return keys.get(item);
}

export function parseItems(lines: readonly Line[], source: string, catalog: Catalog, previous?: ItemMemo, next?: ItemMemo): DisputedItem[] {
  const labels = lines.map((line) => labelOf(line.text));
  const nextNonBlank: number[] = new Array(lines.length).fill(-1);
  for (let i = lines.length - 2; i >= 0; i--) nextNonBlank[i] = isBlank(lines[i + 1]) ? nextNonBlank[i + 1] : i + 1;

  // Skip the opening sentence of the section.
  let from = 0;
  while (from < lines.length && isBlank(lines[from])) from++;
  if (from < lines.length && ISSUES_INTRO_START.test(lines[from].text)) {
    while (from < lines.length && !/:\s*$/u.test(lines[from].text) && from < 4) from++;
    from++;
  }

  const anchors: TitleAnchor[] = [];
  let context: LabelKind | 'none' = 'none';
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const label = labels[i];
    if (label) {
      context = label.kind;
      continue;
    }
    const value = TRAILING_VALUE.exec(line.text);
    const decided = value?.[1] !== undefined && DECISIONS.some((d) => d.toLowerCase() === value[1].toLowerCase());
    const next = nextNonBlank[i] >= 0 ? labels[nextNonBlank[i]] : undefined;
    // A line directly before an item's labelled paragraphs is a title, unless it continues a guideline paragraph.
    const beforeLabels = next !== undefined && (next.kind === 'claims-administrator' || context === 'none' || context === 'rationale');
    if (!decided && !beforeLabels) continue;
    anchors.push({ first: titleStart(lines, i, from, labels, anchors), last: i });
    context = 'none';
  }

  return anchors.map((anchor, index) => {
    const bodyEnd = index + 1 < anchors.length ? anchors[index + 1].first : lines.length;
    const start = lines[anchor.first].start;
    const key = source.slice(start, lines[bodyEnd - 1].end);
    const known = previous?.get(key);
    let item: DisputedItem;
    if (known) {
      const moved = shiftDeep(known, start - known.span.start);
      item = moved.index === index ? moved : { ...moved, index };
    } else {
      item = buildItem(index, anchor, lines.slice(anchor.last + 1, bodyEnd), lines, source, labels.slice(anchor.last + 1, bodyEnd), catalog);
    }
    next?.set(key, item);
    keys.set(item, key);
    return item;
  });
}

/** Walks back from a title's last line over the lines of its paragraph. */
function titleStart(lines: readonly Line[], last: number, from: number, labels: readonly unknown[], anchors: readonly TitleAnchor[]): number {
  const floor = Math.max(from, anchors.length ? anchors[anchors.length - 1].last + 1 : from);
  let first = last;
  while (first - 1 >= floor && !isBlank(lines[first - 1]) && !labels[first - 1]) first--;
  // A modified request's title is several sentences; in double-spaced text they are split by blank lines.
  const joined = () => lines.slice(first, last + 1).map((l) => l.text.trim()).join(' ');
  if (!/was the original request/iu.test(joined()) && /remaining IMR eligible portion|leaving the original request/iu.test(joined())) {
    const start = first;
    for (let i = start - 1; i >= floor && i >= start - 10; i--) {
      if (labels[i]) break;
      // The phrase may itself be wrapped ("was the original" / "request."), so read from line i on.
      const upTo = lines.slice(i, start).map((l) => l.text.trim()).join(' ');
      if (/was\s+the\s+original\s+request/iu.test(upTo)) {
        first = i;
        // The sentence naming the original request starts at its paragraph's first line.
        while (first - 1 >= floor && !isBlank(lines[first - 1]) && !labels[first - 1]) first--;
        break;
      }
    }
  }
  return first;
}

function buildItem(
  index: number,
  anchor: TitleAnchor,
  body: readonly Line[],
  all: readonly Line[],
  source: string,
  labels: ReadonlyArray<{ kind: LabelKind; length: number } | undefined>,
  catalog: Catalog,
): DisputedItem {
  const titleLines = all.slice(anchor.first, anchor.last + 1);
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

  const lastNonBlank = [...body].reverse().find((line) => !isBlank(line));
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
  const joined = JoinedText.fromSpans(source, titleLines.map((l) => ({ start: l.start, end: l.end })));
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

const REMAINING_PORTION =
  /^(.*?)\s+was\s+the\s+original\s+request\.\s*(.*?)\s+was\s+authorized\s+by\s+the\s+Claims\s+Administrator\.\s*The\s+remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request,?\s*(.*?)(?:\s+is)?\s*$/isu;
const SUBSTITUTE_AUTHORIZED =
  /^(.*?)\s+was\s+the\s+original\s+request\.\s*The\s+Claims\s+Administrator\s+authorized\s+(.*?),\s*leaving\s+the\s+original\s+request\s+IMR\s+eligible\.\s*The\s+original\s+request,?\s*(.*?)(?:\s+is)?\s*$/isu;

export function readModifiedRequest(title: string): ModifiedRequest | undefined {
  // Real titles are a few hundred characters; the bound keeps the lazy groups linear in practice.
  if (title.length > 4000 || !/original\s+request/iu.test(title)) return undefined;
  let m = REMAINING_PORTION.exec(title);
  if (m) return { form: 'remaining-portion', original: m[1].trim(), authorized: m[2].trim(), remaining: m[3].trim() };
  m = SUBSTITUTE_AUTHORIZED.exec(title);
  if (m) return { form: 'substitute-authorized', original: m[1].trim(), authorized: m[2].trim(), remaining: m[3].trim() };
  return undefined;
}
