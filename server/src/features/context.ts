/**
 * What every feature needs: the open documents, the workspace (one snapshot per version), what
 * the client can do, and a guard so that a failing handler answers "nothing" instead of an error.
 */
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import type { Catalog } from '../core/catalog/catalog';
import type { Workspace } from '../workspace/workspace';

export interface FeatureContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly store: Workspace;
  /** Set from the initialize request (see setClientCapabilities). */
  readonly client: ClientCapabilities;
}

/**
 * The analysis of the document's current version (the one the request is about) and the catalog
 * it was made with, or undefined when the document is not open or is over the size limit (no
 * feature analyses a document the user was told is not linted).
 */
export function analysisFor(context: FeatureContext, uri: string): { document: TextDocument; analysis: Analysis; catalog: Catalog } | undefined {
  const document = context.documents.get(uri);
  if (!document) return undefined;
  const snapshot = context.store.snapshot(document);
  if (snapshot.tooLarge) return undefined;
  return { document, analysis: snapshot.analysis, catalog: snapshot.catalog };
}

/** Runs a handler body; any exception is logged and answered with `fallback`. Handlers never throw. */
export function guarded<T>(context: FeatureContext, name: string, fallback: T, body: () => T): T {
  try {
    return body();
  } catch (error) {
    try {
      context.connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
      // The connection may be gone; still answer.
    }
    return fallback;
  }
}
