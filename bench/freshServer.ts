/**
 * The figures of issue 12, measured the way an editor meets them: a fresh server whose first
 * document is the largest corpus letter, then edits to it, then the 1 MB letter opened and edited.
 * The same sequence runs on the bare server (the floor) in its own fresh process, one after the
 * other so that the two never share the CPU, and the two take turns round by round. The server's
 * peak RSS is read at the end of a round.
 */
import { BenchClient, typeAt } from './lspLatency';
import { typingPlaces } from './typingPlaces';
import { percentile } from './stats';

export interface RoundFigures {
  /** Spawn -> initialize answered: the server's start (not a goal; the warm-up is paid here). */
  initializeMs: number;
  /** Open -> diagnostics of the first document the fresh server sees. */
  firstOpenMs: number;
  largestEditMs: number;
  megabyteOpenMs: number;
  megabyteEditMs: number;
  peakRssMb: number;
}

export interface LetterPair {
  readonly largest: string;
  readonly megabyte: string;
}

/** The URIs the round opens its letters under. */
export const ROUND_URIS: Readonly<Record<keyof LetterPair, string>> = { largest: 'file:///bench/largest.imr', megabyte: 'file:///bench/megabyte.imr' };

/** One fresh server through the sequence; edits are medians over `keystrokes` changes at spread places. */
export async function runRound(server: ServerUnderTest, letters: LetterPair, keystrokes: number): Promise<RoundFigures> {
  const client = await BenchClient.start(server.main, { lint: { debounceMs: 0 } }, server.initializationOptions, server.pull);
  try {
    const firstOpenMs = await client.open(ROUND_URIS.largest, letters.largest);
    const largestEditMs = percentile(await typeAt(client, ROUND_URIS.largest, typingPlaces(letters.largest, 8), keystrokes), 50);
    client.close(ROUND_URIS.largest);
    const megabyteOpenMs = await client.open(ROUND_URIS.megabyte, letters.megabyte);
    const megabyteEditMs = percentile(await typeAt(client, ROUND_URIS.megabyte, typingPlaces(letters.megabyte, 8), keystrokes), 50);
    return { initializeMs: client.initializeMs, firstOpenMs, largestEditMs, megabyteOpenMs, megabyteEditMs, peakRssMb: client.peakRssMb() };
  } finally {
    await client.stop();
  }
}

/** A server to measure: its entry point, what it is initialised with, and whether the client declares pull diagnostics (default: no, as the extension). */
export interface ServerUnderTest {
  readonly main: string;
  readonly initializationOptions?: unknown;
  readonly pull?: boolean;
}

/**
 * Medians over `rounds` fresh servers of each figure, for each server. The servers take turns,
 * round by round, so that a drift of the machine's speed (a factor of two within minutes on the
 * bench's machine) falls on all of them alike instead of on whichever ran last.
 */
export async function measureFreshServers<K extends string>(
  servers: Readonly<Record<K, ServerUnderTest>>,
  letters: LetterPair,
  rounds: number,
  keystrokes: number,
): Promise<Record<K, RoundFigures>> {
  const names = Object.keys(servers) as K[];
  const all = new Map<K, RoundFigures[]>(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const name of names) all.get(name)!.push(await runRound(servers[name], letters, keystrokes));
  const medians = {} as Record<K, RoundFigures>;
  for (const name of names) {
    const figures = all.get(name)!;
    const median = (key: keyof RoundFigures) =>
      percentile(
        figures.map((f) => f[key]),
        50,
      );
    medians[name] = {
      initializeMs: median('initializeMs'),
      firstOpenMs: median('firstOpenMs'),
      largestEditMs: median('largestEditMs'),
      megabyteOpenMs: median('megabyteOpenMs'),
      megabyteEditMs: median('megabyteEditMs'),
      peakRssMb: median('peakRssMb'),
    };
  }
  return medians;
}
