import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { ESI_ITEM, letter } from '../support/letters';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
const clean = join(dir, 'clean.imr');
const broken = join(dir, 'broken.imr');
writeFileSync(clean, letter());
writeFileSync(broken, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));

describe('imr-lint', () => {
  it('exits 0 on a clean letter and prints a summary', () => {
    const { code, out } = cli([clean]);
    assert.equal(code, 0);
    assert.match(out, /^1 file linted, 0 errors, 0 warnings/m);
  });

  it('prints path:line:col severity code message and exits 1 on an error finding', () => {
    const { code, out } = cli([broken]);
    assert.equal(code, 1);
    const line = out.split('\n')[0];
    assert.match(line, /^.*broken\.imr:\d+:\d+ error invalid-decision "Uphled" is not a decision value/);
    const [, row, col] = /:(\d+):(\d+) /.exec(line)!;
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });
    assert.equal(text.split('\n')[Number(row) - 1].slice(Number(col) - 1, Number(col) - 1 + 6), 'Uphled');
  });

  it('--exit-zero reports errors but exits 0', () => {
    assert.equal(cli(['--exit-zero', broken]).code, 0);
  });

  it('--format json prints one object per file with the LSP diagnostics', () => {
    const { code, out } = cli(['--format', 'json', clean, broken]);
    assert.equal(code, 1);
    const results = JSON.parse(out) as { file: string; diagnostics: { code: string; source: string; severity: number; range: unknown; data?: unknown }[] }[];
    assert.deepEqual(results.map((r) => r.file), [clean, broken]);
    assert.deepEqual(results[0].diagnostics, []);
    const [d] = results[1].diagnostics;
    assert.equal(d.code, 'invalid-decision');
    assert.equal(d.source, 'imr');
    assert.equal(d.severity, 1);
    assert.ok((d.data as { fixes: unknown[] }).fixes.length > 0);
  });

  it('searches directories and exits 2 for an unreadable path while still linting the others', () => {
    const { code, out, err } = cli([dir, join(dir, 'missing.imr')]);
    assert.equal(code, 2);
    assert.match(err, /missing\.imr: cannot read \(ENOENT\)/);
    assert.match(out, /2 files linted, 1 error/);
  });

  it('exits 2 with usage on bad arguments', () => {
    assert.equal(cli([]).code, 2);
    const { code, err } = cli(['--format', 'xml', clean]);
    assert.equal(code, 2);
    assert.match(err, /--format must be "text" or "json"/);
    assert.equal(cli(['--bogus', clean]).code, 2);
  });

  it('names the file, the path inside it and the fault of a bad catalog', () => {
    const bad = join(dir, 'bad-catalog.json');
    writeFileSync(bad, JSON.stringify({ components: [{ id: 'x', name: 'X', years: ['20'], kind: 'acoem-chapter', source: '[L]' }] }));
    const { code, err } = cli(['--catalog', bad, clean]);
    assert.equal(code, 2);
    assert.match(err, /bad-catalog\.json: components\[0\]\.years\[0\]: /);
  });
});
