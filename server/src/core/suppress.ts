import type { Finding } from './findings';
import type { LetterModel } from './model';
import type { Suppression } from './projectConfig';

function key(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Findings minus those a suppression covers: same rule, same letter (case number), and, when the
 * suppression names an item, a finding inside that item. Keyed by case number and title rather
 * than by line, a suppression survives edits to the letter.
 */
export function applySuppressions(findings: readonly Finding[], model: LetterModel, suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const caseNumber = model.header.find((f) => f.key === 'caseNumber')?.value;
  const relevant = suppressions.filter((s) => s.case === undefined || s.case === caseNumber);
  if (relevant.length === 0) return [...findings];
  return findings.filter((finding) => {
    const item = model.items.find((i) => finding.span.start >= i.span.start && finding.span.start <= i.span.end);
    return !relevant.some(
      (s) =>
        s.rule === finding.ruleId &&
        (s.item === undefined || (item !== undefined && (key(item.title.text) === key(s.item) || key(item.title.request) === key(s.item)))),
    );
  });
}
