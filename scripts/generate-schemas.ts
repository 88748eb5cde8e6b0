/** Writes schemas/imrlintrc.schema.json (from the rule registry) and schemas/catalog.schema.json (from the catalog's zod schema): `npm run generate`. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogJsonSchema } from '../server/src/project/catalogJsonSchema';
import { configJsonSchema } from '../server/src/project/configJsonSchema';

const root = resolve(__dirname, '..', '..');
for (const [name, schema] of [
  ['imrlintrc.schema.json', configJsonSchema()],
  ['catalog.schema.json', catalogJsonSchema()],
] as const) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`written: schemas/${name}`);
}
