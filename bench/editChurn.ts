/**
 * What one edit of a long letter costs the core, in this process: the parse and the rules of the
 * version after a keystroke (given the previous version's analysis, as the server does), and what
 * the edit allocates, in all and outliving the young generation. What outlives it is promoted to
 * the old generation and dies there: the growth of the server's memory while a letter is typed in.
 * Allocations are sampled by V8's heap profiler (one sample per 4 KB allocated).
 */
import { Session } from 'node:inspector';
import { analyze, type Analysis } from '../server/src/core/analyze';
import type { Catalog } from '../server/src/core/catalog/catalog';
import { lint } from '../server/src/core/lint';
import { parseLetter } from '../server/src/core/parse/parseLetter';
import { typedVersions } from './typingPlaces';
import { percentile } from './stats';

export interface EditChurnFigures {
  bytes: number;
  edits: number;
  parseMedianMs: number;
  rulesMedianMs: number;
  allocatedMb: number;
  survivingMb: number;
}

/** Edits `count` times: a space typed at one of the places, then taken back, place after place. */
function typer(text: string, catalog: Catalog): (count: number, time?: (parseMs: number, rulesMs: number) => void) => void {
  let previous: Analysis = analyze(text, catalog);
  // Enough versions for every call: the keystrokes go on where the last call stopped.
  const versions = typedVersions(text, Number.POSITIVE_INFINITY);
  return (count, time) => {
    for (let i = 0; i < count; i++) {
      const version = versions.next().value as string;
      const started = process.hrtime.bigint();
      const model = parseLetter(version, catalog, previous.model);
      const parsed = process.hrtime.bigint();
      previous = { model, ...lint(model, catalog) };
      time?.(Number(parsed - started) / 1e6, Number(process.hrtime.bigint() - parsed) / 1e6);
    }
  };
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

function totalSize(node: SamplingNode): number {
  return node.children.reduce((sum, child) => sum + totalSize(child), node.selfSize);
}

/** Bytes per edit sampled over `count` edits; with `minor`, also the objects a young-generation collection freed. */
async function sampledBytesPerEdit(session: Session, type: (count: number) => void, count: number, minor: boolean): Promise<number> {
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: minor,
  });
  type(count);
  const { profile } = await post<{ profile: { head: SamplingNode } }>(session, 'HeapProfiler.stopSampling');
  return totalSize(profile.head) / count;
}

export async function measureEditChurn(text: string, catalog: Catalog, edits: number): Promise<EditChurnFigures> {
  const type = typer(text, catalog);
  type(20);
  const parse: number[] = [];
  const rules: number[] = [];
  type(edits, (p, r) => {
    parse.push(p);
    rules.push(r);
  });
  const session = new Session();
  session.connect();
  try {
    await post(session, 'HeapProfiler.enable');
    const allocated = await sampledBytesPerEdit(session, type, 40, true);
    const surviving = await sampledBytesPerEdit(session, type, 40, false);
    return {
      bytes: text.length,
      edits,
      parseMedianMs: percentile(parse, 50),
      rulesMedianMs: percentile(rules, 50),
      allocatedMb: allocated / 1e6,
      survivingMb: surviving / 1e6,
    };
  } finally {
    session.disconnect();
  }
}
