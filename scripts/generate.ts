/**
 * Writes the generated files (`npm run generate`); tests hold each committed file equal to what
 * this writes: the JSON schemas of .imrlintrc.json (from the rule registry) and of catalog files
 * (from the catalog's zod schema), the TextMate grammar (from the grammar's vocabulary and the
 * catalog) and the snippets (from the vocabulary and the MTUS in force).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Catalog } from '../server/src/core/catalog/catalog';
import { buildSnippets } from '../server/src/core/complete/snippets';
import { textMateGrammar } from '../server/src/core/grammar/textmate';
import { catalogJsonSchema } from '../server/src/project/catalogJsonSchema';
import { configJsonSchema } from '../server/src/project/configJsonSchema';

const root = resolve(__dirname, '..', '..');
const catalog = Catalog.load();
for (const [path, content] of [
  ['schemas/imrlintrc.schema.json', configJsonSchema()],
  ['schemas/catalog.schema.json', catalogJsonSchema()],
  ['syntaxes/imr.tmLanguage.json', textMateGrammar(catalog)],
  ['snippets/imr.json', buildSnippets(catalog)],
] as const) {
  writeFileSync(join(root, path), `${JSON.stringify(content, null, 2)}\n`);
  console.log(`written: ${path}`);
}
