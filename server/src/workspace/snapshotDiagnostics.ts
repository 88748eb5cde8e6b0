/**
 * What an editor is sent for a snapshot, by the lint of an open letter and by the workspace lint
 * alike: its findings as diagnostics, or the one diagnostic of a letter over the size limit.
 */
import { toDiagnostic, type DiagnosticShape } from '../core/diagnostics';
import { tooLargeDiagnostic } from './sizePolicy';
import type { Snapshot } from './workspace';

/** `sendsRelated`: the client accepts related places in a diagnostic. */
export function snapshotDiagnostics(snapshot: Snapshot, uri: string, sendsRelated: boolean): DiagnosticShape[] {
  if (snapshot.tooLarge) return [tooLargeDiagnostic(snapshot.limitMb)];
  const { findings, model } = snapshot.analysis;
  return findings.map((f) => toDiagnostic(f, model.lines, uri, sendsRelated));
}
