import { lineEndingOf } from './text/lineIndex';
import type { Catalog } from './catalog/catalog';
import { severityOf, type LintOptions } from './config';
import { lighterSeverity, type Finding, type Report, type Severity } from './findings';
import { letterDatesKey, letterDatesOf, today } from './analysis/judgingDate';
import type { DisputedItem, LetterModel } from './model';
import type { Span } from './text/span';
import { itemKey } from './parse/items';
import { shiftDeep } from './parse/shift';
import { RULES } from './rules';
import type { Rule } from './rules/rule';

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that failed on this text (a bug, never the letter's fault); the others still ran. */
  readonly failures: readonly { readonly ruleId: string; readonly error: string }[];
}

/** What the item rules reported for one item, at the item's offset then. */
interface ItemReports {
  readonly start: number;
  readonly byRule: Map<string, readonly Report[]>;
}

type ReportMemo = Map<string, ItemReports>;

const memos = new WeakMap<LetterModel, { catalog: Catalog; reports: ReportMemo }>();

/**
 * Runs every enabled rule over a model. Never throws. Given the previous version's model, an
 * item rule's reports for an unchanged item are reused (moved by the edit) instead of recomputed.
 */
export function lint(model: LetterModel, catalog: Catalog, options?: LintOptions, previous?: LetterModel, rules: readonly Rule[] = RULES): LintResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const length = model.text.length;
  const before = previous ? memos.get(previous) : undefined;
  const reuse = before?.catalog === catalog ? before.reports : undefined;
  const memo: ReportMemo = new Map();
  memos.set(model, { catalog, reports: memo });

  const inText = (span: Span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
  const accept = (rule: Rule, setting: Finding['severity'], r: Report) => {
    // A span outside the text is the rule's bug: recorded, never clamped into a wrong place.
    const spans = [r.span, ...(r.related ?? []).map((x) => x.span), ...(r.fixes ?? []).flatMap((f) => f.changes.map((c) => c.span))];
    const outside = spans.find((span) => !inText(span));
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
  const guarded = (rule: Rule, run: () => void) => {
    try {
      run();
    } catch (error) {
      failures.push({ ruleId: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  };

  const enabled: { rule: Rule; setting: Severity }[] = [];
  for (const rule of rules) {
    const setting = severityOf(rule.id, rule.defaultSeverity, options);
    if (setting !== 'off') enabled.push({ rule, setting });
  }
  for (const { rule, setting } of enabled) {
    if (rule.check) guarded(rule, () => rule.check!({ model, catalog, report: (r) => accept(rule, setting, r) }));
  }
  const itemRules = enabled.filter(({ rule }) => rule.checkItem);
  const dates = letterDatesOf(model, options?.today ?? today());
  const eol = lineEndingOf(model.text);
  // What item findings depend on besides the item's text: they are kept under it.
  const letterKey = `${letterDatesKey(dates)}|${eol}`;
  for (const item of model.items) {
    const { entry, old } = itemEntries(item, letterKey, reuse, memo);
    const textOf = (span: Span) => {
      if (span.start < item.span.start || span.end > item.span.end) throw new Error(`textOf: ${span.start}-${span.end} is outside the item (${item.span.start}-${item.span.end})`);
      return model.text.slice(span.start, span.end);
    };
    for (const { rule, setting } of itemRules) {
      let reports = entry.byRule.get(rule.id);
      if (!reports) {
        const before = old?.byRule.get(rule.id);
        if (before) reports = shiftDeep(before, item.span.start - old!.start);
        else {
          const collected: Report[] = [];
          guarded(rule, () => rule.checkItem!({ item, dates, eol, catalog, textOf, report: (r) => collected.push(r) }));
          reports = collected;
        }
        entry.byRule.set(rule.id, reports);
      }
      for (const r of reports) accept(rule, setting, r);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}

/**
 * This version's memo entry for an item, and the previous version's entry for the same text and
 * the same letter dates and line ending (a changed UR Denial Date changes which editions were in force).
 */
function itemEntries(item: DisputedItem, letterKey: string, reuse: ReportMemo | undefined, memo: ReportMemo): { entry: ItemReports; old?: ItemReports } {
  const text = itemKey(item);
  const fresh: ItemReports = { start: item.span.start, byRule: new Map() };
  if (text === undefined) return { entry: fresh };
  const key = `${letterKey}\u0000${text}`;
  const existing = memo.get(key);
  // The same text twice in one letter: only the first copy is memoised.
  if (existing) return { entry: existing.start === item.span.start ? existing : fresh };
  memo.set(key, fresh);
  return { entry: fresh, old: reuse?.get(key) };
}
