/**
 * Reads a guideline paragraph ("Claims Administrator guideline: ..." / "MAXIMUS guideline: ...")
 * into citation statements, following the grammar of reference section 3: the two fixed
 * sentences, MTUS sentences in the 2016 (component, year, sections) and 2014 (ACOEM chapter,
 * pages) styles, and Non-MTUS citations with the ODG chapter and topic picked out.
 */
import type { Catalog } from '../catalog/catalog';
import type { MtusComponent } from '../catalog/schema';
import type {
  CitationStatement,
  ComponentReference,
  Located,
  MtusCitation,
  NonMtusCitation,
  OdgReference,
  SectionReference,
} from '../model';
import type { JoinedText } from '../text/joinedText';
import { normalizeName } from '../text/similarity';

const OUTSIDE_MTUS =
  /The\s+(?:Claims\s+Administrator|Expert\s+Reviewer)\s+based\s+(?:their|its|his|her)\s+decision\s+on\s+recommendation(?:\(s\)|s)?\s+outside\s+(?:of\s+)?the\s+MTUS(?:\s+Guidelines)?\s*\.?/giu;
const NO_EVIDENCE =
  /The\s+(?:Claims\s+Administrator|Expert\s+Reviewer)\s+did\s+not\s+cite\s+any\s+medical\s+evidence\s+for\s+(?:its|their|his|her)\s+decision\s*\.?/giu;
const DECISION_BASED_ON = /Decision\s+based\s+on\s+/giu;

export const EXPECTED_NON_MTUS_OPENING = 'Non-MTUS Citation';

interface Start {
  readonly kind: 'outside-mtus' | 'no-evidence' | 'decision';
  readonly start: number;
  /** End of the fixed sentence (for the two fixed sentences) or of "Decision based on ". */
  readonly end: number;
}

export function parseStatements(content: JoinedText, catalog: Catalog): CitationStatement[] {
  const text = content.text;
  const starts: Start[] = [];
  for (const m of text.matchAll(OUTSIDE_MTUS)) starts.push({ kind: 'outside-mtus', start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(NO_EVIDENCE)) starts.push({ kind: 'no-evidence', start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(DECISION_BASED_ON)) starts.push({ kind: 'decision', start: m.index!, end: m.index! + m[0].length });
  starts.sort((a, b) => a.start - b.start);

  const statements: CitationStatement[] = [];
  const unparsed = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) statements.push({ kind: 'unparsed', span: content.spanOf(from + lead, from + lead + trimmed.length), text: trimmed });
  };

  unparsed(0, starts[0]?.start ?? text.length);
  starts.forEach((s, i) => {
    const next = starts[i + 1]?.start ?? text.length;
    if (s.kind === 'decision') {
      const end = trimEnd(text, s.start, next);
      statements.push(parseDecisionSentence(content, s.start, s.end, end, catalog));
    } else {
      statements.push({ kind: s.kind, span: content.spanOf(s.start, s.end) });
      unparsed(s.end, next);
    }
  });
  return statements;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A located piece of the joined text. */
function located(content: JoinedText, start: number, end: number): Located {
  return { text: content.text.slice(start, end), span: content.spanOf(start, end) };
}

/** Located, trimmed of white space and of the given trailing punctuation. */
function trimmedLocated(content: JoinedText, start: number, end: number, trailing = /[\s.,;]/): Located | undefined {
  const text = content.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return end > start ? located(content, start, end) : undefined;
}

function parseDecisionSentence(content: JoinedText, start: number, bodyStart: number, end: number, catalog: Catalog): CitationStatement {
  const text = content.text;
  const body = text.slice(bodyStart, end);
  const statementText = text.slice(start, end);
  const span = content.spanOf(start, end);

  const nonMtus = /^(Non\s*-?\s*MTUS)(\s+Citation)?\s*[:,]?\s*/iu.exec(body);
  if (nonMtus) {
    const opening = nonMtus[1] + (nonMtus[2] ?? '');
    const openingEnd = bodyStart + opening.length;
    const deviates = opening.replace(/\s+/g, ' ') !== EXPECTED_NON_MTUS_OPENING;
    const restStart = bodyStart + nonMtus[0].length;
    const rest = trimmedLocated(content, restStart, end, /[\s.]/) ?? located(content, end, end);
    const citation: NonMtusCitation = {
      kind: 'non-mtus',
      span,
      text: statementText,
      body: rest,
      deviation: deviates ? { found: located(content, bodyStart, openingEnd), expected: EXPECTED_NON_MTUS_OPENING } : undefined,
      odg: parseOdg(content, restStart, end, catalog),
    };
    return citation;
  }

  const mtus = /^MTUS\s+/iu.exec(body);
  if (mtus) {
    const componentsStart = bodyStart + mtus[0].length;
    const componentsEnd = trimEnd(text, componentsStart, end - (text[end - 1] === '.' ? 1 : 0));
    const acoem = /^ACOEM\s+Chapter\s+/iu.exec(text.slice(componentsStart, componentsEnd));
    const components = acoem
      ? parse2014Components(content, componentsStart, componentsEnd, catalog)
      : parse2016Components(content, componentsStart, componentsEnd, catalog);
    if (components.length > 0) {
      const citation: MtusCitation = { kind: 'mtus', span, text: statementText, style: acoem ? '2014' : '2016', components };
      return citation;
    }
  }
  return { kind: 'unparsed', span, text: statementText };
}

// ---------------------------------------------------------------------------------------------
// 2016 style: Component Year[, Section(s): s1, s2][, and Component Year[, Section(s): ...]]

const YEAR_AT = /\s+((?:19|20)\d\d)\b/uy;
const GENERIC_COMPONENT_AT = /([A-Z][A-Za-z,&'\- ]{2,80}?)\s+((?:19|20)\d\d)\b/uy;
const SECTIONS_LABEL = /,?\s*Sections?\s*(?:\(s\))?\s*:\s*/iuy;
const PAGES_LABEL = /,?\s*(?:Page\s*\(s\)|Pages?|pg\.?|pp\.?)\s*:?\s*(\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*)/iuy;
const AND_SEPARATOR = /,?\s+and\s+/giu;

interface ComponentHead {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly yearStart: number;
  readonly yearEnd: number;
  readonly component?: MtusComponent;
}

/** A component name followed by a year at `position`: a catalog name if one fits, else any capitalised phrase. */
function componentHeadAt(text: string, position: number, limit: number, catalog: Catalog): ComponentHead | undefined {
  const lower = text.slice(position, Math.min(limit, position + 120)).toLowerCase();
  for (const { written, entry } of catalog.componentNames) {
    const key = written.toLowerCase();
    if (!lower.startsWith(key)) continue;
    YEAR_AT.lastIndex = position + key.length;
    const year = YEAR_AT.exec(text);
    if (year && year.index + year[0].length <= limit) {
      const yearEnd = year.index + year[0].length;
      return { nameStart: position, nameEnd: position + key.length, yearStart: yearEnd - 4, yearEnd, component: entry };
    }
  }
  GENERIC_COMPONENT_AT.lastIndex = position;
  const generic = GENERIC_COMPONENT_AT.exec(text);
  if (generic && generic.index + generic[0].length <= limit) {
    const yearEnd = position + generic[0].length;
    const nameEnd = position + generic[1].length;
    return { nameStart: position, nameEnd, yearStart: yearEnd - 4, yearEnd, component: catalog.componentByName(generic[1]) };
  }
  return undefined;
}

function parse2016Components(content: JoinedText, start: number, end: number, catalog: Catalog): ComponentReference[] {
  const text = content.text;
  // Every place where a component begins: the start, and each "and" followed by a name and a year.
  const heads: ComponentHead[] = [];
  const first = componentHeadAt(text, start, end, catalog);
  if (!first) return [];
  heads.push(first);
  const separators: { start: number; head: ComponentHead }[] = [];
  AND_SEPARATOR.lastIndex = first.yearEnd;
  for (let m = AND_SEPARATOR.exec(text); m && m.index < end; m = AND_SEPARATOR.exec(text)) {
    const head = componentHeadAt(text, m.index + m[0].length, end, catalog);
    if (head) {
      separators.push({ start: m.index, head });
      heads.push(head);
      AND_SEPARATOR.lastIndex = head.yearEnd;
    }
  }
  return heads.map((head, i) => {
    const tailEnd = i + 1 < heads.length ? separators[i].start : end;
    return readComponentTail(content, head, tailEnd, catalog);
  });
}

/** What follows "Name Year": optional extra words, "Section(s): ...", "Page(s): ...". */
function readComponentTail(content: JoinedText, head: ComponentHead, end: number, catalog: Catalog): ComponentReference {
  const text = content.text;
  let position = head.yearEnd;
  let extraWords: Located | undefined;
  SECTIONS_LABEL.lastIndex = position;
  let sectionsLabel = SECTIONS_LABEL.exec(text);
  if (!sectionsLabel) {
    // Words the grammar does not expect between the year and the sections ("2016 Guidelines").
    const extra = /\s+([A-Za-z][A-Za-z ]{0,40}?)(?=,?\s*Sections?\s*(?:\(s\))?\s*:)/uy;
    extra.lastIndex = position;
    const m = extra.exec(text);
    if (m && m.index + m[0].length <= end) {
      extraWords = located(content, position + m[0].length - m[1].length, position + m[0].length);
      position += m[0].length;
      SECTIONS_LABEL.lastIndex = position;
      sectionsLabel = SECTIONS_LABEL.exec(text);
    }
  }
  let sections: SectionReference[] = [];
  let pages: Located | undefined;
  if (sectionsLabel && sectionsLabel.index + sectionsLabel[0].length <= end) {
    position = sectionsLabel.index + sectionsLabel[0].length;
    let sectionsEnd = end;
    // "Section(s): X, Page(s): 12": the pages end the section list.
    const pageMatch = /,?\s*(?:Page\s*\(s\)|Pages?)\s*:?\s*\d/iu.exec(text.slice(position, end));
    if (pageMatch) sectionsEnd = position + pageMatch.index;
    sections = splitSections(content, position, sectionsEnd, head.component, catalog);
    position = sectionsEnd;
  }
  PAGES_LABEL.lastIndex = position;
  const pageLabel = PAGES_LABEL.exec(text);
  if (pageLabel && pageLabel.index + pageLabel[0].length <= end) {
    const pagesEnd = pageLabel.index + pageLabel[0].length;
    pages = located(content, pagesEnd - pageLabel[1].length, pagesEnd);
  }
  return {
    name: located(content, head.nameStart, head.nameEnd),
    year: located(content, head.yearStart, head.yearEnd),
    componentId: head.component?.id,
    sections,
    pages,
    extraWords,
  };
}

/** Splits "A, B, and C" into sections, taking known names (which may hold commas) whole. */
function splitSections(content: JoinedText, start: number, end: number, component: MtusComponent | undefined, catalog: Catalog): SectionReference[] {
  const text = content.text;
  const known = component ? catalog.sectionNamesOf(component) : [];
  const sections: SectionReference[] = [];
  let position = start;
  while (position < end) {
    const lead = /^(?:[\s,;]|and\s)+/iu.exec(text.slice(position, end));
    if (lead) position += lead[0].length;
    if (position >= end) break;
    const rest = text.slice(position, end).toLowerCase();
    const match = known.find(({ written }) => {
      const key = written.toLowerCase();
      if (!rest.startsWith(key)) return false;
      const after = rest.slice(key.length);
      return after === '' || /^\s*(?:,|;|\.|\band\b)/u.test(after);
    });
    let sectionEnd: number;
    if (match) {
      sectionEnd = position + match.written.length;
    } else {
      const comma = text.indexOf(',', position);
      sectionEnd = comma === -1 || comma > end ? end : comma;
    }
    const piece = trimmedLocated(content, position, sectionEnd);
    if (piece) sections.push({ ...piece, catalogName: match?.entry.name ?? (component ? catalog.sectionOf(component, piece.text)?.name : undefined) });
    position = Math.max(sectionEnd, position + 1);
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// 2014 style: ACOEM Chapter N Title [Page(s): pages]

const CHAPTER_HEAD = /^ACOEM\s+Chapter\s+(\d{1,3})\b\s*(?:on\s+)?/iu;
const TRAILING_PAGES = /,?\s*(?:Page\s*\(s\)|Pages?|pg\.?|pp\.?)\s*:?\s*(\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*)\s*$/iu;
const NEXT_CHAPTER = /,?\s+and\s+(?=ACOEM\s+Chapter\b)/giu;

/**
 * 2014 style: "ACOEM Chapter N Title [Page(s): pages]", several joined by "and". The title runs
 * to the pages (titles hold commas: "Forearm, Wrist, and Hand Complaints").
 */
function parse2014Components(content: JoinedText, start: number, end: number, catalog: Catalog): ComponentReference[] {
  const text = content.text;
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  NEXT_CHAPTER.lastIndex = start;
  for (let m = NEXT_CHAPTER.exec(text); m && m.index < end; m = NEXT_CHAPTER.exec(text)) {
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end });
  const components: ComponentReference[] = [];
  for (const piece of pieces) {
    const slice = text.slice(piece.start, piece.end);
    const head = CHAPTER_HEAD.exec(slice);
    if (!head) continue;
    const numberStart = piece.start + head[0].indexOf(head[1], 'ACOEM'.length);
    const number = Number(head[1]);
    const pages = TRAILING_PAGES.exec(slice);
    const titleStart = piece.start + head[0].length;
    const titleEnd = pages ? piece.start + pages.index : piece.end;
    const title = trimmedLocated(content, titleStart, titleEnd);
    const pagesEnd = pages ? piece.start + pages.index + pages[0].trimEnd().length : -1;
    const chapter = catalog.acoemChapter(number);
    const component = chapter?.mtusComponent ? catalog.componentById(chapter.mtusComponent) : undefined;
    components.push({
      name: located(content, piece.start, numberStart + head[1].length),
      componentId: component?.id,
      chapter: { number, numberSpan: content.spanOf(numberStart, numberStart + head[1].length), title },
      sections: [],
      pages: pages ? located(content, pagesEnd - pages[1].length, pagesEnd) : undefined,
    });
  }
  return components;
}

// ---------------------------------------------------------------------------------------------
// Non-MTUS: Official Disability Guidelines (ODG) Chapter, Topic[, pages N]

const ODG_MARK = /Official\s+Disability\s+Guidelines?(?:\s*\(ODG\))?|\bODG\b/iu;

function parseOdg(content: JoinedText, bodyStart: number, end: number, catalog: Catalog): OdgReference | undefined {
  const text = content.text;
  const mark = ODG_MARK.exec(text.slice(bodyStart, end));
  if (!mark) return undefined;
  let position = bodyStart + mark.index + mark[0].length;
  // Skip separators and edition words between the mark and the chapter ("(ODG), 2016, Web Version").
  const skip = /^(?:[\s,:;-]|\(ODG\)|\bODG\b)+/iu.exec(text.slice(position, end));
  if (skip) position += skip[0].length;
  const rest = text.slice(position, end);
  // Cut "and Other Medical Treatment Guidelines ..." off the ODG part.
  const other = /\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines?\b/iu.exec(rest);
  const odgEnd = other ? position + other.index : end;
  const odgText = text.slice(position, odgEnd);
  const normalized = normalizeName(odgText);
  let chapter: OdgReference['chapter'];
  for (let i = 0; i < catalog.odgChapterNames.length; i++) {
    const { entry } = catalog.odgChapterNames[i];
    const key = catalog.odgChapterKeys[i];
    if (normalized.startsWith(key) && (normalized.length === key.length || /^[\s,.:;(-]/u.test(normalized.slice(key.length)))) {
      const chapterEnd = advanceNormalized(odgText, key.length);
      const piece = trimmedLocated(content, position, position + chapterEnd);
      if (piece) chapter = { ...piece, chapterId: entry.id };
      position += chapterEnd;
      break;
    }
  }
  // The topic follows the chapter after a comma or a word like "Chapter"/"section".
  const topicLead = /^(?:[\s,:;-]|\b(?:Chapter|section)\b)+/iu.exec(text.slice(position, odgEnd));
  if (topicLead) position += topicLead[0].length;
  let topicEnd = odgEnd;
  let pages: Located | undefined;
  const pageMatch = /,?\s*(?:pages?|pg\.?|pp\.?|Page\s*\(s\))\s*:?\s*(\d+(?:\s*-\s*\d+)?)/iu.exec(text.slice(position, odgEnd));
  if (pageMatch) {
    topicEnd = position + pageMatch.index;
    const pagesEnd = position + pageMatch.index + pageMatch[0].length;
    pages = located(content, pagesEnd - pageMatch[1].length, pagesEnd);
  }
  const topicPiece = position < topicEnd ? trimmedLocated(content, position, topicEnd) : undefined;
  const chapterEntry = chapter?.chapterId ? catalog.odgChapterById(chapter.chapterId) : undefined;
  const topic = topicPiece ? { ...topicPiece, catalogName: catalog.odgTopic(chapterEntry, topicPiece.text)?.name } : undefined;
  if (!chapter && !topic) return {};
  return { chapter, topic, pages };
}

/** Length in the original text that covers `normalizedLength` characters of its normalised form. */
function advanceNormalized(original: string, normalizedLength: number): number {
  let count = 0;
  let i = 0;
  // Leading white space is dropped by normalisation.
  while (i < original.length && /\s/.test(original[i])) i++;
  while (i < original.length && count < normalizedLength) {
    if (/\s/.test(original[i])) {
      while (i + 1 < original.length && /\s/.test(original[i + 1])) i++;
    }
    count++;
    i++;
  }
  return i;
}
