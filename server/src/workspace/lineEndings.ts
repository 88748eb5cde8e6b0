/** A letter's line endings, kept when a fix adds lines to it. */
import type { Finding } from '../core/findings';

export type LineEnding = '\n' | '\r\n' | '\r';

/** How many times `what` occurs in the text (indexOf scans natively: a loop over every character cost as much as reading the file). */
function occurrences(text: string, what: string): number {
  let count = 0;
  for (let at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length)) count++;
  return count;
}

/** The line ending most lines of the text end with ("\n" for a text of one line). */
export function dominantLineEnding(text: string): LineEnding {
  const crlf = occurrences(text, '\r\n');
  const cr = occurrences(text, '\r') - crlf;
  const lf = occurrences(text, '\n') - crlf;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The text with every line break written as `ending` (for text a fix inserts). */
export function withLineEnding(text: string, ending: LineEnding): string {
  return text.replace(/\r\n|\r|\n/g, ending);
}

/** Findings whose fixes insert line breaks as `ending` (the rules write "\n"). */
export function findingsWithLineEnding(findings: readonly Finding[], ending: LineEnding): readonly Finding[] {
  if (ending === '\n') return findings;
  return findings.map((finding) =>
    finding.fixes.length === 0
      ? finding
      : {
          ...finding,
          fixes: finding.fixes.map((fix) => ({
            ...fix,
            changes: fix.changes.map((change) => ({ ...change, newText: withLineEnding(change.newText, ending) })),
          })),
        },
  );
}
