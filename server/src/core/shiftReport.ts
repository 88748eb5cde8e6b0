import type { Report } from './findings';
import { movedSpan, type Span } from './text/span';

/**
 * An item rule's report moved with its item: an edit before an item moves it by `delta`, and its
 * reports are reused instead of computed again (lint.ts). A place before `from` (the item's start
 * when the report was made) did not move: a related place in the case summary. Written for the
 * report's own shape; a generic deep walk of the object cost about a tenth of a keystroke in the
 * largest corpus letter.
 */
export function shiftReport(report: Report, delta: number, from: number): Report {
  const move = (span: Span): Span => (span.start >= from ? movedSpan(span, delta) : span);
  const moved: { -readonly [K in keyof Report]: Report[K] } = { ...report, span: move(report.span) };
  if (report.related) moved.related = report.related.map((place) => ({ ...place, span: move(place.span) }));
  if (report.fixes) moved.fixes = report.fixes.map((fix) => ({ ...fix, changes: fix.changes.map((change) => ({ ...change, span: move(change.span) })) }));
  return moved;
}
