import { analyze, type Analysis } from '../../server/src/core/analyze';
import { Catalog } from '../../server/src/core/catalog/catalog';
import type { Finding } from '../../server/src/core/findings';

let catalog: Catalog | undefined;

/** The built-in catalog, loaded once per test process. */
export function builtinCatalog(): Catalog {
  catalog ??= Catalog.load();
  return catalog;
}

export function analyzeText(text: string): Analysis {
  return analyze(text, builtinCatalog());
}

/** Findings of one rule (or all) on a text. */
export function findings(text: string, ruleId?: string): Finding[] {
  const all = analyzeText(text).findings;
  return ruleId ? all.filter((f) => f.ruleId === ruleId) : [...all];
}

/** The text a finding's span covers. */
export function covered(text: string, finding: Finding): string {
  return text.slice(finding.span.start, finding.span.end);
}

/** Applies a fix's changes (non-overlapping) to a text. */
export function applyFix(text: string, fix: Finding['fixes'][number]): string {
  const changes = [...fix.changes].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const c of changes) result = result.slice(0, c.span.start) + c.newText + result.slice(c.span.end);
  return result;
}

/** White space collapsed: for comparing texts whose line wrapping differs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
