/**
 * The tokenizer of guideline paragraphs ("Claims Administrator guideline: ..." / "MAXIMUS
 * guideline: ..."): one pass that reads the citation grammar of reference section 3 into
 * statements of tokens. It never fails: what fits no grammar is a `text` token. It is tolerant
 * of a paragraph cut short (the text up to the cursor): a piece the grammar can read only as the
 * beginning of something is a `partial` token, and the token the text ends inside is marked
 * `unfinished`. The parser builds the model's citations from these statements; completion
 * dispatches on the last token before the cursor.
 */
import type { Catalog } from '../catalog/catalog';
import type { MtusComponent } from '../catalog/schema';
import { normalizeName } from '../text/similarity';
import { CITATION, compileTerm, FIXED_SENTENCES, type FixedSentenceKind } from './vocabulary';

export type GuidelineTokenKind =
  | 'fixed-sentence'
  | 'decision-based-on'
  | 'mtus'
  | 'non-mtus'
  | 'acoem-chapter'
  | 'chapter-number'
  | 'chapter-title'
  | 'component'
  | 'year'
  | 'extra-words'
  | 'sections-label'
  | 'section'
  | 'pages-label'
  | 'pages'
  | 'separator'
  | 'odg'
  | 'odg-chapter'
  | 'odg-topic'
  | 'source-text'
  | 'text';

export interface GuidelineToken {
  readonly kind: GuidelineTokenKind;
  readonly start: number;
  readonly end: number;
  /** The text ends inside this token (completion completes it). */
  unfinished?: boolean;
  /** Only the beginning of what the grammar expects here (a component name without its year). */
  readonly partial?: boolean;
  readonly sentence?: FixedSentenceKind;
  /** component, chapter-number: the catalog component (the MTUS component that adopted the chapter), when known. */
  readonly componentId?: string;
  /** section, odg-topic: the catalog's name for it, when known. */
  readonly catalogName?: string;
  /** odg-chapter: the catalog chapter. */
  readonly chapterId?: string;
  /** chapter-number: the ACOEM chapter number. */
  readonly chapter?: number;
  /** non-mtus: the opening is not written "Non-MTUS Citation". */
  readonly deviates?: boolean;
}

export type StatementKind = 'outside-mtus' | 'no-evidence' | 'mtus' | 'non-mtus' | 'unparsed';

export interface TokenizedStatement {
  readonly kind: StatementKind;
  readonly start: number;
  /** End of the statement, trailing white space excluded (its full stop included). */
  readonly end: number;
  /** MTUS citations: 2016 component/year/sections, 2014 ACOEM chapter/pages. */
  readonly style?: '2016' | '2014';
  readonly tokens: readonly GuidelineToken[];
}

const OUTSIDE_MTUS = compileTerm(FIXED_SENTENCES['outside-mtus'].pattern, { global: true });
const NO_EVIDENCE = compileTerm(FIXED_SENTENCES['no-evidence'].pattern, { global: true });
const DECISION_BASED_ON = compileTerm(`${CITATION.decisionBasedOn.pattern}\\s+`, { global: true });
/**
 * Put before a pattern that opens with ",?\s*" or ",?\s+": it starts only where such a match can
 * first start (at a comma, or after a character that is neither white space nor a comma). A match
 * from inside a run of white space is also one from the run's start, so the leftmost match is the
 * same; tried from every character of a long run, each try would read the rest of the run again.
 */
const RUN_START = '(?:(?=,)|(?<![\\s,]))';
/** White space and punctuation at the end, tried only where a run of them starts (see RUN_START). */
const TRAILING_PUNCTUATION = /(?<![\s.,;])[\s.,;]+$/u;
const NON_MTUS_OPENING = new RegExp(`^(Non(?:\\s*-)?\\s*MTUS)(\\s+Citation)?\\s*[:,]?\\s*`, 'i');
const MTUS_OPENING = new RegExp(`^${CITATION.mtus.pattern}(?:\\s+|$)`, 'i');
const ACOEM_OPENING = new RegExp(`^${CITATION.acoemChapter.pattern}(?:\\s+|$)`, 'i');
const YEAR_AT = new RegExp(`\\s+(${CITATION.year.pattern})\\b`, 'uy');
/** A name the catalog does not know, followed by a year: labels hold commas, slashes, colons and parentheses. */
const GENERIC_COMPONENT_AT = new RegExp(`([A-Z][A-Za-z,&'/:()\\- ]{2,80}?)\\s+(${CITATION.year.pattern})\\b`, 'uy');
const SECTIONS_LABEL = new RegExp(`,?\\s*(${CITATION.sections.pattern})\\s*`, 'iy');
/** Words the grammar does not expect between the year and the sections ("2016 Guidelines"). */
const EXTRA_WORDS = new RegExp(`\\s+([A-Za-z][A-Za-z ]{0,40}?)(?=,?\\s*${CITATION.sections.pattern})`, 'uy');
const PAGES = new RegExp(`${RUN_START},?\\s*(${CITATION.pages.pattern})\\s*(${CITATION.pageNumbers.pattern})`, 'i');
// Searched from the end of a year (never from inside a run of white space, where RUN_START would refuse a match the run's start would give).
const AND_SEPARATOR = compileTerm(`${RUN_START}${CITATION.and.pattern}`, { global: true });
const CHAPTER_NUMBER = /^(\d{1,3})\b\s*(?:on\s+)?/u;
const NEXT_CHAPTER = new RegExp(`${RUN_START},?\\s+and\\s+(?=${CITATION.acoemChapter.pattern}\\b)`, 'gi');
const TRAILING_PAGES = new RegExp(`${RUN_START},?\\s*(${CITATION.pages.pattern})\\s*(${CITATION.pageNumbers.pattern})\\s*$`, 'i');
const ODG_MARK = compileTerm(CITATION.odg.pattern);
const OTHER_GUIDELINES = /(?<!\s)\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines?\b/i;
/** The pages after an ODG topic: what ends the topic. */
const ODG_PAGES = new RegExp(`${RUN_START},?\\s*(pages?|pg\\.?|pp\\.?|Page\\s*\\(s\\))(?:\\s*:)?\\s*(\\d+(?:\\s*-\\s*\\d+)?)`, 'i');

/** Collects the tokens of one statement. */
class Tokens {
  readonly list: GuidelineToken[] = [];
  constructor(private readonly text: string) {}

  add(kind: GuidelineTokenKind, start: number, end: number, extra: Partial<GuidelineToken> = {}): void {
    if (end > start) this.list.push({ kind, start, end, ...extra });
  }

  /** A piece trimmed of white space and of trailing punctuation. */
  addTrimmed(kind: GuidelineTokenKind, start: number, end: number, extra: Partial<GuidelineToken> = {}, trailing = /[\s.,;]/u): void {
    while (start < end && /\s/u.test(this.text[start])) start++;
    while (end > start && trailing.test(this.text[end - 1])) end--;
    this.add(kind, start, end, extra);
  }

  /** Text between tokens that is only punctuation and white space is a separator. */
  addSeparator(start: number, end: number): void {
    const piece = this.text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) this.add('separator', start + lead, start + lead + trimmed.length);
  }
}

/** Reads a guideline paragraph's text into statements. */
export function tokenizeGuideline(text: string, catalog: Catalog): TokenizedStatement[] {
  const starts: { kind: 'outside-mtus' | 'no-evidence' | 'decision'; start: number; end: number }[] = [];
  for (const m of text.matchAll(OUTSIDE_MTUS)) starts.push({ kind: 'outside-mtus', start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(NO_EVIDENCE)) starts.push({ kind: 'no-evidence', start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(DECISION_BASED_ON)) starts.push({ kind: 'decision', start: m.index!, end: m.index! + m[0].length });
  starts.sort((a, b) => a.start - b.start);

  const statements: TokenizedStatement[] = [];
  const unparsed = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = start + raw.trim().length;
    if (end > start) statements.push({ kind: 'unparsed', start, end, tokens: [{ kind: 'text', start, end }] });
  };

  unparsed(0, starts[0]?.start ?? text.length);
  starts.forEach((s, i) => {
    const next = starts[i + 1]?.start ?? text.length;
    if (s.kind === 'decision') {
      statements.push(decisionSentence(text, s.start, s.end, trimEnd(text, s.start, next), catalog));
    } else {
      const tokens = new Tokens(text);
      tokens.add('fixed-sentence', s.start, s.end, { sentence: s.kind });
      statements.push({ kind: s.kind, start: s.start, end: s.end, tokens: tokens.list });
      unparsed(s.end, next);
    }
  });
  markUnfinished(text, statements);
  return statements;
}

/** The token the text ends inside: the last one, when nothing but its own characters follow. */
function markUnfinished(text: string, statements: TokenizedStatement[]): void {
  const last = statements.at(-1)?.tokens.at(-1);
  if (!last || last.end !== text.length || /[\s.]$/u.test(text)) return;
  last.unfinished = true;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1])) end--;
  return end;
}

function decisionSentence(text: string, start: number, bodyStart: number, end: number, catalog: Catalog): TokenizedStatement {
  const body = text.slice(bodyStart, end);
  const tokens = new Tokens(text);
  tokens.add('decision-based-on', start, bodyStart);

  const nonMtus = NON_MTUS_OPENING.exec(body);
  if (nonMtus) {
    const opening = nonMtus[1] + (nonMtus[2] ?? '');
    tokens.add('non-mtus', bodyStart, bodyStart + opening.length, { deviates: opening.replace(/\s+/gu, ' ') !== CITATION.nonMtus.canonical });
    nonMtusBody(text, tokens, bodyStart + nonMtus[0].length, end, catalog);
    return { kind: 'non-mtus', start, end, tokens: tokens.list };
  }

  const mtus = MTUS_OPENING.exec(body);
  if (mtus) {
    tokens.add('mtus', bodyStart, bodyStart + CITATION.mtus.canonical.length);
    const componentsStart = bodyStart + mtus[0].length;
    const componentsEnd = trimEnd(text, componentsStart, end - (text[end - 1] === '.' ? 1 : 0));
    const acoem = ACOEM_OPENING.test(text.slice(componentsStart, componentsEnd));
    const read = acoem
      ? chapters2014(text, tokens, componentsStart, componentsEnd, catalog)
      : components2016(text, tokens, componentsStart, componentsEnd, catalog);
    if (read) return { kind: 'mtus', start, end, style: acoem ? '2014' : '2016', tokens: tokens.list };
    // Nothing the grammar reads after "MTUS": at the end of the text, the beginning of a component name.
    if (acoem) return { kind: 'unparsed', start, end, tokens: tokens.list };
    if (componentsEnd > componentsStart && componentsEnd === text.length) tokens.add('component', componentsStart, componentsEnd, { partial: true });
    else tokens.add('text', componentsStart, end);
    return { kind: 'unparsed', start, end, tokens: tokens.list };
  }
  tokens.add('text', bodyStart, end);
  return { kind: 'unparsed', start, end, tokens: tokens.list };
}

// ---------------------------------------------------------------------------------------------
// 2016 style: Component Year[, Section(s): s1, s2][, Page(s): p][, and Component Year ...]

interface ComponentHead {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly yearEnd: number;
  readonly component?: MtusComponent;
}

/** A component name followed by a year at `position`: a catalog name if one fits, else any capitalised phrase. */
function componentHeadAt(text: string, position: number, limit: number, catalog: Catalog): ComponentHead | undefined {
  const lower = text.slice(position, Math.min(limit, position + 120)).toLowerCase();
  for (const { key, entry } of catalog.componentNamesByInitial.get(lower[0]) ?? []) {
    if (!lower.startsWith(key)) continue;
    YEAR_AT.lastIndex = position + key.length;
    const year = YEAR_AT.exec(text);
    if (year && year.index + year[0].length <= limit)
      return { nameStart: position, nameEnd: position + key.length, yearEnd: year.index + year[0].length, component: entry };
  }
  GENERIC_COMPONENT_AT.lastIndex = position;
  const generic = GENERIC_COMPONENT_AT.exec(text);
  if (generic && generic.index + generic[0].length <= limit) {
    return {
      nameStart: position,
      nameEnd: position + generic[1].length,
      yearEnd: position + generic[0].length,
      component: catalog.componentByName(generic[1]),
    };
  }
  return undefined;
}

function components2016(text: string, tokens: Tokens, start: number, end: number, catalog: Catalog): boolean {
  const first = componentHeadAt(text, start, end, catalog);
  if (!first) return false;
  // Every place where a component begins: the start, and each "and" followed by a name and a year.
  const heads: { head: ComponentHead; andAt?: number }[] = [{ head: first }];
  // Searched in the statement only: the paragraph's text after it was read again for each statement.
  // A separator cut off at the statement's end joins nothing either way (no component fits after it).
  const statement = end < text.length ? text.slice(0, end) : text;
  AND_SEPARATOR.lastIndex = first.yearEnd;
  for (let m = AND_SEPARATOR.exec(statement); m; m = AND_SEPARATOR.exec(statement)) {
    const head = componentHeadAt(text, m.index + m[0].length, end, catalog);
    if (head) {
      heads.push({ head, andAt: m.index });
      AND_SEPARATOR.lastIndex = head.yearEnd;
    }
  }
  heads.forEach(({ head, andAt }, i) => {
    if (andAt !== undefined) tokens.addSeparator(andAt, head.nameStart);
    const tailEnd = i + 1 < heads.length ? heads[i + 1].andAt! : end;
    componentTail(text, tokens, head, tailEnd, catalog);
  });
  // A text cut short after ", and": the next component is being written.
  const after = tokens.list.at(-1)!.end;
  const next = /^,?\s+and(?:\s+(\S[^]*))?$/i.exec(text.slice(after, end));
  if (next && text.slice(end).trim() === '') {
    const nameStart = next[1] === undefined ? end : end - next[1].length;
    tokens.addSeparator(after, next[1] === undefined ? end : nameStart);
    tokens.add('component', nameStart, end, { partial: true });
  }
  return true;
}

/** "Name Year", then optional extra words, "Section(s): ...", "Page(s): ...". */
function componentTail(text: string, tokens: Tokens, head: ComponentHead, end: number, catalog: Catalog): void {
  tokens.add('component', head.nameStart, head.nameEnd, { componentId: head.component?.id });
  tokens.add('year', head.yearEnd - 4, head.yearEnd);
  let position = head.yearEnd;
  SECTIONS_LABEL.lastIndex = position;
  let label = SECTIONS_LABEL.exec(text);
  if (!label) {
    EXTRA_WORDS.lastIndex = position;
    const extra = EXTRA_WORDS.exec(text);
    if (extra && extra.index + extra[0].length <= end) {
      const extraEnd = position + extra[0].length;
      tokens.add('extra-words', extraEnd - extra[1].length, extraEnd);
      position = extraEnd;
      SECTIONS_LABEL.lastIndex = position;
      label = SECTIONS_LABEL.exec(text);
    }
  }
  // Its trailing white space may run past the end of a text cut short after "Section(s): ".
  if (label && label.index + label[0].trimEnd().length <= end) {
    const labelStart = label.index + label[0].indexOf(label[1]);
    tokens.add('sections-label', labelStart, labelStart + label[1].length);
    position = Math.min(end, label.index + label[0].length);
    // "Section(s): X, Page(s): 12" or "Section(s): X, pg. 300": the pages end the section list.
    const pages = PAGES.exec(text.slice(position, end));
    const sectionsEnd = pages ? position + pages.index : end;
    sectionList(text, tokens, position, sectionsEnd, head.component, catalog);
    position = sectionsEnd;
  }
  const pages = PAGES.exec(text.slice(position, end));
  if (pages && text.slice(position, position + pages.index).trim() === '') {
    const at = position + pages.index;
    const labelStart = at + pages[0].indexOf(pages[1]);
    tokens.add('pages-label', labelStart, labelStart + pages[1].trimEnd().length);
    const numbersEnd = at + pages[0].length;
    tokens.add('pages', numbersEnd - pages[2].length, numbersEnd);
  }
}

/** Longer than any section name with what follows it: how far a known name is looked for. */
const SECTION_WINDOW = 240;

/** Splits "A, B, and C" into sections, taking known names (which may hold commas) whole. */
function sectionList(text: string, tokens: Tokens, start: number, end: number, component: MtusComponent | undefined, catalog: Catalog): void {
  const known = component ? catalog.sectionNamesOf(component) : [];
  let position = start;
  while (position < end) {
    // Windows, not the rest of the list: a list of thousands of sections stays linear.
    const lead = /^(?:[\s,;]|and(?:\s|$))+/i.exec(text.slice(position, Math.min(end, position + 64)));
    if (lead) {
      tokens.addSeparator(position, position + lead[0].length);
      position += lead[0].length;
    }
    if (position >= end) break;
    const rest = text.slice(position, Math.min(end, position + SECTION_WINDOW)).toLowerCase();
    const match = known.find(({ written }) => {
      const key = written.toLowerCase();
      if (!rest.startsWith(key)) return false;
      const after = rest.slice(key.length);
      return (after === '' && position + key.length === end) || /^\s*(?:,|;|\.|\band\b)/u.test(after);
    });
    let sectionEnd: number;
    if (match) sectionEnd = position + match.written.length;
    else {
      const comma = text.indexOf(',', position);
      sectionEnd = comma === -1 || comma > end ? end : comma;
    }
    const piece = text.slice(position, sectionEnd).replace(TRAILING_PUNCTUATION, '');
    const catalogName = match?.entry.name ?? (component && piece ? catalog.sectionOf(component, piece)?.name : undefined);
    tokens.addTrimmed('section', position, sectionEnd, { catalogName });
    position = Math.max(sectionEnd, position + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// 2014 style: ACOEM Chapter N Title [Page(s): pages], several joined by "and"

/** The title runs to the pages (titles hold commas: "Forearm, Wrist, and Hand Complaints"). */
function chapters2014(text: string, tokens: Tokens, start: number, end: number, catalog: Catalog): boolean {
  const pieces: { start: number; end: number; andEnd?: number }[] = [];
  let from = start;
  // Searched in the statement only (see components2016). After `end` come only white space, a full
  // stop and the next statement's opening, so no "ACOEM Chapter" that a separator looks ahead to is cut off.
  const statement = end < text.length ? text.slice(0, end) : text;
  NEXT_CHAPTER.lastIndex = start;
  for (let m = NEXT_CHAPTER.exec(statement); m; m = NEXT_CHAPTER.exec(statement)) {
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end });
  let read = false;
  pieces.forEach((piece, i) => {
    if (i > 0) tokens.addSeparator(pieces[i - 1].end, piece.start);
    const opening = ACOEM_OPENING.exec(text.slice(piece.start, piece.end));
    if (!opening) return;
    const afterOpening = piece.start + opening[0].length;
    const number = CHAPTER_NUMBER.exec(text.slice(afterOpening, piece.end));
    tokens.add('acoem-chapter', piece.start, piece.start + opening[0].trimEnd().length);
    if (!number) return;
    read = true;
    const chapter = catalog.acoemChapter(Number(number[1]));
    const component = chapter?.mtusComponent ? catalog.componentById(chapter.mtusComponent) : undefined;
    tokens.add('chapter-number', afterOpening, afterOpening + number[1].length, { chapter: Number(number[1]), componentId: component?.id });
    const slice = text.slice(piece.start, piece.end);
    const pages = TRAILING_PAGES.exec(slice);
    const titleStart = afterOpening + number[0].length;
    const titleEnd = pages ? piece.start + pages.index : piece.end;
    tokens.addTrimmed('chapter-title', titleStart, titleEnd);
    if (pages) {
      const at = piece.start + pages.index;
      const labelStart = at + pages[0].indexOf(pages[1]);
      tokens.add('pages-label', labelStart, labelStart + pages[1].trimEnd().length);
      const numbersEnd = at + pages[0].trimEnd().length;
      tokens.add('pages', numbersEnd - pages[2].length, numbersEnd);
    }
  });
  return read;
}

// ---------------------------------------------------------------------------------------------
// Non-MTUS: Official Disability Guidelines (ODG) Chapter, Topic[, pages N] or another source

function nonMtusBody(text: string, tokens: Tokens, start: number, end: number, catalog: Catalog): void {
  let bodyEnd = end;
  while (bodyEnd > start && /[\s.]/u.test(text[bodyEnd - 1])) bodyEnd--;
  const mark = ODG_MARK.exec(text.slice(start, bodyEnd));
  if (!mark) {
    tokens.addTrimmed('source-text', start, bodyEnd);
    return;
  }
  if (text.slice(start, start + mark.index).trim()) tokens.addTrimmed('source-text', start, start + mark.index);
  let position = start + mark.index;
  tokens.add('odg', position, position + mark[0].length);
  position += mark[0].length;
  // Separators and edition words between the mark and the chapter ("(ODG), 2016, Web Version").
  const skip = /^(?:[\s,:;-]|\(ODG\)|\bODG\b)+/i.exec(text.slice(position, bodyEnd));
  if (skip) position += skip[0].length;
  // "and Other Medical Treatment Guidelines ..." is not part of the ODG citation.
  const other = OTHER_GUIDELINES.exec(text.slice(position, bodyEnd));
  const odgEnd = other ? position + other.index : bodyEnd;
  const odgText = text.slice(position, odgEnd);
  const normalized = normalizeName(odgText);
  for (let i = 0; i < catalog.odgChapterNames.length; i++) {
    const key = catalog.odgChapterKeys[i];
    if (normalized.startsWith(key) && (normalized.length === key.length || /^[\s,.:;(-]/u.test(normalized.slice(key.length)))) {
      const chapterEnd = position + advanceNormalized(odgText, key.length);
      tokens.addTrimmed('odg-chapter', position, chapterEnd, { chapterId: catalog.odgChapterNames[i].entry.id });
      position = chapterEnd;
      break;
    }
  }
  const chapterToken = tokens.list.at(-1)?.kind === 'odg-chapter' ? tokens.list.at(-1) : undefined;
  // The topic follows the chapter after a comma or a word like "Chapter"/"section".
  const topicLead = /^(?:[\s,:;-]|\b(?:Chapter|section)\b)+/i.exec(text.slice(position, odgEnd));
  if (topicLead) {
    if (chapterToken) tokens.addSeparator(position, position + topicLead[0].length);
    position += topicLead[0].length;
  }
  let topicEnd = odgEnd;
  const pages = ODG_PAGES.exec(text.slice(position, odgEnd));
  if (pages) topicEnd = position + pages.index;
  if (position < topicEnd) {
    const chapter = chapterToken?.chapterId ? catalog.odgChapterById(chapterToken.chapterId) : undefined;
    const raw = text.slice(position, topicEnd).replace(TRAILING_PUNCTUATION, '').trim();
    tokens.addTrimmed('odg-topic', position, topicEnd, { catalogName: raw ? catalog.odgTopic(chapter, raw)?.name : undefined });
  }
  if (pages) {
    const at = position + pages.index;
    const labelStart = at + pages[0].indexOf(pages[1]);
    tokens.add('pages-label', labelStart, labelStart + pages[1].trimEnd().length);
    const numbersEnd = at + pages[0].length;
    tokens.add('pages', numbersEnd - pages[2].length, numbersEnd);
  }
  if (other) tokens.addTrimmed('source-text', odgEnd, bodyEnd);
}

/** Length in the original text that covers `normalizedLength` characters of its normalised form. */
function advanceNormalized(original: string, normalizedLength: number): number {
  let count = 0;
  let i = 0;
  // Leading white space is dropped by normalisation.
  while (i < original.length && /\s/u.test(original[i])) i++;
  while (i < original.length && count < normalizedLength) {
    if (/\s/u.test(original[i])) {
      while (i + 1 < original.length && /\s/u.test(original[i + 1])) i++;
    }
    count++;
    i++;
  }
  return i;
}
