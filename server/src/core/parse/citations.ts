/**
 * Builds the model's citation statements of a guideline paragraph from the statements and
 * tokens the grammar's tokenizer reads (grammar/guidelineTokens.ts): the two fixed sentences,
 * MTUS citations in the 2016 (component, year, sections) and 2014 (ACOEM chapter, pages) styles,
 * and Non-MTUS citations with the ODG chapter and topic picked out.
 */
import type { Catalog } from '../catalog/catalog';
import { tokenizeGuideline, type GuidelineToken, type TokenizedStatement } from '../grammar/guidelineTokens';
import { CITATION } from '../grammar/vocabulary';
import type { CitationStatement, ComponentReference, Located, NonMtusCitation, OdgReference } from '../model';
import type { JoinedText } from '../text/joinedText';
import { remembered } from '../text/memoByText';

export const EXPECTED_NON_MTUS_OPENING = CITATION.nonMtus.canonical;

/**
 * The tokenizer's statements per catalog and paragraph text. Their places are offsets in the
 * paragraph's own text, so a paragraph met again (a moved item, the same citation in the next
 * letter) is not read again.
 */
const statementsByCatalog = new WeakMap<Catalog, Map<string, readonly TokenizedStatement[]>>();

function tokenizedStatements(text: string, catalog: Catalog): readonly TokenizedStatement[] {
  let cache = statementsByCatalog.get(catalog);
  if (!cache) statementsByCatalog.set(catalog, (cache = new Map()));
  return remembered(cache, text, 4096, () => tokenizeGuideline(text, catalog));
}

export function parseStatements(content: JoinedText, catalog: Catalog): CitationStatement[] {
  return tokenizedStatements(content.text, catalog).map((statement) => buildStatement(content, statement));
}

function located(content: JoinedText, start: number, end: number): Located {
  return { text: content.text.slice(start, end), span: content.spanOf(start, end) };
}

function of(content: JoinedText, token: GuidelineToken): Located {
  return located(content, token.start, token.end);
}

function buildStatement(content: JoinedText, statement: TokenizedStatement): CitationStatement {
  const span = content.spanOf(statement.start, statement.end);
  const text = content.text.slice(statement.start, statement.end);
  switch (statement.kind) {
    case 'outside-mtus':
    case 'no-evidence':
      return { kind: statement.kind, span };
    case 'unparsed':
      return { kind: 'unparsed', span, text };
    case 'non-mtus':
      return nonMtusCitation(content, statement, span, text);
    case 'mtus':
      return { kind: 'mtus', span, text, style: statement.style!, components: componentReferences(content, statement.tokens) };
  }
}

/** One reference per component (2016) or chapter (2014), with the tokens that follow it. */
function componentReferences(content: JoinedText, tokens: readonly GuidelineToken[]): ComponentReference[] {
  const references: ComponentReference[] = [];
  let current: { -readonly [K in keyof ComponentReference]: ComponentReference[K] } | undefined;
  // The current reference's sections, added to in place: a copy per section made a list of thousands quadratic.
  let sections: ComponentReference['sections'][number][] = [];
  let chapterOpening: GuidelineToken | undefined;
  for (const token of tokens) {
    switch (token.kind) {
      case 'component':
        // The beginning of a name a text cut short ends in is no reference.
        if (token.partial) break;
        sections = [];
        current = { name: of(content, token), componentId: token.componentId, sections };
        references.push(current);
        break;
      case 'acoem-chapter':
        chapterOpening = token;
        current = undefined;
        break;
      case 'chapter-number':
        sections = [];
        current = {
          name: located(content, chapterOpening!.start, token.end),
          componentId: token.componentId,
          chapter: { number: token.chapter!, numberSpan: content.spanOf(token.start, token.end) },
          sections,
        };
        references.push(current);
        break;
      case 'chapter-title':
        if (current?.chapter) current.chapter = { ...current.chapter, title: of(content, token) };
        break;
      case 'year':
        if (current) current.year = of(content, token);
        break;
      case 'extra-words':
        if (current) current.extraWords = of(content, token);
        break;
      case 'section':
        if (current) sections.push({ ...of(content, token), catalogName: token.catalogName });
        break;
      case 'pages':
        if (current) current.pages = of(content, token);
        break;
      default:
        break;
    }
  }
  return references;
}

function nonMtusCitation(content: JoinedText, statement: TokenizedStatement, span: NonMtusCitation['span'], text: string): NonMtusCitation {
  const opening = statement.tokens.find((t) => t.kind === 'non-mtus')!;
  const rest = statement.tokens.filter((t) => t.start >= opening.end);
  let bodyEnd = statement.end;
  while (bodyEnd > opening.end && /[\s.]/u.test(content.text[bodyEnd - 1])) bodyEnd--;
  const bodyStart = Math.min(rest[0]?.start ?? bodyEnd, bodyEnd);
  return {
    kind: 'non-mtus',
    span,
    text,
    body: located(content, bodyStart, bodyEnd),
    deviation: opening.deviates ? { found: of(content, opening), expected: EXPECTED_NON_MTUS_OPENING } : undefined,
    odg: odgReference(content, rest),
  };
}

function odgReference(content: JoinedText, tokens: readonly GuidelineToken[]): OdgReference | undefined {
  if (!tokens.some((t) => t.kind === 'odg')) return undefined;
  const chapter = tokens.find((t) => t.kind === 'odg-chapter');
  const topic = tokens.find((t) => t.kind === 'odg-topic');
  const pages = tokens.find((t) => t.kind === 'pages');
  if (!chapter && !topic) return {};
  return {
    chapter: chapter ? { ...of(content, chapter), chapterId: chapter.chapterId } : undefined,
    topic: topic ? { ...of(content, topic), catalogName: topic.catalogName } : undefined,
    pages: pages ? of(content, pages) : undefined,
  };
}
