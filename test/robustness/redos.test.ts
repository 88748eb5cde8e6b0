/**
 * Catastrophic backtracking: every pattern in the catalog data is run against the inputs that
 * make backtracking regexes blow up (long runs of one character, of word-space pairs, of the
 * pattern's own text), and must answer in a bound far below what exponential behaviour needs.
 * Catalog patterns are user-extensible (extra catalogs), so nested quantifiers are refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinCatalog } from '../support/lintText';
import { NESTED_QUANTIFIER } from '../../server/src/core/catalog/safePattern';
import { CatalogError, validateCatalogFile } from '../../server/src/core/catalog/load';

function patternsOfCatalog(): { where: string; source: string }[] {
  const catalog = builtinCatalog();
  const list: { where: string; source: string }[] = [];
  for (const f of catalog.families) {
    for (const source of [...f.requestPatterns, ...f.criteriaPatterns, ...f.excludePatterns]) list.push({ where: `family ${f.id}`, source });
  }
  for (const r of catalog.regions) for (const source of r.patterns) list.push({ where: `region ${r.id}`, source });
  for (const s of catalog.otherSources) list.push({ where: `source ${s.id}`, source: s.pattern });
  return list;
}

function hostileInputs(source: string): string[] {
  const letters = source.replace(/[^A-Za-z ]/g, '') || 'ab';
  return [
    'a'.repeat(20_000),
    ' '.repeat(20_000),
    'ab '.repeat(7_000),
    '-'.repeat(20_000),
    letters.repeat(Math.ceil(20_000 / letters.length)),
    `${letters.repeat(500)}!`,
  ];
}

describe('regular expressions', () => {
  const patterns = patternsOfCatalog();

  it('the catalog has patterns to check', () => {
    assert.ok(patterns.length > 100);
  });

  it('no catalog pattern nests quantifiers', () => {
    assert.deepEqual(
      patterns.filter((p) => NESTED_QUANTIFIER.test(p.source)).map((p) => `${p.where}: ${p.source}`),
      [],
    );
  });

  it('every catalog pattern answers hostile inputs in linear time', () => {
    const slow: string[] = [];
    for (const { where, source } of patterns) {
      const regex = new RegExp(source, 'giu');
      for (const input of hostileInputs(source)) {
        const started = process.hrtime.bigint();
        regex.lastIndex = 0;
        for (const _ of input.matchAll(regex)) void _;
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // 20 KB in a linear regex takes well under a millisecond or two; exponential takes minutes.
        if (ms > 250) slow.push(`${where}: ${source} (${Math.round(ms)} ms)`);
      }
    }
    assert.deepEqual(slow, []);
  });

  it('an extra catalog with a nested-quantifier pattern is refused with the file and path', () => {
    const file = { families: [{ id: 'x', label: 'X', requestPatterns: ['(a+)+b'], source: '[test]' }] };
    assert.throws(
      () => validateCatalogFile('extra.json', file),
      (e: unknown) => e instanceof CatalogError && /extra\.json: families\[0\]\.requestPatterns\[0\]: nested quantifiers/.test(e.message),
    );
  });

  it('the nested-quantifier check itself recognises the classic shapes', () => {
    for (const bad of ['(a+)+', '(\\w*\\s)*b', '(x|y+){2,}']) assert.ok(NESTED_QUANTIFIER.test(bad), bad);
    for (const good of ['\\bMRI', 'x-?rays?\\b', '(?:red[- ]flags?)', 'facet (?:joint )?(?:blocks?|injections?)'])
      assert.ok(!NESTED_QUANTIFIER.test(good), good);
  });
});
