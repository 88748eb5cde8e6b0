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

/** One fresh server through the sequence; edits are medians over `keystrokes` changes at spread places. */
export async function runRound(main: string, letters: LetterPair, keystrokes: number): Promise<RoundFigures> {
  const client = await BenchClient.start(main, { lint: { debounceMs: 0 } });
  try {
    const firstOpenMs = await client.open('file:///bench/largest.imr', letters.largest);
    const largestEditMs = percentile(await typeAt(client, 'file:///bench/largest.imr', typingPlaces(letters.largest, 8), keystrokes), 50);
    client.close('file:///bench/largest.imr');
    const megabyteOpenMs = await client.open('file:///bench/megabyte.imr', letters.megabyte);
    const megabyteEditMs = percentile(await typeAt(client, 'file:///bench/megabyte.imr', typingPlaces(letters.megabyte, 8), keystrokes), 50);
    return { initializeMs: client.initializeMs, firstOpenMs, largestEditMs, megabyteOpenMs, megabyteEditMs, peakRssMb: client.peakRssMb() };
  } finally {
    await client.stop();
  }
}

/** Medians over `rounds` fresh servers of each figure. */
export async function measureFreshServers(main: string, letters: LetterPair, rounds: number, keystrokes: number): Promise<RoundFigures> {
  const all: RoundFigures[] = [];
  for (let r = 0; r < rounds; r++) all.push(await runRound(main, letters, keystrokes));
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
