/**
 * The built-in catalog as the zod schema returns it (defaults filled in), validated at build
 * time: `npm run generate` writes builtin.validated.json from data/*.json and a test holds the
 * committed file equal to that validation. Starting a server or the CLI therefore neither loads
 * zod for the catalog nor checks the patterns again.
 */
import validated from './builtin.validated.json';
import type { CatalogFile } from './schema';

export const VALIDATED_BUILTIN_CATALOG: readonly CatalogFile[] = validated as unknown as readonly CatalogFile[];
