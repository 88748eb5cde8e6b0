/**
 * What completion offers: candidates (protocol-free; the server's completion feature turns them
 * into LSP items, their documentation comes later from describe() through `ref`) and what the
 * candidate builders share.
 */
import type { Catalog } from '../catalog/catalog';
import type { Standing, Day } from '../catalog/editions';
import type { CatalogRef } from '../describe/describe';
import type { LetterModel } from '../model';
import type { Span } from '../text/span';
import { rankBy, type RequestProfile } from '../analysis/relevance';

export type CandidateKind =
  | 'citation'
  | 'sentence'
  | 'keyword'
  | 'component'
  | 'chapter'
  | 'section'
  | 'odg-topic'
  | 'odg-chapter'
  | 'source'
  | 'decision'
  | 'heading'
  | 'label'
  | 'block';

export type CompletionContextKind =
  'statement' | 'decision-based-on' | 'component' | 'section' | 'chapter' | 'non-mtus' | 'odg-topic' | 'decision' | 'line-start' | 'rationale' | 'none';

export interface Candidate {
  /** What the list shows. */
  readonly label: string;
  readonly kind: CandidateKind;
  /** The text inserted (snippet syntax when `snippet`). */
  readonly insertText: string;
  readonly snippet: boolean;
  /** The text the editor filters on (what the inserted text reads as). */
  readonly filterText: string;
  /** Short line beside the label (family, year...). */
  readonly detail?: string;
  /** The source span the insertion replaces (ends at the cursor). */
  readonly replace: Span;
  /** For the documentation on resolve. */
  readonly ref?: CatalogRef;
  /** Ask for completion again after inserting (a label or keyword that opens another context). */
  readonly retrigger?: boolean;
  /** An edition not in force on the letter's date: listed last, struck through. */
  readonly deprecated?: boolean;
}

export interface CompletionResult {
  readonly context: CompletionContextKind;
  /** Ranked: the first is the most relevant. */
  readonly candidates: readonly Candidate[];
  /** The request the ranking used, if any. */
  readonly request?: string;
}

export const NONE: CompletionResult = { context: 'none', candidates: [] };
/** What every candidate builder reads: the letter, the catalog, the request being decided, the day its citations are judged by. */
export interface Builder {
  readonly model: LetterModel;
  readonly catalog: Catalog;
  readonly profile: RequestProfile;
  /** The source span the insertion replaces (ends at the cursor). */
  readonly replace: Span;
  /** Whether an inserted citation ends the sentence with a full stop (nothing follows on the line). */
  readonly period: boolean;
  /** The day the paragraph's citations are judged by: editions in force then come first. */
  readonly day: Day;
}

/** Editions in force on the day first, those of unknown dates next, the others last (deprecated). */
export const STANDING_SCORE: Record<Standing, number> = { 'in-force': 0, 'dates-unknown': -40, 'not-in-force': -1000 };

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
}

export function ranked(list: readonly Scored[]): Candidate[] {
  return rankBy(list, (x) => x.score).map((x) => x.candidate);
}

export function familyDetail(catalog: Catalog, family: string | undefined): string | undefined {
  return family ? catalog.family(family)?.label : undefined;
}
