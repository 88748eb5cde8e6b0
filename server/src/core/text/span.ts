/** Offsets into the document text (UTF-16 code units, as LSP and JavaScript count them). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The span `delta` characters later (earlier when negative): where an edit before it moved it. */
export function movedSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

export function spanContains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}
