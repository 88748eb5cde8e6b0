/**
 * Where the cursor is, for completion: the paragraph it is in (read up to it), the item, and in
 * a guideline paragraph the slot of the citation grammar it fills, read from the tokenizer's
 * last token (grammar/guidelineTokens.ts): the same reading the parser makes of the letter.
 */
import type { Catalog } from '../catalog/catalog';
import { isDoubleSpaced } from '../format/formatLetter';
import { tokenizeGuideline, type GuidelineToken, type TokenizedStatement } from '../grammar/guidelineTokens';
import { ITEM_PARAGRAPHS, PARAGRAPH_LABELS, type ParagraphKind } from '../grammar/vocabulary';
import type { DisputedItem, LetterModel } from '../model';
import { JoinedText } from '../text/joinedText';
import type { Span } from '../text/span';
import type { PriorStatements } from './citationCandidates';

export interface Paragraph {
  readonly kind?: ParagraphKind;
  /** The paragraph up to the cursor as one line (white space collapsed, hyphen breaks joined). */
  readonly text: string;
  /** Source offset of a position in `text`. */
  toSource(index: number): number;
}

const LABEL_WITH_SPACE = new RegExp(
  `^\\s*(?:${ITEM_PARAGRAPHS.filter((p) => p.kind !== 'rationale')
    .map((p) => p.pattern)
    .join('|')})\\s*:\\s*`,
  'i',
);

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The paragraph that the cursor is in, read up to the cursor. */
export function paragraphBefore(model: LetterModel, offset: number): Paragraph {
  const lines = model.lines;
  const current = lines.lineAt(offset);
  let first = current.number;
  let kind: ParagraphKind | undefined;
  // In a double-spaced letter (2014 layout) one blank line does not end a paragraph.
  const doubleSpaced = isDoubleSpaced(lines);
  for (;;) {
    const label = PARAGRAPH_LABELS.find((l) => l.pattern.test(lines.textOf(first)));
    if (label) {
      kind = label.kind;
      break;
    }
    if (first === 0 || current.number - first >= 30) break;
    if (isBlank(lines.textOf(first - 1))) {
      if (!doubleSpaced || first < 2 || isBlank(lines.textOf(first - 2))) break;
      first -= 2;
    } else first--;
  }
  const spans: Span[] = [];
  for (let i = first; i < current.number; i++) spans.push({ start: lines.startOf(i), end: lines.endOf(i) });
  spans.push({ start: current.start, end: offset });
  const joined = JoinedText.fromSpans(model.text, spans);
  const beforeCursor = model.text.slice(current.start, offset);
  const trailingSpace = joined.text !== '' && (/\s$/u.test(beforeCursor) || (beforeCursor === '' && current.number > first));
  const full = joined.text + (trailingSpace ? ' ' : '');
  return {
    kind,
    text: full,
    toSource: (index: number) => (index >= joined.text.length ? offset : joined.toSource(index)),
  };
}

/** The item the cursor is in (from its title to the next title). */
export function itemAt(model: LetterModel, offset: number): DisputedItem | undefined {
  let found: DisputedItem | undefined;
  for (const item of model.items) {
    if (item.title.lineSpan.start <= offset) found = item;
    else break;
  }
  if (!found) return undefined;
  const issues = model.sections.find((s) => s.id === 'issues');
  const nextHeading = model.sections.find((s) => s.headingSpan.start > found!.title.lineSpan.start);
  if (nextHeading && offset >= nextHeading.headingSpan.start && (!issues || nextHeading !== issues)) return undefined;
  return found;
}

/** Whether nothing follows the cursor on its line (an inserted citation then ends its sentence). */
export function needsPeriod(model: LetterModel, offset: number): boolean {
  const line = model.lines.lineAt(offset);
  return model.text.slice(offset, line.end).trim() === '';
}

/** The slot of the citation grammar at the cursor, with the text the insertion replaces (from `from` in the paragraph's text). */
export type GuidelineSlot =
  | { readonly kind: 'statement'; readonly from: number; readonly prior: PriorStatements }
  | { readonly kind: 'decision-based-on'; readonly from: number; readonly prior: PriorStatements }
  | { readonly kind: 'component'; readonly from: number; readonly sectionsOf?: SectionsOwner }
  | { readonly kind: 'section'; readonly from: number; readonly sectionsOf: SectionsOwner }
  | { readonly kind: 'chapter'; readonly from: number }
  | { readonly kind: 'non-mtus'; readonly from: number }
  | { readonly kind: 'odg-topic'; readonly from: number; readonly chapterId: string }
  | { readonly kind: 'none' };

export interface SectionsOwner {
  readonly componentId?: string;
  readonly year?: string;
  /** The sections already listed before the cursor. */
  readonly listed: readonly string[];
}

/**
 * The slot a guideline paragraph's text (up to the cursor) leaves open. Offsets are in `text`.
 * Undefined before the label's colon.
 */
export function guidelineSlot(text: string, catalog: Catalog): GuidelineSlot | undefined {
  const label = LABEL_WITH_SPACE.exec(text);
  if (!label) return undefined;
  const bodyStart = label[0].length;
  const body = text.slice(bodyStart);
  const statements = tokenizeGuideline(body, catalog);
  const shift = (slot: GuidelineSlot): GuidelineSlot => ('from' in slot ? { ...slot, from: slot.from + bodyStart } : slot);
  const last = statements.at(-1);
  const prior = priorOf(statements.slice(0, -1));
  // Nothing yet, or a sentence just ended: a new statement.
  if (!last || /[.!?]\s+$/u.test(body)) return shift({ kind: 'statement', from: body.length, prior: priorOf(statements) });
  return shift(slotIn(body, last, prior));
}

function priorOf(statements: readonly TokenizedStatement[]): PriorStatements {
  return {
    mtusOrOutside: statements.some((s) => s.kind === 'mtus' || s.kind === 'outside-mtus' || s.tokens.some((t) => t.kind === 'mtus')),
    noEvidence: statements.some((s) => s.kind === 'no-evidence'),
  };
}

/** The slot inside the statement the cursor is in, from its last token. */
function slotIn(body: string, statement: TokenizedStatement, prior: PriorStatements): GuidelineSlot {
  const tokens = statement.tokens;
  const last = tokens.at(-1)!;
  const before = tokens.at(-2);
  const open = !last.unfinished; // the text goes on past the last token (a space)
  const whole: GuidelineSlot = { kind: 'statement', from: statement.start, prior };
  switch (last.kind) {
    case 'text':
      if (before?.kind === 'decision-based-on')
        return /^[A-Za-z-]*$/u.test(body.slice(last.start)) ? { kind: 'decision-based-on', from: last.start, prior } : { kind: 'none' };
      return { kind: 'statement', from: last.start, prior };
    case 'decision-based-on':
      return { kind: 'decision-based-on', from: body.length, prior };
    case 'mtus':
      return open ? { kind: 'component', from: body.length } : { kind: 'decision-based-on', from: last.start, prior };
    case 'non-mtus':
      return open ? { kind: 'non-mtus', from: body.length } : { kind: 'decision-based-on', from: last.start, prior };
    case 'component':
      // A name being written (after "MTUS " or after ", and "); an empty one is the slot after ", and ".
      return last.partial ? { kind: 'component', from: last.start } : whole;
    case 'acoem-chapter':
      return open ? { kind: 'chapter', from: body.length } : whole;
    case 'chapter-number':
      return last.unfinished ? { kind: 'chapter', from: last.start } : whole;
    case 'sections-label':
      return { kind: 'section', from: body.length, sectionsOf: ownerOf(body, tokens) };
    case 'section':
      return afterAnd(body, before)
        ? { kind: 'component', from: last.start, sectionsOf: ownerOf(body, tokens, last) }
        : { kind: 'section', from: last.start, sectionsOf: ownerOf(body, tokens, last) };
    case 'separator':
      return separatorSlot(body, tokens, last);
    case 'odg-topic':
      return last.unfinished && before?.kind === 'separator' && tokens.at(-3)?.kind === 'odg-chapter'
        ? { kind: 'odg-topic', from: last.start, chapterId: tokens.at(-3)!.chapterId! }
        : nonMtusRest(tokens, body);
    default:
      return statement.kind === 'non-mtus' ? nonMtusRest(tokens, body) : whole;
  }
}

function afterAnd(body: string, token: GuidelineToken | undefined): boolean {
  return token?.kind === 'separator' && /\band$/i.test(body.slice(token.start, token.end));
}

/** After ", " in a section list: another section; after ", and ": a section or the next component. After the ODG chapter's ", ": a topic. */
function separatorSlot(body: string, tokens: readonly GuidelineToken[], separator: GuidelineToken): GuidelineSlot {
  const before = tokens.at(-2);
  if (before?.kind === 'odg-chapter') return { kind: 'odg-topic', from: body.length, chapterId: before.chapterId! };
  if (before?.kind === 'year' && afterAnd(body, separator)) return { kind: 'component', from: body.length };
  if (before?.kind === 'section') {
    const sectionsOf = ownerOf(body, tokens);
    return afterAnd(body, separator) ? { kind: 'component', from: body.length, sectionsOf } : { kind: 'section', from: body.length, sectionsOf };
  }
  return { kind: 'none' };
}

/** In a Non-MTUS citation: the body after "Non-MTUS Citation" is what is being completed. */
function nonMtusRest(tokens: readonly GuidelineToken[], body: string): GuidelineSlot {
  const opening = tokens.find((t) => t.kind === 'non-mtus');
  if (!opening) return { kind: 'none' };
  const from = tokens.find((t) => t.start >= opening.end)?.start ?? body.length;
  return { kind: 'non-mtus', from };
}

/** The component whose sections are being listed: the last component before the cursor. */
function ownerOf(body: string, tokens: readonly GuidelineToken[], current?: GuidelineToken): SectionsOwner {
  let component: GuidelineToken | undefined;
  let year: string | undefined;
  let listed: string[] = [];
  for (const token of tokens) {
    if (token === current) break;
    if (token.kind === 'component') {
      component = token;
      year = undefined;
      listed = [];
    } else if (token.kind === 'year') year = body.slice(token.start, token.end);
    else if (token.kind === 'section') listed.push(body.slice(token.start, token.end));
  }
  return { componentId: component?.componentId, year, listed };
}
