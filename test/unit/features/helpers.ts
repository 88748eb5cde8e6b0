/** Helpers for the feature tests: a letter with a cursor marker, completion and insertion. */
import { analyze, type Analysis } from '../../../server/src/core/analyze';
import { completionsAt, type Candidate, type CompletionResult } from '../../../server/src/core/complete/completions';
import { expandSnippet } from '../../../server/src/core/complete/snippet';
import { builtinCatalog } from '../../support/lintText';

export const CURSOR = '|';

/** Splits a text with one cursor marker into the text and the offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function analysis(text: string): Analysis {
  return analyze(text, builtinCatalog());
}

export function complete(marked: string): CompletionResult & { text: string; offset: number } {
  const { text, offset } = withCursor(marked);
  return { ...completionsAt(analysis(text).model, builtinCatalog(), offset), text, offset };
}

/** The text after accepting a candidate with every default. */
export function accept(text: string, candidate: Candidate): string {
  const inserted = candidate.snippet ? expandSnippet(candidate.insertText) : candidate.insertText;
  return text.slice(0, candidate.replace.start) + inserted + text.slice(candidate.replace.end);
}

/** Rule id -> count of a text's findings. */
export function findingCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of analysis(text).findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}

/** The findings of `after` that `before` does not have (by rule id and count). */
export function newFindings(before: string, after: string): string[] {
  const a = findingCounts(before);
  const b = findingCounts(after);
  const added: string[] = [];
  for (const [rule, n] of Object.entries(b)) if (n > (a[rule] ?? 0)) added.push(`${rule} x${n - (a[rule] ?? 0)}`);
  return added;
}

export function labels(candidates: readonly Candidate[], n = candidates.length): string[] {
  return candidates.slice(0, n).map((c) => c.label);
}
