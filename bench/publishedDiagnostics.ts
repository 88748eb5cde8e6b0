/**
 * The diagnostics the real server publishes for the round's letters, computed by the core the
 * server runs, for the bare server to publish in their place: the floor of an edit that must send
 * them (JSON encoding, the pipe and the client's decoding), which no analysis can go under.
 */
import { analyze } from '../server/src/core/analyze';
import type { Catalog } from '../server/src/core/catalog/catalog';
import { toDiagnostic, type DiagnosticShape } from '../server/src/core/diagnostics';
import { ROUND_URIS, type LetterPair } from './freshServer';

export function publishedDiagnostics(letters: LetterPair, catalog: Catalog): Record<string, DiagnosticShape[]> {
  const byUri: Record<string, DiagnosticShape[]> = {};
  for (const key of Object.keys(ROUND_URIS) as (keyof LetterPair)[]) {
    const uri = ROUND_URIS[key];
    const { model, findings } = analyze(letters[key], catalog);
    byUri[uri] = findings.map((finding) => toDiagnostic(finding, model.lines, uri));
  }
  return byUri;
}
