import { firstIndex } from './firstIndex';
import type { Span } from './span';

/**
 * Spans none of which meets another, kept in order of their starts (then ends), so that their ends
 * are in order too: the ones a new span could meet are found by binary search instead of by a
 * comparison with every span kept (6,286 fixes took 0.4 s, the signs of unredacted information in
 * a summary of 6,400 sentences half a second). The caller says what meeting is.
 */
export class DisjointSpans<T extends Span> {
  readonly list: T[] = [];

  constructor(private readonly meet: (a: Span, b: Span) => boolean) {}

  /** Whether a span kept meets `span`. */
  meets(span: Span): boolean {
    const list = this.list;
    // Only a span ending at or after its start and starting at or before its end can meet it.
    for (let i = firstIndex(0, list.length, (k) => list[k].end >= span.start); i < list.length && list[i].start <= span.end; i++)
      if (this.meet(list[i], span)) return true;
    return false;
  }

  /** Keeps a span that meets none of those kept. */
  add(span: T): void {
    const list = this.list;
    list.splice(
      firstIndex(0, list.length, (k) => list[k].start > span.start || (list[k].start === span.start && list[k].end > span.end)),
      0,
      span,
    );
  }
}
