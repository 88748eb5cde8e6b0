/**
 * Applying the fixes rules computed. Shared by the editor's `source.fixAll.imr` action and the
 * CLI's --fix: both take the safe fixes of one analysis, keep those that do not touch each other,
 * and apply them in one pass, so the two give the same text.
 */
import type { Finding, Fix, TextChange } from '../findings';
import { DisjointSpans } from '../text/disjointSpans';
import type { Span } from '../text/span';

/** Whether two changes touch: they intersect, an insertion lies inside the other, or both insert at one point. */
export function changesOverlap(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** A fix whose own changes overlap cannot be applied as a unit. */
function selfConsistent(fix: Fix): boolean {
  for (let i = 0; i < fix.changes.length; i++) {
    for (let j = i + 1; j < fix.changes.length; j++) if (changesOverlap(fix.changes[i].span, fix.changes[j].span)) return false;
  }
  return true;
}

/**
 * The fixes to apply together: the first safe fix of each finding (findings in document order),
 * skipping any that touches one already chosen. Identical fixes reported twice are taken once.
 */
export function selectSafeFixes(findings: readonly Finding[]): { chosen: Fix[]; skipped: Fix[] } {
  const chosen: Fix[] = [];
  const skipped: Fix[] = [];
  const seen = new Set<string>();
  // The changes of the fixes chosen so far.
  const taken = new DisjointSpans<Span>(changesOverlap);
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.changes.length === 0) continue;
    const key = JSON.stringify(fix.changes);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!selfConsistent(fix) || fix.changes.some((c) => taken.meets(c.span))) skipped.push(fix);
    else {
      chosen.push(fix);
      for (const change of fix.changes) taken.add(change.span);
    }
  }
  return { chosen, skipped };
}

/** Applies non-overlapping changes to a text (in any order given). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let position = 0;
  for (const change of sorted) {
    const start = Math.max(position, Math.min(change.span.start, text.length));
    const end = Math.max(start, Math.min(change.span.end, text.length));
    parts.push(text.slice(position, start), change.newText);
    position = end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** Every change of the given fixes, in document order. */
export function changesOf(fixes: readonly Fix[]): TextChange[] {
  return fixes.flatMap((f) => f.changes).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Applies every safe, non-overlapping fix of one analysis to its text. */
export function applySafeFixes(text: string, findings: readonly Finding[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const { chosen, skipped } = selectSafeFixes(findings);
  return { text: applyChanges(text, changesOf(chosen)), applied: chosen, skipped };
}

/**
 * Applies safe fixes until none is left (a fix can reveal another) or `maxPasses` is reached;
 * `findingsOf` analyses a text. For the CLI's --fix; the editor applies one pass at a time.
 */
export function fixText(text: string, findingsOf: (text: string) => readonly Finding[], maxPasses = 10): { text: string; applied: number; passes: number } {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const result = applySafeFixes(current, findingsOf(current));
    if (result.applied.length === 0 || result.text === current) break;
    passes++;
    applied += result.applied.length;
    current = result.text;
  }
  return { text: current, applied, passes };
}
