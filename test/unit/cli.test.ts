import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { ESI_ITEM, HOW_MADE, letter } from '../support/letters';

async function cli(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (t) => (out += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
    stderr: (t) => (err += t),
    stdin: stdin === undefined ? undefined : () => Buffer.from(stdin),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
const clean = join(dir, 'clean.imr');
const broken = join(dir, 'broken.imr');
writeFileSync(clean, letter());
writeFileSync(broken, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));

describe('imr-lint', () => {
  it('exits 0 on a clean letter and prints a summary', async () => {
    const { code, out } = await cli([clean]);
    assert.equal(code, 0);
    assert.match(out, /^1 file linted, 0 errors, 0 warnings/m);
  });

  it('prints path:line:col severity code message and exits 1 on an error finding', async () => {
    const { code, out } = await cli([broken]);
    assert.equal(code, 1);
    const line = out.split('\n')[0];
    assert.match(line, /^.*broken\.imr:\d+:\d+ error invalid-decision "Uphled" is not a decision value/);
    const [, row, col] = /:(\d+):(\d+) /.exec(line)!;
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });
    assert.equal(text.split('\n')[Number(row) - 1].slice(Number(col) - 1, Number(col) - 1 + 6), 'Uphled');
  });

  it('--exit-zero reports errors but exits 0', async () => {
    assert.equal((await cli(['--exit-zero', broken])).code, 0);
  });

  it('--format json prints one object per file with the LSP diagnostics', async () => {
    const { code, out } = await cli(['--format', 'json', clean, broken]);
    assert.equal(code, 1);
    const results = JSON.parse(out) as { file: string; diagnostics: { code: string; source: string; severity: number; range: unknown; data?: unknown }[] }[];
    assert.deepEqual(
      results.map((r) => r.file),
      [clean, broken],
    );
    assert.deepEqual(results[0].diagnostics, []);
    const [d] = results[1].diagnostics;
    assert.equal(d.code, 'invalid-decision');
    assert.equal(d.source, 'imr');
    assert.equal(d.severity, 1);
    assert.ok((d.data as { fixes: unknown[] }).fixes.length > 0);
  });

  it('searches directories and exits 2 for an unreadable path while still linting the others', async () => {
    const { code, out, err } = await cli([dir, join(dir, 'missing.imr')]);
    assert.equal(code, 2);
    assert.match(err, /missing\.imr: cannot read \(ENOENT\)/);
    assert.match(out, /2 files linted, 1 error/);
  });

  it('exits 2 with usage on bad arguments', async () => {
    assert.equal((await cli([])).code, 2);
    const { code, err } = await cli(['--format', 'xml', clean]);
    assert.equal(code, 2);
    assert.match(err, /--format must be "text", "json" or "sarif"/);
    assert.equal((await cli(['--bogus', clean])).code, 2);
  });

  it('names the file, the path inside it and the fault of a bad catalog', async () => {
    const bad = join(dir, 'bad-catalog.json');
    writeFileSync(
      bad,
      JSON.stringify({ components: [{ id: 'x', name: 'X', editions: [{ labels: ['X 20'], source: '[L]' }], kind: 'acoem-chapter', source: '[L]' }] }),
    );
    const { code, err } = await cli(['--catalog', bad, clean]);
    assert.equal(code, 2);
    assert.match(err, /bad-catalog\.json: components\[0\]\.editions\[0\]\.labels\[0\]: a label is the name/);
  });

  it('reads one letter from standard input with "-"', async () => {
    const { code, out } = await cli(['--stdin-filename', 'pasted.imr', '-'], letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    assert.equal(code, 1);
    assert.match(out, /^pasted\.imr:\d+:\d+ error invalid-decision/m);
  });

  it('--fix applies the safe fixes to the file and reports what is left', async () => {
    const file = join(dir, 'to-fix.imr');
    writeFileSync(file, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    const { code, out } = await cli(['--fix', file]);
    assert.equal(code, 0);
    assert.match(out, /1 fix applied/);
    assert.equal(readFileSync(file, 'utf8'), letter({ items: [ESI_ITEM] }));
  });

  it('--fix on standard input prints the fixed letter', async () => {
    const { out } = await cli(['--fix', '-'], letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }));
    assert.equal(out, letter({ items: [ESI_ITEM] }));
  });

  it('expands globs', async () => {
    const { out } = await cli([`${dir.split(sep).join('/')}/b*.imr`]);
    assert.match(out, /^1 file linted, 1 error/m);
  });

  it('--max-warnings fails a run with more warnings than allowed', async () => {
    const file = join(dir, 'warning.imr');
    writeFileSync(file, letter({ items: [{ ...ESI_ITEM, maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care.' }] }));
    assert.equal((await cli([file])).code, 0);
    const { code, err } = await cli(['--max-warnings', '0', file]);
    assert.equal(code, 1);
    assert.match(err, /1 warnings, more than --max-warnings 0/);
  });

  it('--jobs 2 gives exactly the output of one job', async () => {
    const one = await cli(['--format', 'json', dir]);
    const two = await cli(['--format', 'json', '--jobs', '2', dir]);
    assert.equal(two.out, one.out);
    assert.equal(two.code, one.code);
  });
});

describe('imr-lint --jobs', () => {
  // Enough letters for several batches on every thread; folders with their own configuration, and
  // names that a file: URI must escape.
  const root = mkdtempSync(join(tmpdir(), 'imr-jobs-'));
  const folders = ['plain', 'with space #1', '\u00e9t\u00e9'].map((name) => join(root, name));
  folders.forEach((folder) => mkdirSync(folder));
  writeFileSync(join(folders[1], '.imrlintrc.json'), JSON.stringify({ rules: { 'invalid-decision': 'warning' } }));
  const texts = [letter(), letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] }), `${letter()}\n${HOW_MADE}`];
  for (let i = 0; i < 90; i++) writeFileSync(join(folders[i % 3], i % 2 ? `letter ${i}.imr` : `letter-${i}.imr`), texts[i % 4 === 3 ? 2 : i % 2]);

  it('gives the same output, in the same order, on one thread, several or auto', async () => {
    for (const format of ['json', 'text', 'sarif']) {
      const one = await cli(['--format', format, '--jobs', '1', root]);
      for (const jobs of ['2', '3', 'auto']) {
        const other = await cli(['--format', format, '--jobs', jobs, root]);
        assert.equal(other.out, one.out, `--format ${format} --jobs ${jobs}`);
        assert.equal(other.code, one.code);
      }
    }
  });

  it("points a finding's related information at its letter's file: URI", async () => {
    const results = JSON.parse((await cli(['--format', 'json', '--jobs', '2', root])).out) as {
      file: string;
      diagnostics: { relatedInformation?: { location: { uri: string } }[] }[];
    }[];
    const related = results.flatMap((r) => r.diagnostics.flatMap((d) => (d.relatedInformation ?? []).map((info) => [info.location.uri, r.file])));
    assert.ok(related.length >= 20);
    for (const [uri, file] of related) assert.equal(uri, pathToFileURL(file).toString());
  });

  it('takes a number of at least 1 or "auto"', async () => {
    assert.match((await cli(['--jobs', 'many', clean])).err, /--jobs takes "auto" or a whole number of at least 1, not "many"/);
    assert.equal((await cli(['--jobs', '0', clean])).code, 2);
    assert.equal((await cli(['--jobs', 'auto', clean])).code, 0);
  });
});

describe('imr-lint configuration (.imrlintrc.json)', () => {
  const project = mkdtempSync(join(tmpdir(), 'imr-config-'));
  const letters = join(project, 'letters');
  mkdirSync(join(letters, 'archive'), { recursive: true });
  const caseLetter = letter({
    items: [
      { ...ESI_ITEM, decision: 'Uphled' },
      {
        ...ESI_ITEM,
        title: 'Second request',
        rationale: ESI_ITEM.rationale!.replace('left L5-S1 transforaminal epidural steroid injection', 'second request'),
        maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care.',
      },
    ],
  });
  writeFileSync(join(letters, 'a.imr'), caseLetter);
  writeFileSync(join(letters, 'archive', 'old.imr'), caseLetter);

  it('applies rule severities, ignores and suppressions from the nearest configuration', async () => {
    writeFileSync(
      join(project, '.imrlintrc.json'),
      JSON.stringify({
        rules: { 'invalid-decision': 'warning' },
        ignores: ['letters/archive/**'],
        suppressions: [{ rule: 'unknown-citation', case: 'CM16-0000001', item: 'second  REQUEST', reason: 'typo accepted in the published letter' }],
      }),
    );
    const { code, out } = await cli(['--format', 'json', letters]);
    assert.equal(code, 0);
    const results = JSON.parse(out) as { file: string; diagnostics: { code: string; severity: number }[] }[];
    assert.deepEqual(
      results.map((r) => r.file),
      [join(letters, 'a.imr')],
    );
    assert.deepEqual(
      results[0].diagnostics.map((d) => [d.code, d.severity]),
      [['invalid-decision', 2]],
    );
  });

  it('a suppression for another case does not apply', async () => {
    writeFileSync(
      join(project, '.imrlintrc.json'),
      JSON.stringify({ suppressions: [{ rule: 'unknown-citation', case: 'CM16-9999999', reason: 'other letter' }] }),
    );
    const { out } = await cli([join(letters, 'a.imr')]);
    assert.match(out, /unknown-citation/);
  });

  it('reports a bad configuration with the file, the path and the fault, and exits 2', async () => {
    writeFileSync(
      join(project, '.imrlintrc.json'),
      JSON.stringify({ rules: { 'invalid-decision': 'loud' }, suppressions: [{ rule: 'unknown-citation', reason: 'x' }] }),
    );
    const { code, err } = await cli([join(letters, 'a.imr')]);
    assert.equal(code, 2);
    assert.match(err, /\.imrlintrc\.json: rules\.invalid-decision: /);
    assert.match(err, /\.imrlintrc\.json: suppressions\[0\]: a suppression names a "case" or an "item"/);
  });

  it('reads the "imr" key of package.json', async () => {
    const other = mkdtempSync(join(tmpdir(), 'imr-pkg-'));
    writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'x', imr: { rules: { 'invalid-decision': 'off' } } }));
    writeFileSync(join(other, 'a.imr'), caseLetter);
    const { out } = await cli([join(other, 'a.imr')]);
    assert.doesNotMatch(out, /invalid-decision/);
  });
});

describe('imr-lint --format sarif', () => {
  it('produces SARIF 2.1.0 that validates against the official schema, with rule ids', async () => {
    const { out } = await cli(['--format', 'sarif', broken]);
    const sarif = JSON.parse(out) as { runs: { results: { ruleId: string; level: string }[] }[] };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
    // The SARIF 2.1.0 schema is written in JSON Schema draft-04.
    ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')));
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
    assert.deepEqual(
      sarif.runs[0].results.map((r) => [r.ruleId, r.level]),
      [['invalid-decision', 'error']],
    );
  });
});
