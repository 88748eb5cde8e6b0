/**
 * Open documents and their analyses: one model and one set of findings per document version,
 * built on first request and shared by diagnostics and every feature.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import type { Catalog } from './core/catalog/catalog';
import type { LintOptions } from './core/config';

interface Entry {
  readonly version: number;
  readonly analysis: Analysis;
}

export class DocumentStore {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private catalog: Catalog,
    private options: LintOptions,
  ) {}

  /** New catalog or rule settings: every cached analysis is stale. */
  reconfigure(catalog: Catalog, options: LintOptions): void {
    this.catalog = catalog;
    this.options = options;
    this.cache.clear();
  }

  get currentCatalog(): Catalog {
    return this.catalog;
  }

  analysisOf(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    // The previous version's analysis lets unchanged items be reused (incremental re-lint).
    const analysis = analyze(document.getText(), this.catalog, this.options, cached?.analysis);
    this.cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
