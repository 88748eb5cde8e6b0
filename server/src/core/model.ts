/**
 * The document model: what a determination letter says, with the exact source span of every
 * part. It is built once per document version (see parse/parseLetter.ts) and every feature,
 * rule, the server and the CLI read it; nothing else parses the letter.
 */
import type { JoinedText } from './text/joinedText';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

export type SectionId = 'how-made' | 'case-summary' | 'issues';

export type Layout = '2014' | '2016' | 'unknown';

export interface HeaderField {
  /** Canonical key, e.g. "dateOfInjury". */
  readonly key: HeaderKey;
  /** The label as written ("Date of Injury"). */
  readonly label: string;
  readonly labelSpan: Span;
  readonly value: string;
  readonly valueSpan: Span;
  /** The value read as a date, for the date fields. */
  readonly date?: LetterDate;
}

export type HeaderKey = 'caseNumber' | 'dateAssigned' | 'decisionDate' | 'priority' | 'dateOfInjury' | 'urDenialDate' | 'applicationReceived';

export interface LetterDate {
  readonly text: string;
  readonly span: Span;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** false for a date that does not exist (2/30/17). */
  readonly valid: boolean;
}

export interface Section {
  readonly id: SectionId;
  /** The heading line as written, trimmed. */
  readonly headingText: string;
  readonly headingSpan: Span;
  /** From the end of the heading line to the start of the next heading (or the end of the text). */
  readonly bodySpan: Span;
  /** The heading is a near miss of the canonical one ("CLINICAL CASE SUMARY"). */
  readonly misspelled: boolean;
}

export type Decision = 'Upheld' | 'Overturned';

export interface DecisionValue {
  readonly raw: string;
  readonly span: Span;
  /** The canonical value when `raw` is one (case-insensitively); undefined for anything else. */
  readonly value?: Decision;
}

export interface ItemTitle {
  /** The title as one line, without the trailing ": decision". */
  readonly text: string;
  readonly joined: JoinedText;
  /** Span of the title text (without the decision). */
  readonly span: Span;
  /** Span of the whole title paragraph, decision included. */
  readonly lineSpan: Span;
  /** Where a missing decision would go: just after the title text. */
  readonly insertAt: number;
  /** The request under review: for a modified request, the remaining (IMR eligible) portion. */
  readonly request: string;
  readonly modified?: ModifiedRequest;
}

export interface ModifiedRequest {
  readonly original: string;
  readonly authorized?: string;
  readonly remaining?: string;
  readonly form: 'remaining-portion' | 'substitute-authorized';
}

export type GuidelineSource = 'claims-administrator' | 'maximus';

export interface GuidelineLine {
  readonly source: GuidelineSource;
  readonly labelSpan: Span;
  /** Label and content. */
  readonly span: Span;
  readonly content: JoinedText;
  readonly statements: readonly CitationStatement[];
}

export type CitationStatement = OutsideMtusStatement | NoEvidenceStatement | MtusCitation | NonMtusCitation | UnparsedStatement;

export interface OutsideMtusStatement {
  readonly kind: 'outside-mtus';
  readonly span: Span;
}

export interface NoEvidenceStatement {
  readonly kind: 'no-evidence';
  readonly span: Span;
}

export interface UnparsedStatement {
  readonly kind: 'unparsed';
  readonly span: Span;
  readonly text: string;
}

export interface Located {
  readonly text: string;
  readonly span: Span;
}

export interface MtusCitation {
  readonly kind: 'mtus';
  readonly span: Span;
  readonly text: string;
  /** 2016: component, year, Section(s). 2014: ACOEM chapter, title, Page(s). */
  readonly style: '2016' | '2014';
  readonly components: readonly ComponentReference[];
}

export interface ComponentReference {
  readonly name: Located;
  readonly year?: Located;
  /** Catalog id of the component, when the name is known. */
  readonly componentId?: string;
  /** 2014 style: "ACOEM Chapter 12 Low Back Complaints". */
  readonly chapter?: { readonly number: number; readonly numberSpan: Span; readonly title?: Located };
  readonly sections: readonly SectionReference[];
  readonly pages?: Located;
  /** Words between the year and the sections that the grammar does not expect ("2016 Guidelines"). */
  readonly extraWords?: Located;
}

export interface SectionReference extends Located {
  /** The catalog name, when the section is known for the component. */
  readonly catalogName?: string;
}

export interface NonMtusCitation {
  readonly kind: 'non-mtus';
  readonly span: Span;
  readonly text: string;
  /** The free text after "Non-MTUS Citation". */
  readonly body: Located;
  /** How the statement opens when it deviates from "Decision based on Non-MTUS Citation". */
  readonly deviation?: { readonly found: Located; readonly expected: string };
  readonly odg?: OdgReference;
}

export interface OdgReference {
  readonly chapter?: Located & { readonly chapterId?: string };
  readonly topic?: Located & { readonly catalogName?: string };
  readonly pages?: Located;
}

export type Polarity = 'positive' | 'negative';

export interface Conclusion {
  readonly text: string;
  readonly span: Span;
  readonly polarity: Polarity;
  /** The words that carry the polarity ("is not medically necessary"). */
  readonly phraseSpan: Span;
}

export interface Rationale {
  readonly labelSpan: Span;
  readonly span: Span;
  readonly content: JoinedText;
  readonly conclusion?: Conclusion;
}

export interface DisputedItem {
  readonly index: number;
  /** From the first title line to the end of the item's last paragraph. */
  readonly span: Span;
  readonly title: ItemTitle;
  readonly decision?: DecisionValue;
  readonly claimsAdministrator?: GuidelineLine;
  readonly maximus?: GuidelineLine;
  readonly rationale?: Rationale;
}

export interface LetterModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly layout: Layout;
  readonly header: readonly HeaderField[];
  readonly sections: readonly Section[];
  readonly items: readonly DisputedItem[];
}
