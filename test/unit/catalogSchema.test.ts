import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { analyze } from '../../server/src/core/analyze';
import { validateBuiltinCatalog } from '../../server/src/core/catalog/builtin';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { catalogFileSchema } from '../../server/src/core/catalog/schema';
import { catalogJsonSchema } from '../../server/src/project/catalogJsonSchema';
import { ESI_ITEM, letter } from '../support/letters';
import { PROJECT_ROOT } from '../support/paths';

const NEXT_LOW_BACK = {
  component: 'low-back-disorders',
  labels: ['Low Back Disorders 2025'],
  version: '2025-06-01',
  inForce: { from: '2026-07-01' },
  source: 'AD order (test)',
};

describe('the guideline catalog JSON schema', () => {
  const committed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'catalog.schema.json'), 'utf8'));

  it('is up to date with the zod schema (npm run generate)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(catalogJsonSchema())));
  });

  it('accepts and rejects the same catalogs as the zod schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(committed);
    const component = { id: 'x', name: 'X', kind: 'acoem-guideline', source: 's' };
    const samples: unknown[] = [
      {},
      { editions: [NEXT_LOW_BACK] },
      { editions: [{ ...NEXT_LOW_BACK, labels: ['Low Back Disorders'] }] },
      { editions: [{ ...NEXT_LOW_BACK, inForce: { from: '2026-13-01' } }] },
      { editions: [{ ...NEXT_LOW_BACK, extra: 1 }] },
      { components: [{ ...component, editions: [{ labels: ['X 2026'], inForce: { from: '2026-01-01' }, source: 's' }], sectionList: 'open' }] },
      { components: [{ ...component, editions: [] }] },
      { components: [{ ...component, editions: [{ labels: ['X 2026'], source: 's' }], regulation: '9792' }] },
      { unknownKey: true },
    ];
    for (const sample of samples) {
      const zod = catalogFileSchema.safeParse(sample).success;
      // A day like 2026-02-30 passes the pattern but not the zod check: the schema is the looser one.
      if (!zod && validate(sample)) assert.match(JSON.stringify(sample), /2026-13-01/);
      else assert.equal(validate(sample), zod, JSON.stringify(sample));
    }
  });
});

describe('the built-in catalog, validated at build time', () => {
  it('is the zod validation of data/*.json (npm run generate)', () => {
    const committed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'server', 'src', 'core', 'catalog', 'builtin.validated.json'), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(validateBuiltinCatalog())));
  });
});

describe('a user catalog adds the next ACOEM update without a code change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-catalog-'));
  const file = join(dir, 'next-update.imr-catalog.json');
  writeFileSync(file, JSON.stringify({ editions: [NEXT_LOW_BACK] }));
  const catalog = Catalog.load([file]);
  const header = (ur: string) => `Case Number:           CM26-0000002
Date Assigned:         08/01/2026                      Date of Injury:      01/05/2015
Decision Date:         08/20/2026                      UR Denial Date:      ${ur}
Priority:              Standard
`;
  const cite = (label: string, ur: string) =>
    analyze(
      letter({
        header: header(ur),
        items: [
          {
            ...ESI_ITEM,
            title: 'The requested treatment',
            claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
            maximus: `Decision based on MTUS ${label}, Section(s): Epidural Injections.`,
          },
        ],
      }),
      catalog,
      { today: '2026-12-01' },
    ).findings.filter((f) => f.ruleId === 'guideline-not-in-force' || f.ruleId === 'citation-edition-mismatch');

  it('the new edition is in force from its date and ends the one before it', () => {
    assert.deepEqual(cite('Low Back Disorders 2025', '07/01/2026'), []);
    assert.deepEqual(cite('Low Back Disorders 2020', '06/30/2026'), []);
    const [stale] = cite('Low Back Disorders 2020', '07/01/2026');
    assert.match(
      stale.message,
      /was replaced after 30 Jun 2026, before 1 Jul 2026 \(UR Denial Date\): MTUS §9792\.23\.5 then is "Low Back Disorders 2025" \(in force since 1 Jul 2026\)/,
    );
    assert.match(cite('Low Back Disorders 2025', '06/30/2026')[0].message, /applies to services from 1 Jul 2026/);
  });

  it('an edition for a component no catalog defines is refused with the file and the path', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ editions: [{ ...NEXT_LOW_BACK, component: 'lumbar-disorders' }] }));
    assert.throws(() => Catalog.load([bad]), /bad\.json[^]*editions\[0\]\.component: no component "lumbar-disorders"/);
  });
});
