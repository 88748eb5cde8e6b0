/** Where and what the bench types in a letter. A module of its own, so that a measured process need not load the protocol's. */
import { LineIndex } from '../server/src/core/text/lineIndex';

export interface Position {
  line: number;
  character: number;
}

/** The places to type at: spread over the letter, each at the end of a line (no decision is broken). */
export function typingPlaces(text: string, count: number): Position[] {
  const lines = text.split(/\r\n|\r|\n/);
  const places: Position[] = [];
  for (let i = 1; i <= count; i++) {
    const line = Math.min(lines.length - 1, Math.floor((i * lines.length) / (count + 1)));
    places.push({ line, character: lines[line].length });
  }
  return places;
}

/**
 * The letter after each of `count` keystrokes typed in one process: a space typed at one of the
 * typing places, then taken back (the letter as it was), place after place.
 */
export function* typedVersions(text: string, count: number): Generator<string> {
  const lines = new LineIndex(text);
  const places = typingPlaces(text, 8).map((p) => lines.offsetAt(p));
  for (let n = 0; n < count; n++) {
    const at = places[(n >> 1) % places.length];
    yield n % 2 === 0 ? `${text.slice(0, at)} ${text.slice(at)}` : text;
  }
}
