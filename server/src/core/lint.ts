import type { Catalog } from './catalog/catalog';
import { severityOf, type LintOptions } from './config';
import { lighterSeverity, type Finding, type Report, type Severity } from './findings';
import { letterDatesKey, letterDatesOf, today } from './analysis/judgingDate';
import type { DisputedItem, LetterModel } from './model';
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
export function lint(model: LetterModel, catalog: Catalog, options?: LintOptions, previous?: LetterModel): LintResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const length = model.text.length;
  const before = previous ? memos.get(previous) : undefined;
  const reuse = before?.catalog === catalog ? before.reports : undefined;
  const memo: ReportMemo = new Map();
  memos.set(model, { catalog, reports: memo });

  const accept = (rule: Rule, setting: Finding['severity'], r: Report) => {
    const clamp = (n: number) => Math.max(0, Math.min(n, length));
    const start = clamp(r.span.start);
    findings.push({
      ruleId: rule.id,
      severity: r.maxSeverity ? lighterSeverity(setting, r.maxSeverity) : setting,
      message: r.message,
      span: { start, end: Math.max(start, clamp(r.span.end)) },
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
  for (const rule of RULES) {
    const setting = severityOf(rule.id, rule.defaultSeverity, options);
    if (setting !== 'off') enabled.push({ rule, setting });
  }
  for (const { rule, setting } of enabled) {
    if (rule.check) guarded(rule, () => rule.check!({ model, catalog, report: (r) => accept(rule, setting, r) }));
  }
  const itemRules = enabled.filter(({ rule }) => rule.checkItem);
  const dates = letterDatesOf(model, options?.today ?? today());
  const datesKey = letterDatesKey(dates);
  for (const item of model.items) {
    const { entry, old } = itemEntries(item, datesKey, reuse, memo);
    for (const { rule, setting } of itemRules) {
      let reports = entry.byRule.get(rule.id);
      if (!reports) {
        const before = old?.byRule.get(rule.id);
        if (before) reports = shiftDeep(before, item.span.start - old!.start);
        else {
          const collected: Report[] = [];
          guarded(rule, () => rule.checkItem!({ item, dates, model, catalog, report: (r) => collected.push(r) }));
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
 * the same letter dates (a changed UR Denial Date changes which editions were in force).
 */
function itemEntries(item: DisputedItem, datesKey: string, reuse: ReportMemo | undefined, memo: ReportMemo): { entry: ItemReports; old?: ItemReports } {
  const text = itemKey(item);
  const fresh: ItemReports = { start: item.span.start, byRule: new Map() };
  if (text === undefined) return { entry: fresh };
  const key = `${datesKey}\u0000${text}`;
  const existing = memo.get(key);
  // The same text twice in one letter: only the first copy is memoised.
  if (existing) return { entry: existing.start === item.span.start ? existing : fresh };
  memo.set(key, fresh);
  return { entry: fresh, old: reuse?.get(key) };
}
