/** The goals of issue 12, each against the floor measured in the same run. */
import type { CliCorpusFigures } from './cliCorpus';
import type { ArchiveFigures } from './archive';
import type { RoundFigures } from './freshServer';
import { round } from './stats';

export interface Goal {
  readonly what: string;
  readonly value: string;
  readonly held: boolean;
}

/**
 * `publishing`: the bare server sending the real server's diagnostics. Its ratio to the floor is
 * shown beside each timed goal: no server that publishes every diagnostic after every change (the
 * issue's "must hold") can go under it, so a goal below it cannot be held by any analysis.
 */
export function checkGoals(imr: RoundFigures, bare: RoundFigures, publishing: RoundFigures, cli: CliCorpusFigures, archive: ArchiveFigures): Goal[] {
  const ratio = (what: string, key: 'largestEditMs' | 'megabyteEditMs' | 'firstOpenMs' | 'megabyteOpenMs', limit: number): Goal => {
    const floor = Math.max(bare[key], 0.05);
    const x = imr[key] / floor;
    return {
      what: `${what} within ${limit}x the floor`,
      value: `${round(imr[key], 1)} vs ${round(bare[key], 1)} ms (x${round(x, 1)}; publishing the same diagnostics alone x${round(publishing[key] / floor, 1)})`,
      held: x <= limit,
    };
  };
  const twoJobs = archive.runs.find((r) => r.jobs === 2);
  return [
    ratio('edit -> diagnostics, largest corpus letter', 'largestEditMs', 3),
    ratio('edit -> diagnostics, 1 MB letter', 'megabyteEditMs', 3),
    ratio('first letter opened in a fresh server (largest corpus letter)', 'firstOpenMs', 8),
    ratio('open -> diagnostics, 1 MB letter', 'megabyteOpenMs', 5),
    {
      what: 'peak RSS with the 1 MB letter under 100 MiB',
      value: `${round(imr.peakRssMb, 1)} MiB (floor ${round(bare.peakRssMb, 1)})`,
      held: imr.peakRssMb < 100,
    },
    {
      what: 'CLI on the corpus, one process, net of start, >= 20 MB/s',
      value: `${round(cli.mbPerSecond, 1)} MB/s (${round(cli.runSeconds, 2)} s - ${round(cli.startSeconds, 2)} s start)`,
      held: cli.mbPerSecond >= 20,
    },
    {
      what: 'CLI on the archive with 2 jobs >= 40 MB/s',
      value: twoJobs ? `${round(twoJobs.mbPerSecond, 1)} MB/s` : 'not run',
      held: (twoJobs?.mbPerSecond ?? 0) >= 40,
    },
  ];
}
