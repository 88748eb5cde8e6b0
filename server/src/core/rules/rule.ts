import type { Catalog } from '../catalog/catalog';
import type { Report, Severity } from '../findings';
import type { LetterDates } from '../analysis/judgingDate';
import type { DisputedItem, LetterModel } from '../model';

export interface RuleContext {
  readonly model: LetterModel;
  readonly catalog: Catalog;
  report(finding: Report): void;
}

export interface ItemRuleContext extends RuleContext {
  readonly item: DisputedItem;
  /** The letter's dates that decide which guideline editions were in force (part of the key item findings are kept under). */
  readonly dates: LetterDates;
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
