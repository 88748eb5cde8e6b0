/**
 * The catalog files shipped with the project, as written. They are validated like any other
 * catalog file, at build time: `npm run generate` writes the result to builtin.validated.json,
 * which is what the server and the CLI load (see validatedBuiltin.ts).
 */
import { validateCatalogFile } from './load';
import type { CatalogFile } from './schema';
import acoemChapters from './data/acoem-chapters.json';
import bodyRegions from './data/body-regions.json';
import mtusComponents from './data/mtus-components.json';
import odg from './data/odg.json';
import otherSources from './data/other-sources.json';
import procedureFamilies from './data/procedure-families.json';

export const BUILTIN_CATALOG_FILES: ReadonlyArray<{ readonly name: string; readonly data: unknown }> = [
  { name: 'data/mtus-components.json', data: mtusComponents },
  { name: 'data/acoem-chapters.json', data: acoemChapters },
  { name: 'data/odg.json', data: odg },
  { name: 'data/other-sources.json', data: otherSources },
  { name: 'data/procedure-families.json', data: procedureFamilies },
  { name: 'data/body-regions.json', data: bodyRegions },
];

/** The built-in catalog files validated by the zod schema (what builtin.validated.json must hold). */
export function validateBuiltinCatalog(): CatalogFile[] {
  return BUILTIN_CATALOG_FILES.map(({ name, data }) => validateCatalogFile(name, data));
}
