/**
 * Writes the generated files (`npm run generate`); tests hold each committed file equal to what
 * this writes: the JSON schemas of .imrlintrc.json (from the rule registry) and of catalog files
 * (from the catalog's zod schema), the built-in catalog validated by that schema, the TextMate grammar (from the grammar's vocabulary and the
 * catalog) and the snippets (from the vocabulary and the MTUS in force).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateBuiltinCatalog } from '../server/src/core/catalog/builtin';
import { Catalog } from '../server/src/core/catalog/catalog';
import { buildSnippets } from '../server/src/core/complete/snippets';
import { textMateGrammar } from '../server/src/core/grammar/textmate';
import { catalogJsonSchema } from '../server/src/project/catalogJsonSchema';
import { configJsonSchema } from '../server/src/project/configJsonSchema';

const root = resolve(__dirname, '..', '..');
// The files below are written from data/ as validated now, not from the copy this build loaded.
const validated = validateBuiltinCatalog();
writeFileSync(join(root, 'server/src/core/catalog/builtin.validated.json'), `${JSON.stringify(validated, null, 1)}\n`);
console.log('written: server/src/core/catalog/builtin.validated.json');
const catalog = new Catalog(validated);
for (const [path, content] of [
  ['schemas/imrlintrc.schema.json', configJsonSchema()],
  ['schemas/catalog.schema.json', catalogJsonSchema()],
  ['syntaxes/imr.tmLanguage.json', textMateGrammar(catalog)],
  ['snippets/imr.json', buildSnippets(catalog)],
] as const) {
  writeFileSync(join(root, path), `${JSON.stringify(content, null, 2)}\n`);
  console.log(`written: ${path}`);
}
