/**
 * The TextMate grammar (syntaxes/imr.tmLanguage.json) written from the vocabulary and the
 * catalog's guideline names: `npm run generate` writes it and a test holds the committed file
 * equal to it, so the highlighter reads a letter the way the parser does. Only the phrases no
 * parser term covers (conclusion words, dates, spinal levels) are written here.
 */
import type { Catalog } from '../catalog/catalog';
import {
  CASE_NUMBER,
  CITATION,
  CREDENTIAL_LINES,
  DECISIONS,
  FIXED_SENTENCES,
  HEADER_FIELDS,
  HEADINGS,
  ITEM_PARAGRAPHS,
  LETTER_FIRST_LINE,
  OTHER_HEADINGS,
  PRIORITIES,
} from './vocabulary';

type Capture = { name: string; patterns?: object[] };
interface MatchRule {
  comment?: string;
  match: string;
  name?: string;
  captures?: Record<string, Capture>;
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`);
}

/** A literal name as a pattern that allows any white space between its words. */
function spaced(text: string): string {
  return escapeLiteral(text).replace(/ +/g, '\\s+');
}

const [UPHELD, OVERTURNED] = DECISIONS;
const DECISION_SCOPES = { [UPHELD]: 'markup.deleted.decision.upheld.imr', [OVERTURNED]: 'markup.inserted.decision.overturned.imr' };
const LABEL_SEPARATOR: Capture = { name: 'punctuation.separator.label.imr' };

function headerRules(): MatchRule[] {
  const caseNumber = HEADER_FIELDS.find((f) => f.key === 'caseNumber')!;
  const priority = HEADER_FIELDS.find((f) => f.key === 'priority')!;
  const dates = HEADER_FIELDS.filter((f) => f.isDate);
  const broken = HEADER_FIELDS.find((f) => f.broken)!;
  const label: Capture = { name: 'variable.other.header-label.imr' };
  return [
    { match: `\\b(${caseNumber.pattern})(:)\\s*(${CASE_NUMBER})?`, captures: { 1: label, 2: LABEL_SEPARATOR, 3: { name: 'constant.other.case-number.imr' } } },
    {
      match: `\\b(${priority.pattern})(:)\\s*(${PRIORITIES.join('|')})?`,
      captures: { 1: label, 2: LABEL_SEPARATOR, 3: { name: 'constant.language.priority.imr' } },
    },
    { match: `\\b(${dates.map((f) => f.pattern).join('|')})(:)`, captures: { 1: label, 2: LABEL_SEPARATOR } },
    {
      comment: "The PDF table breaks 'Application Received:' over two lines.",
      match: `^\\s*(${broken.broken!.rest})(:)\\s*$|\\b(${broken.broken!.first.replace('(?=\\s+\\d)', '')})(?=\\s+\\d{1,2}/\\d{1,2}/\\d{2,4})`,
      captures: { 1: label, 2: LABEL_SEPARATOR, 3: label },
    },
  ];
}

/** The guideline names letters print, longest first (so that "Knee Disorders" wins over "Knee"). */
function componentNames(catalog: Catalog): string[] {
  return [...new Set(catalog.componentNames.map((n) => n.written))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function citationRules(catalog: Catalog): object[] {
  return [
    { include: '#fixed-sentence' },
    {
      match: `\\b(${CITATION.decisionBasedOn.pattern})\\s+(Non(?:\\s*-)?\\s*MTUS)(\\s+Citation)?`,
      captures: { 1: { name: 'keyword.control.citation.imr' }, 2: { name: 'support.type.non-mtus.imr' }, 3: { name: 'support.type.non-mtus.imr' } },
    },
    {
      match: `\\b(${CITATION.decisionBasedOn.pattern})\\s+(${CITATION.mtus.pattern})\\b`,
      captures: { 1: { name: 'keyword.control.citation.imr' }, 2: { name: 'support.type.mtus.imr' } },
    },
    {
      match: '\\b(ACOEM)\\s+(Chapter)\\s+(\\d{1,2})\\b',
      captures: { 1: { name: 'support.class.acoem.imr' }, 2: { name: 'support.class.acoem.imr' }, 3: { name: 'constant.numeric.chapter.imr' } },
    },
    {
      comment: 'An MTUS guideline (every name the catalog knows) and its year.',
      match: `\\b(${componentNames(catalog).map(spaced).join('|')})\\s+(${CITATION.year.pattern})\\b`,
      captures: { 1: { name: 'support.class.component.imr' }, 2: { name: 'constant.numeric.year.imr' } },
    },
    {
      comment:
        'Section(s): and the section names, up to the full stop (a stop inside a number, 3.3.9, does not end them) or the pages; a further guideline inside the list is scoped too.',
      match: `\\b(Section\\(s\\)|Sections?)(:)[ \\t]*((?:(?!,?\\s*${CITATION.pages.pattern}\\s*\\d)(?:[^.\\n]|\\.(?=\\d)))*)`,
      captures: {
        1: { name: 'keyword.other.sections.imr' },
        2: LABEL_SEPARATOR,
        3: { name: 'string.unquoted.section-name.imr', patterns: [{ include: '#citation' }] },
      },
    },
    {
      match: `(${CITATION.pages.pattern.replace(/\(\?:\\s\*:\)\?$/, '')})(:?)\\s*(${CITATION.pageNumbers.pattern})`,
      captures: { 1: { name: 'keyword.other.pages.imr' }, 2: LABEL_SEPARATOR, 3: { name: 'constant.numeric.page.imr' } },
    },
    { match: CITATION.odg.pattern.replace(/^/, '\\b'), name: 'support.class.odg.imr' },
  ];
}

export function textMateGrammar(catalog: Catalog): object {
  const headings = [...HEADINGS.flatMap((h) => [h.canonical, ...h.aliases]), ...OTHER_HEADINGS];
  const paragraphScopes: Record<string, string> = {
    'claims-administrator': 'keyword.other.label.guideline.claims-administrator.imr',
    maximus: 'keyword.other.label.guideline.maximus.imr',
    rationale: 'keyword.other.label.rationale.imr',
  };
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'IMR Determination',
    scopeName: 'text.imr',
    fileTypes: ['imr'],
    firstLineMatch: LETTER_FIRST_LINE,
    patterns: ['heading', 'item-line', 'lone-decision', 'paragraph-label', 'credentials', 'header', 'citation', 'conclusion', 'date', 'spinal-level'].map(
      (name) => ({ include: `#${name}` }),
    ),
    repository: {
      heading: {
        comment: "The three section headings (and the older layouts' names), alone on their line, any indentation.",
        match: `^\\s*(${headings.map(escapeLiteral).join('|')})\\s*$`,
        captures: { 1: { name: 'markup.heading.section.imr entity.name.section.imr' } },
      },
      'item-line': {
        comment: "An item title and its decision: the decision follows the last ': ' of the line.",
        match: `^(\\s*)(\\S.*)(:)[ \\t]*(?:(${UPHELD})|(${OVERTURNED}))[ \\t]*$`,
        captures: {
          2: { name: 'entity.name.function.item-title.imr', patterns: [{ include: '#spinal-level' }, { include: '#date' }] },
          3: { name: 'punctuation.separator.decision.imr' },
          4: { name: DECISION_SCOPES[UPHELD] },
          5: { name: DECISION_SCOPES[OVERTURNED] },
        },
      },
      'lone-decision': {
        comment: 'A decision wrapped onto its own line after a long title.',
        match: `^\\s*(?:(${UPHELD})|(${OVERTURNED}))\\s*$`,
        captures: { 1: { name: DECISION_SCOPES[UPHELD] }, 2: { name: DECISION_SCOPES[OVERTURNED] } },
      },
      'paragraph-label': {
        match: `^\\s*(?:${ITEM_PARAGRAPHS.map((p) => `(${p.pattern})`).join('|')})(:)`,
        captures: {
          ...Object.fromEntries(ITEM_PARAGRAPHS.map((p, i) => [i + 1, { name: paragraphScopes[p.kind] }])),
          [ITEM_PARAGRAPHS.length + 1]: LABEL_SEPARATOR,
        },
      },
      credentials: {
        match: `^\\s*(${CREDENTIAL_LINES.map((l) => l.pattern).join('|')})(:)`,
        captures: { 1: { name: 'keyword.other.label.credentials.imr' }, 2: LABEL_SEPARATOR },
      },
      header: { patterns: headerRules() },
      citation: { patterns: citationRules(catalog) },
      'fixed-sentence': {
        patterns: [
          { match: `\\b${FIXED_SENTENCES['outside-mtus'].pattern}`, name: 'markup.italic.outside-mtus.imr' },
          { match: `\\b${FIXED_SENTENCES['no-evidence'].pattern}`, name: 'markup.italic.no-evidence.imr' },
        ],
      },
      conclusion: {
        comment: "The closing conclusion's phrase: negative (goes with Upheld) and positive (goes with Overturned).",
        patterns: [
          {
            match:
              '\\b(?:not|cannot\\s+be\\s+considered|no\\s+longer)\\s+(?:considered\\s+|deemed\\s+)?medically\\s+necessary\\b|\\bmedically\\s+unnecessary\\b',
            name: 'markup.deleted.conclusion.negative.imr',
          },
          { match: '\\bmedically\\s+necessary\\b', name: 'markup.inserted.conclusion.positive.imr' },
        ],
      },
      date: {
        patterns: [
          { match: '\\b\\d{1,2}([/-])\\d{1,2}\\1(?:\\d{4}|\\d{2})\\b', name: 'constant.numeric.date.imr' },
          {
            match: '\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},?\\s+\\d{4}\\b',
            name: 'constant.numeric.date.imr',
          },
        ],
      },
      'spinal-level': { match: '\\b[CTLS][1-9]\\d?(?:\\s*-\\s*[CTLS]?[1-9]\\d?)?\\b', name: 'constant.other.spinal-level.imr' },
    },
  };
}
