import { lineEndingOf } from './text/lineIndex';
import type { Catalog } from './catalog/catalog';
import { severityOf, type LintOptions } from './config';
import { lighterSeverity, type Finding, type Report, type Severity } from './findings';
import { letterDatesKey, letterDatesOf, today } from './analysis/judgingDate';
import { itemSummaries, NOTHING_IN_SUMMARY } from './analysis/restatements';
import type { LetterModel } from './model';
import type { Span } from './text/span';
import { itemIdentity, type ItemIdentity } from './parse/items';
import { RULES } from './rules';
import { shiftReport } from './shiftReport';
import type { Rule } from './rules/rule';

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that failed on this text (a bug, never the letter's fault); the others still ran. */
  readonly failures: readonly { readonly ruleId: string; readonly error: string }[];
}

/**
 * What the item rules reported for one version of an item's text, kept under the item's identity
 * with the item's start then; valid for the same catalog and keys (letter dates, rules enabled;
 * what the case summary says of the item).
 */
interface ItemRun {
  readonly catalog: Catalog;
  readonly key: string;
  readonly summaryKey: string;
  readonly start: number;
  /** Each report with the index of its rule among the enabled item rules; most items have none. */
  readonly reports: readonly { readonly rule: number; readonly report: Report }[];
}

const itemRuns = new WeakMap<ItemIdentity, ItemRun>();

let lastKey = '';

/**
 * The same string object for the same key, lint after lint: every item compares its run's key
 * with it, and two distinct strings with equal text compare character by character.
 */
function interned(key: string): string {
  if (key !== lastKey) lastKey = key;
  return lastKey;
}

function isInText(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** The first span of a report (its own, its related places', its fixes' changes) that is not in a text of `length`. */
function spanOutside(report: Report, length: number): Span | undefined {
  if (!isInText(report.span, length)) return report.span;
  for (const related of report.related ?? []) if (!isInText(related.span, length)) return related.span;
  for (const fix of report.fixes ?? []) for (const change of fix.changes) if (!isInText(change.span, length)) return change.span;
  return undefined;
}

/**
 * Runs every enabled rule over a model. Never throws. The item rules' reports for an item are
 * kept with the item's identity, so an item an edit left as it was (kept or moved) is not checked
 * again, unless the catalog, the letter dates or the enabled rules changed.
 */
export function lint(model: LetterModel, catalog: Catalog, options?: LintOptions, rules: readonly Rule[] = RULES): LintResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const length = model.text.length;
  const dates = letterDatesOf(model, options?.today ?? today());

  const accept = (rule: Rule, setting: Finding['severity'], r: Report) => {
    // A span outside the text is the rule's bug: recorded, never clamped into a wrong place.
    const outside = spanOutside(r, length);
    if (outside) {
      failures.push({ ruleId: rule.id, error: `reported a span outside the text (${outside.start}-${outside.end} of ${length}): ${r.message}` });
      return;
    }
    findings.push({
      ruleId: rule.id,
      severity: r.maxSeverity ? lighterSeverity(setting, r.maxSeverity) : setting,
      message: r.message,
      span: r.span,
      related: r.related ?? [],
      fixes: r.fixes ?? [],
    });
  };
  const failed = (rule: Rule, error: unknown) => {
    failures.push({ ruleId: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  };

  const enabled: { rule: Rule; setting: Severity }[] = [];
  for (const rule of rules) {
    const setting = severityOf(rule.id, rule.defaultSeverity, options);
    if (setting !== 'off') enabled.push({ rule, setting });
  }
  for (const { rule, setting } of enabled) {
    if (!rule.check) continue;
    try {
      rule.check({ model, catalog, report: (r) => accept(rule, setting, r) });
    } catch (error) {
      failed(rule, error);
    }
  }
  const itemRules = enabled.filter(({ rule }) => rule.checkItem);
  const eol = lineEndingOf(model.text);
  // The dates decide which guideline editions were in force, the line ending what fixes insert;
  // the enabled rules, what was run. Item reports are valid while these and the item are.
  const key = interned(`${letterDatesKey(dates)}\n${JSON.stringify(eol)}\n${itemRules.map(({ rule }) => rule.id).join(' ')}`);
  const summaries = itemRules.length > 0 ? itemSummaries(model) : undefined;
  for (const item of model.items) {
    const identity = itemIdentity(item);
    const before = identity && itemRuns.get(identity);
    const summary = summaries?.get(item) ?? NOTHING_IN_SUMMARY;
    let run: ItemRun;
    if (before && before.catalog === catalog && before.key === key && before.summaryKey === summary.key) run = before;
    else {
      const reports: { rule: number; report: Report }[] = [];
      const textOf = (span: Span) => {
        if (span.start < item.span.start || span.end > item.span.end)
          throw new Error(`textOf: ${span.start}-${span.end} is outside the item (${item.span.start}-${item.span.end})`);
        return model.text.slice(span.start, span.end);
      };
      // One context for all the item's rules; `report` files each report under the rule running.
      let running = 0;
      const context = { item, dates, eol, summary, catalog, textOf, report: (report: Report) => void reports.push({ rule: running, report }) };
      for (running = 0; running < itemRules.length; running++) {
        const { rule } = itemRules[running];
        try {
          rule.checkItem!(context);
        } catch (error) {
          failed(rule, error);
        }
      }
      run = { catalog, key, summaryKey: summary.key, start: item.span.start, reports };
      if (identity) itemRuns.set(identity, run);
    }
    // The item moved since it was checked; what its findings point at in the case summary, before
    // it, did not (the summary key holds that). The run stays as it was made, where the item was
    // then: moving a copy of its reports costs the same whatever the distance, and an item that
    // moves back (a character typed, then deleted) costs nothing.
    const delta = item.span.start - run.start;
    for (const { rule, report } of run.reports)
      accept(itemRules[rule].rule, itemRules[rule].setting, delta === 0 ? report : shiftReport(report, delta, run.start));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}
