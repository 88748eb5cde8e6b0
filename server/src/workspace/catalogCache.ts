/**
 * The one catalog cache of a process (server or CLI worker): the built-in catalog plus extra
 * catalog files, loaded once per list of files. A bad file is remembered too, so that it is read
 * and reported once, with the one message below.
 */
import { Catalog } from '../core/catalog/catalog';
import { CatalogError } from '../core/catalog/load';

/** What is said about a bad catalog file, followed by the file, the path inside it and the fault. */
export function catalogInvalidMessage(error: CatalogError): string {
  return `a catalog file is invalid and was not loaded:\n${error.message}`;
}

export type LoadedCatalog = { readonly catalog: Catalog; readonly error?: undefined } | { readonly catalog?: undefined; readonly error: CatalogError };

export class CatalogCache {
  private readonly byFiles = new Map<string, LoadedCatalog>();
  private builtinCatalog: Catalog | undefined;

  /** The built-in catalog alone (loaded on first use). */
  get builtin(): Catalog {
    this.builtinCatalog ??= Catalog.load();
    return this.builtinCatalog;
  }

  /** The built-in catalog plus these files, or the CatalogError of the first bad one. */
  load(files: readonly string[]): LoadedCatalog {
    if (files.length === 0) return { catalog: this.builtin };
    const key = files.join('\n');
    let loaded = this.byFiles.get(key);
    if (!loaded) {
      try {
        loaded = { catalog: Catalog.load(files) };
      } catch (error) {
        if (!(error instanceof CatalogError)) throw error;
        loaded = { error };
      }
      this.byFiles.set(key, loaded);
    }
    return loaded;
  }

  /** Catalog files may have changed on disk: read them again when next asked. */
  clear(): void {
    this.byFiles.clear();
  }
}
