/**
 * The catalog shipped with the project. The JSON is imported (not read from disk) so that the
 * bundled server carries it; it is still validated like any other catalog file.
 */
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
