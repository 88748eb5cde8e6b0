/**
 * Open documents and their analyses: one model and one set of findings per document version,
 * built on first request and shared by diagnostics and every feature. A document on disk also
 * follows its project configuration (.imrlintrc.json): the editor's rule settings override the
 * file's rules, catalogs add up, and the file's suppressions apply.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import { Catalog } from './core/catalog/catalog';
import { CatalogError } from './core/catalog/load';
import type { RuleSettings } from './core/config';
import type { Suppression } from './core/projectConfig';
import { applySuppressions } from './core/suppress';
import { ConfigError, ConfigResolver, catalogPaths } from './project/loadConfig';

interface Entry {
  readonly version: number;
  readonly analysis: Analysis;
  /** The catalog the analysis was made with (editor features describe and complete from it). */
  readonly catalog: Catalog;
}

interface DocumentOptions {
  readonly catalog: Catalog;
  readonly rules: RuleSettings;
  readonly suppressions: readonly Suppression[];
}

export class DocumentStore {
  private readonly cache = new Map<string, Entry>();
  private resolver = new ConfigResolver();
  private readonly catalogs = new Map<string, Catalog>();

  constructor(
    private catalog: Catalog,
    private rules: RuleSettings,
    private settingsCatalogs: readonly string[] = [],
    /** Reports a problem with a configuration or catalog file (once per message). */
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** New settings: every cached analysis is stale. */
  reconfigure(catalog: Catalog, rules: RuleSettings, settingsCatalogs: readonly string[]): void {
    this.catalog = catalog;
    this.rules = rules;
    this.settingsCatalogs = settingsCatalogs;
    this.catalogs.clear();
    this.cache.clear();
  }

  /** A configuration file changed on disk. */
  configurationChanged(): void {
    this.resolver = new ConfigResolver();
    this.catalogs.clear();
    this.cache.clear();
  }

  get currentCatalog(): Catalog {
    return this.catalog;
  }

  analysisOf(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const options = this.optionsFor(document.uri);
    // The previous version's analysis lets unchanged items be reused (incremental re-lint).
    const analysis = analyze(document.getText(), options.catalog, { rules: options.rules }, cached?.analysis);
    const result = options.suppressions.length ? { ...analysis, findings: applySuppressions(analysis.findings, analysis.model, options.suppressions) } : analysis;
    this.cache.set(document.uri, { version: document.version, analysis: result, catalog: options.catalog });
    return result;
  }

  /** The catalog of the document's analysis: the settings' catalogs plus those of its project configuration. */
  catalogOf(document: TextDocument): Catalog {
    this.analysisOf(document);
    return this.cache.get(document.uri)?.catalog ?? this.catalog;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private optionsFor(uri: string): DocumentOptions {
    let path: string | undefined;
    try {
      path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      path = undefined;
    }
    if (!path) return { catalog: this.catalog, rules: this.rules, suppressions: [] };
    let found;
    try {
      found = this.resolver.forFile(path);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.warn(`the configuration file is invalid and was ignored:\n${error.message}`);
      return { catalog: this.catalog, rules: this.rules, suppressions: [] };
    }
    const extra = catalogPaths(found);
    return {
      catalog: extra.length ? this.catalogFor([...extra, ...this.settingsCatalogs]) : this.catalog,
      rules: { ...(found.config.rules ?? {}), ...this.rules },
      suppressions: found.config.suppressions ?? [],
    };
  }

  private catalogFor(paths: readonly string[]): Catalog {
    const key = paths.join('\n');
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      try {
        catalog = Catalog.load(paths);
      } catch (error) {
        if (!(error instanceof CatalogError)) throw error;
        this.warn(`a catalog file is invalid and was not loaded:\n${error.message}`);
        catalog = this.catalog;
      }
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }
}
