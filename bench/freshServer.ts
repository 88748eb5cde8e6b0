/**
 * The figures of issue 12, measured the way an editor meets them: a fresh server whose first
 * document is the largest corpus letter, then edits to it, then the 1 MB letter opened and edited.
 * The same sequence runs on the bare server (the floor) in its own fresh process, one after the
 * other so that the two never share the CPU. The server's peak RSS is read at the end of a round.
 */
import { BenchClient, typeAt, typingPlaces } from './lspLatency';
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
export async function runRound(main: string, letters: LetterPair, keystrokes: number, initializationOptions?: unknown): Promise<RoundFigures> {
  const client = await BenchClient.start(main, { lint: { debounceMs: 0 } }, initializationOptions);
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

/** Medians over `rounds` fresh servers of each figure. */
export async function measureFreshServers(
  main: string,
  letters: LetterPair,
  rounds: number,
  keystrokes: number,
  initializationOptions?: unknown,
): Promise<RoundFigures> {
  const all: RoundFigures[] = [];
  for (let r = 0; r < rounds; r++) all.push(await runRound(main, letters, keystrokes, initializationOptions));
  const median = (key: keyof RoundFigures) =>
    percentile(
      all.map((f) => f[key]),
      50,
    );
  return {
    initializeMs: median('initializeMs'),
    firstOpenMs: median('firstOpenMs'),
    largestEditMs: median('largestEditMs'),
    megabyteOpenMs: median('megabyteOpenMs'),
    megabyteEditMs: median('megabyteEditMs'),
    peakRssMb: median('peakRssMb'),
  };
}
