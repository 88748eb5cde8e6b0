import type { Catalog } from './catalog/catalog';
import { severityOf, type LintOptions } from './config';
import { lighterSeverity, type Finding, type Report, type Severity } from './findings';
import { letterDatesKey, letterDatesOf, today } from './analysis/judgingDate';
import type { LetterModel } from './model';
import { itemOrigin } from './parse/items';
import { shiftDeep } from './parse/shift';
import { RULES } from './rules';
import type { Rule } from './rules/rule';

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that failed on this text (a bug, never the letter's fault); the others still ran. */
  readonly failures: readonly { readonly ruleId: string; readonly error: string }[];
}

/** What the item rules reported for one item, by rule id. */
type ItemReports = Map<string, readonly Report[]>;

/** The item rules' reports of one model, by the start of their item, under the catalog and the letter dates they were made with. */
interface ReportMemo {
  readonly catalog: Catalog;
  readonly datesKey: string;
  readonly byItem: Map<number, ItemReports>;
}

const memos = new WeakMap<LetterModel, ReportMemo>();

/**
 * Runs every enabled rule over a model. Never throws. Given the previous version's model, an
 * item rule's reports for an item the edit left as it was are reused (moved with the item)
 * instead of recomputed, unless the catalog or the letter dates changed.
 */
export function lint(model: LetterModel, catalog: Catalog, options?: LintOptions, previous?: LetterModel): LintResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const length = model.text.length;
  const dates = letterDatesOf(model, options?.today ?? today());
  const memo: ReportMemo = { catalog, datesKey: letterDatesKey(dates), byItem: new Map() };
  memos.set(model, memo);
  const before = previous ? memos.get(previous) : undefined;
  const reuse = before?.catalog === catalog && before.datesKey === memo.datesKey ? before.byItem : undefined;

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
  for (const item of model.items) {
    const origin = reuse && itemOrigin(item);
    const old = origin ? reuse.get(item.span.start - origin.delta) : undefined;
    const entry: ItemReports = new Map();
    memo.byItem.set(item.span.start, entry);
    for (const { rule, setting } of itemRules) {
      const before = old?.get(rule.id);
      let reports: readonly Report[];
      if (before) reports = origin!.delta === 0 ? before : shiftDeep(before, origin!.delta);
      else {
        const collected: Report[] = [];
        guarded(rule, () => rule.checkItem!({ item, dates, model, catalog, report: (r) => collected.push(r) }));
        reports = collected;
      }
      entry.set(rule.id, reports);
      for (const r of reports) accept(rule, setting, r);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}

