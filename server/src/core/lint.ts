import type { Catalog } from './catalog/catalog';
import { severityOf, type LintOptions } from './config';
import type { Finding, Report } from './findings';
import type { LetterModel } from './model';
import { RULES } from './rules';

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that failed on this text (a bug, never the letter's fault); the others still ran. */
  readonly failures: readonly { readonly ruleId: string; readonly error: string }[];
}

/** Runs every enabled rule over a model. Never throws. */
export function lint(model: LetterModel, catalog: Catalog, options?: LintOptions): LintResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const length = model.text.length;
  for (const rule of RULES) {
    const setting = severityOf(rule.id, rule.defaultSeverity, options);
    if (setting === 'off') continue;
    const report = (r: Report) => {
      const clamp = (n: number) => Math.max(0, Math.min(n, length));
      const start = clamp(r.span.start);
      findings.push({
        ruleId: rule.id,
        severity: setting,
        message: r.message,
        span: { start, end: Math.max(start, clamp(r.span.end)) },
        related: r.related ?? [],
        fixes: r.fixes ?? [],
      });
    };
    try {
      rule.check({ model, catalog, report });
    } catch (error) {
      failures.push({ ruleId: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}
