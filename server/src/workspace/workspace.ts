/**
 * The workspace: what the language server and the CLI share, and no protocol. It owns the
 * settings, the project configuration files (.imrlintrc.json), the catalog cache, the size
 * policy (the files it reads go through ProjectFiles, which the host provides), and answers one snapshot per document version: the
 * model and the findings every feature reads, or "too large" (then no feature analyses it).
 */
import type { Analysis } from '../core/analyze';
import type { Catalog } from '../core/catalog/catalog';
import { ConfigError } from '../project/loadConfig';
import { CatalogCache, catalogInvalidMessage } from './catalogCache';
import { diskProjectFiles } from './diskProjectFiles';
import { analyzeLetter, letterOptions, type LetterOptions } from './letterOptions';
import type { ProjectFiles } from './projectFiles';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { exceedsSizeLimit } from './sizePolicy';

/** A document at one version: an open editor document, or a file read for the workspace lint. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export type Snapshot =
  | { readonly tooLarge: false; readonly version: number; readonly analysis: Analysis; readonly catalog: Catalog }
  | { readonly tooLarge: true; readonly version: number; readonly limitMb: number };

export class Workspace {
  private readonly snapshots = new Map<string, Snapshot>();
  /** Each document's options, read once per settings and configuration files: a keystroke does not resolve its path again. */
  private readonly options = new Map<string, LetterOptions>();
  private readonly catalogs = new CatalogCache();
  private current: Settings = DEFAULT_SETTINGS;

  /**
   * `warn` reports a bad setting, configuration or catalog file (the caller says each message
   * once); `files` reads the project files (on disk unless the host says otherwise).
   */
  constructor(
    private readonly warn: (message: string) => void = () => undefined,
    private readonly files: ProjectFiles = diskProjectFiles(),
  ) {}

  get settings(): Settings {
    return this.current;
  }

  /** The editor's raw settings (section "imr"), validated here: a bad value is warned and its default used. */
  configure(raw: unknown): void {
    const { settings, problems } = readSettings(raw);
    for (const problem of problems) this.warn(problem);
    this.current = settings;
    this.forgetAll();
    // The settings' own catalogs are reported now, not at the first letter.
    this.catalogFor(settings.catalogs);
  }

  /** A configuration or catalog file changed on disk. */
  configurationChanged(): void {
    this.files.reset();
    this.forgetAll();
  }

  /** What was read under the settings and files in force: catalogs, each letter's options and snapshot. */
  private forgetAll(): void {
    this.catalogs.clear();
    this.snapshots.clear();
    this.options.clear();
  }

  /** The snapshot of this version of the document, made on first request and shared by every feature. */
  snapshot(document: VersionedText): Snapshot {
    const cached = this.snapshots.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const limitMb = this.current.lint.maxDocumentSizeMb;
    let snapshot: Snapshot;
    if (exceedsSizeLimit(text, limitMb)) snapshot = { tooLarge: true, version: document.version, limitMb };
    else {
      const options = this.optionsFor(document.uri);
      const catalog = this.catalogFor(options.catalogs);
      // The previous version's analysis lets unchanged items be reused (incremental re-lint).
      const previous = cached && !cached.tooLarge ? cached.analysis : undefined;
      snapshot = { tooLarge: false, version: document.version, analysis: analyzeLetter(text, catalog, options, previous), catalog };
    }
    this.snapshots.set(document.uri, snapshot);
    return snapshot;
  }

  /** The catalog a document is analysed with (the settings' when it is too large to analyse). */
  catalogOf(document: VersionedText): Catalog {
    const snapshot = this.snapshot(document);
    return snapshot.tooLarge ? this.currentCatalog : snapshot.catalog;
  }

  /** The built-in catalog plus the settings' catalogs. */
  get currentCatalog(): Catalog {
    return this.catalogFor(this.current.catalogs);
  }

  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.options.delete(uri);
  }

  private optionsFor(uri: string): LetterOptions {
    let options = this.options.get(uri);
    if (!options) {
      options = this.readOptions(uri);
      this.options.set(uri, options);
    }
    return options;
  }

  private readOptions(uri: string): LetterOptions {
    try {
      return letterOptions(this.files.configFor(uri), this.current.rules, this.current.catalogs);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.warn(`the configuration file is invalid and was ignored:\n${error.message}`);
      return letterOptions(undefined, this.current.rules, this.current.catalogs);
    }
  }

  /** The catalog of these files; a bad file is warned and the settings' catalog (or the built-in one) used instead. */
  private catalogFor(files: readonly string[]): Catalog {
    if (files.length > 0 && this.files.unavailable) {
      this.warn(`imr.catalogs: ${this.files.unavailable}; the letters are linted with the built-in catalog`);
      return this.catalogs.builtin;
    }
    const loaded = this.catalogs.load(files);
    if (loaded.catalog) return loaded.catalog;
    this.warn(catalogInvalidMessage(loaded.error));
    const fallback = files === this.current.catalogs ? undefined : this.catalogs.load(this.current.catalogs).catalog;
    return fallback ?? this.catalogs.builtin;
  }
}
