import type { Catalog } from '../catalog/catalog';
import type { Report, Severity } from '../findings';
import type { LetterDates } from '../analysis/judgingDate';
import type { ItemSummary } from '../analysis/restatements';
import type { DisputedItem, LetterModel } from '../model';
import type { Span } from '../text/span';

export interface RuleContext {
  readonly model: LetterModel;
  readonly catalog: Catalog;
  report(finding: Report): void;
}

/**
 * What an item rule reads: its item, and of the rest of the letter only what is part of the key
 * its findings are kept under across edits (the dates that decide which guideline editions were
 * in force, the line ending, what the case summary says of the item). Its findings stay valid
 * while the item's text and these do.
 */
export interface ItemRuleContext {
  readonly item: DisputedItem;
  readonly catalog: Catalog;
  readonly dates: LetterDates;
  /** The letter's line ending, for fixes that insert lines. */
  readonly eol: string;
  /** The case summary's restatements of the item's request (findings may point into the summary). */
  readonly summary: ItemSummary;
  /** The source text of a span inside the item (throws for a span outside it: a rule bug). */
  textOf(span: Span): string;
  report(finding: Report): void;
}

/** A rule: one declared unit. The registry, the settings schema, the config schema and the docs all come from these. */
export interface Rule {
  /** Stable id; it is the diagnostic's `code` and other tools depend on it. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Which part of the letter it reads. */
  readonly tags: readonly ('structure' | 'decision' | 'citation' | 'clinical' | 'dates' | 'privacy')[];
  /** Whether a finding of this rule carries a fix. */
  readonly fixable: boolean;
  /** A rule over the whole letter. */
  check?(context: RuleContext): void;
  /**
   * A rule over one item that reads nothing outside it: its findings are kept with the item's
   * text and reused, moved, while an edit elsewhere leaves the item unchanged.
   */
  checkItem?(context: ItemRuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
