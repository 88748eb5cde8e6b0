/**
 * The JSON schema of a guideline catalog file, generated from the zod schema that validates it
 * (so the two cannot disagree) for editors to complete and check user catalogs. A test holds the
 * committed schemas/catalog.schema.json equal to this.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { catalogFileSchema } from '../core/catalog/schema';

export function catalogJsonSchema(): object {
  const schema = zodToJsonSchema(catalogFileSchema as unknown as Parameters<typeof zodToJsonSchema>[0], {
    target: 'jsonSchema7',
    $refStrategy: 'none',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://imr-determinations.local/schemas/catalog.schema.json',
    title: 'IMR guideline catalog',
    description:
      'A guideline catalog for imr-lint: MTUS components with their editions (labels, version, dates in force), sections and pages; ACOEM chapters; ODG chapters and topics; procedure families and body regions. Every fact names its source. "editions" adds an edition (the next ACOEM update) to a component of the built-in catalog by its id.',
  };
}
