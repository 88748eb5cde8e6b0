/** Writes schemas/imrlintrc.schema.json from the rule registry (`npm run generate`). */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configJsonSchema } from '../server/src/project/configJsonSchema';

const root = resolve(__dirname, '..', '..');
writeFileSync(join(root, 'schemas', 'imrlintrc.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log('written: schemas/imrlintrc.schema.json');
