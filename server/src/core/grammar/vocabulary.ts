/**
 * The letter's vocabulary, as data: the one place that knows how a determination is written.
 * The parser, the completion, the hover, the formatter and the TextMate grammar (generated from
 * this module by `npm run generate`) all read it.
 *
 * Patterns are regular-expression sources in the subset JavaScript and Oniguruma (TextMate)
 * share: no lookbehind, no named groups, no flags. They are written in the letters' own
 * capitals; the parser compiles them case-insensitively, the highlighter as written.
 * Facts: shared/reference/letters-and-guidelines.md sections 2 and 3 (and mtus-timeline.md 4).
 */
import type { HeaderKey, SectionId } from '../model';

export interface Term {
  /** How a letter prints it. */
  readonly canonical: string;
  /** What the parser accepts for it. */
  readonly pattern: string;
}

export interface HeadingTerm {
  readonly id: SectionId;
  /** The heading as every real letter prints it. */
  readonly canonical: string;
  /** Headings of older layouts that play the same part. */
  readonly aliases: readonly string[];
}

/** The three sections, in their canonical order. */
export const HEADINGS: readonly HeadingTerm[] = [
  { id: 'how-made', canonical: 'HOW THE IMR FINAL DETERMINATION WAS MADE', aliases: [] },
  { id: 'case-summary', canonical: 'CLINICAL CASE SUMMARY', aliases: ['CASE SUMMARY'] },
  { id: 'issues', canonical: 'IMR ISSUES, DECISIONS AND RATIONALES', aliases: ['IMR DECISION(S) AND RATIONALE(S)'] },
];

/**
 * How a letter's first line reads: the header's case number (2016-17 layout) or the first
 * heading (2014 layout). The editor takes a plain-text document that starts so for a letter.
 */
export const LETTER_FIRST_LINE = '^\\s*(?:HOW THE IMR FINAL DETERMINATION WAS MADE|Case Number\\s*:)';

/** A heading of the "documents reviewed" layout, highlighted but not parsed (reference section 2.3). */
export const OTHER_HEADINGS: readonly string[] = ['DOCUMENTS REVIEWED'];

export interface HeaderFieldTerm extends Term {
  readonly key: HeaderKey;
  readonly isDate: boolean;
  /** What the PDF's table leaves of the label when it breaks it over two lines ("Application   12/05/2016" / "Received:"). */
  readonly broken?: { readonly first: string; readonly rest: string };
}

/** The labels of the header table (without their colon), in the order a letter prints them. */
export const HEADER_FIELDS: readonly HeaderFieldTerm[] = [
  { key: 'caseNumber', canonical: 'Case Number', pattern: 'Case\\s+Number', isDate: false },
  { key: 'dateAssigned', canonical: 'Date Assigned', pattern: 'Date\\s+Assigned', isDate: true },
  { key: 'decisionDate', canonical: 'Decision Date', pattern: 'Decision\\s+Date', isDate: true },
  { key: 'priority', canonical: 'Priority', pattern: 'Priority', isDate: false },
  { key: 'dateOfInjury', canonical: 'Date of Injury', pattern: 'Date\\s+of\\s+Injury', isDate: true },
  { key: 'urDenialDate', canonical: 'UR Denial Date', pattern: 'UR\\s+Denial\\s+Date', isDate: true },
  {
    key: 'applicationReceived',
    canonical: 'Application Received',
    pattern: 'Application\\s+Received',
    isDate: true,
    broken: { first: 'Application(?=\\s+\\d)', rest: 'Received' },
  },
];

/** The case number's form: CM16-0230651. */
export const CASE_NUMBER = 'CM\\d{2}-\\d{7}';
export const PRIORITIES: readonly string[] = ['Standard', 'Expedited'];

/** The credentials lines of the 2016-17 layout. */
export const CREDENTIAL_LINES: readonly (Term & { readonly example?: string })[] = [
  { canonical: 'The Expert Reviewer has the following credentials', pattern: 'The\\s+Expert\\s+Reviewer\\s+has\\s+the\\s+following\\s+credentials' },
  { canonical: 'State(s) of Licensure', pattern: 'State\\(s\\)\\s+of\\s+Licensure', example: 'California' },
  { canonical: 'Certification(s)/Specialty', pattern: 'Certification\\(s\\)\\s*/\\s*Specialty', example: 'Physical Medicine & Rehabilitation' },
];

export type ParagraphKind = 'claims-administrator' | 'maximus' | 'rationale';

/** The labelled paragraphs of a disputed item (without their colon), in their order. */
export const ITEM_PARAGRAPHS: readonly (Term & { readonly kind: ParagraphKind })[] = [
  { kind: 'claims-administrator', canonical: 'Claims Administrator guideline', pattern: 'Claims\\s+Administrator\\s+guidelines?' },
  { kind: 'maximus', canonical: 'MAXIMUS guideline', pattern: 'MAXIMUS\\s+guidelines?' },
  { kind: 'rationale', canonical: 'Decision rationale', pattern: 'Decision\\s+rationale' },
];

/** What a paragraph's label reads as ("MAXIMUS guideline"), without its colon. */
export function paragraphName(kind: ParagraphKind): string {
  return ITEM_PARAGRAPHS.find((p) => p.kind === kind)!.canonical;
}

/** The paragraph labels compiled for the parser and completion: a line that opens with one, colon included. */
export const PARAGRAPH_LABELS: readonly { readonly kind: ParagraphKind; readonly pattern: RegExp }[] = ITEM_PARAGRAPHS.map((p) => ({
  kind: p.kind,
  pattern: compileTerm(p.pattern, { start: true, end: '\\s*:' }),
}));

/** The only decision values letters print (390 Upheld, 49 Overturned in the corpus). */
export const DECISIONS = ['Upheld', 'Overturned'] as const;

/** The sentence that opens the item list. */
export const ISSUES_INTRO: Term = {
  canonical: 'The Final Determination was based on decisions for the disputed items/services set forth below:',
  pattern: 'The\\s+Final\\s+Determination\\s+was\\s+based\\s+on\\s+decisions',
};

/**
 * The fixed sentences of a modified request's title (reference section 2.1): "X was the original
 * request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of
 * the original request, Z is: Upheld" and "X was the original request. The Claims Administrator
 * authorized Y, leaving the original request IMR eligible. The original request, X is: ...".
 * The case summary often repeats them.
 */
export const MODIFIED_REQUEST = {
  original: { canonical: 'was the original request.', pattern: 'was\\s+the\\s+original\\s+request\\.' },
  authorized: { canonical: 'was authorized by the Claims Administrator.', pattern: 'was\\s+authorized\\s+by\\s+the\\s+Claims\\s+Administrator\\.' },
  remaining: {
    canonical: 'The remaining IMR eligible portion of the original request,',
    pattern: 'The\\s+remaining\\s+IMR\\s+eligible\\s+portion\\s+of\\s+the\\s+original\\s+request',
  },
  substituted: { canonical: 'The Claims Administrator authorized', pattern: 'The\\s+Claims\\s+Administrator\\s+authorized' },
  leaving: { canonical: 'leaving the original request IMR eligible.', pattern: 'leaving\\s+the\\s+original\\s+request\\s+IMR\\s+eligible\\.' },
  theOriginal: { canonical: 'The original request,', pattern: 'The\\s+original\\s+request' },
} as const satisfies Record<string, Term>;

/** Who a guideline paragraph speaks for, as its fixed sentences name them. */
export const SPEAKERS: Readonly<Record<'claims-administrator' | 'maximus', string>> = {
  'claims-administrator': 'The Claims Administrator',
  maximus: 'The Expert Reviewer',
};
const SPEAKER = 'The\\s+(?:Claims\\s+Administrator|Expert\\s+Reviewer)';

export type FixedSentenceKind = 'outside-mtus' | 'no-evidence';

/** The two fixed sentences of a guideline paragraph, for either speaker. */
export const FIXED_SENTENCES: Readonly<Record<FixedSentenceKind, { readonly canonical: (speaker: string) => string; readonly pattern: string }>> = {
  'outside-mtus': {
    canonical: (speaker) => `${speaker} based their decision on recommendation(s) outside of the MTUS Guidelines.`,
    pattern: `${SPEAKER}\\s+based\\s+(?:their|its|his|her)\\s+decision\\s+on\\s+recommendation(?:\\(s\\)|s)?\\s+outside\\s+(?:of\\s+)?the\\s+MTUS(?:\\s+Guidelines)?\\s*\\.?`,
  },
  'no-evidence': {
    canonical: (speaker) => `${speaker} did not cite any medical evidence for its decision.`,
    pattern: `${SPEAKER}\\s+did\\s+not\\s+cite\\s+any\\s+medical\\s+evidence\\s+for\\s+(?:its|their|his|her)\\s+decision\\s*\\.?`,
  },
};

/** The words of a citation sentence (reference section 3). */
export const CITATION = {
  decisionBasedOn: { canonical: 'Decision based on', pattern: 'Decision\\s+based\\s+on' },
  mtus: { canonical: 'MTUS', pattern: 'MTUS' },
  acoemChapter: { canonical: 'ACOEM Chapter', pattern: 'ACOEM\\s+Chapter' },
  /**
   * "Non-MTUS Citation"; letters also print "NonMTUS Citation" and "Non-MTUS" alone (citation-style).
   * Here and in `sections` and `pages`, an optional mark goes with the white space before it: two
   * optional runs of white space side by side would be tried at every split of a long run.
   */
  nonMtus: { canonical: 'Non-MTUS Citation', pattern: 'Non(?:\\s*-)?\\s*MTUS(?:\\s+Citation)?' },
  odg: { canonical: 'Official Disability Guidelines (ODG)', pattern: 'Official\\s+Disability\\s+Guidelines?(?:\\s*\\(ODG\\))?|\\bODG\\b' },
  sections: { canonical: 'Section(s):', pattern: 'Sections?(?:\\s*\\(s\\))?\\s*:' },
  /** "Page(s): 300", "Pages 412-418", "pg. 300", "pp. 89-90". */
  pages: { canonical: 'Page(s):', pattern: '\\b(?:Page\\s*\\(s\\)|[Pp]ages?|pg\\.?|pp\\.?)(?:\\s*:)?' },
  pageNumbers: { canonical: '300', pattern: '\\d+(?:\\s*-\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*-\\s*\\d+)?)*' },
  year: { canonical: '2004', pattern: '(?:19|20)\\d\\d' },
  /** What joins two components, or the last section of a list: ", and ". */
  and: { canonical: ', and ', pattern: ',?\\s+and\\s+' },
} as const satisfies Record<string, Term>;

/** Words that open a rationale's closing sentence (As such 128, Therefore 91, Given the above 70 items). */
export const CLOSING_LEADS: readonly string[] = ['As such', 'Therefore', 'Given the above'];

/** The closing sentence for a decision: Upheld means the request is not medically necessary. */
export function closingSentence(lead: string, request: string, decision: (typeof DECISIONS)[number]): string {
  return `${lead}, the request for ${request} is ${decision === 'Upheld' ? 'not ' : ''}medically necessary.`;
}

/** A term's pattern compiled for the parser: case-insensitive, anchored where asked. */
export function compileTerm(pattern: string, flags: { sticky?: boolean; global?: boolean; start?: boolean; end?: string } = {}): RegExp {
  const source = `${flags.start ? '^\\s*' : ''}(?:${pattern})${flags.end ?? ''}`;
  return new RegExp(source, `i${flags.sticky ? 'y' : ''}${flags.global ? 'g' : ''}`);
}
