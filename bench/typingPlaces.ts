/** Where the bench types in a letter, as an editor gives it: lines and characters. A module of its own, so that a measured process need not load the protocol's. */

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
