/** A letter's line endings, kept when a fix adds lines to it. */
import type { Finding } from '../core/findings';

export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending most lines of the text end with ("\n" for a text of one line). */
export function dominantLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
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
