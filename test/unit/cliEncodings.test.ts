/**
 * imr-lint reads letters in their own encoding and --fix writes them back in it: every fixture
 * comes out byte for byte as the independently made `.fixed` file, and a letter that cannot be
 * written back faithfully is refused (exit 2, named) while the others are fixed.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { FIXTURES_DIR } from '../support/paths';

const ENCODINGS = join(FIXTURES_DIR, 'encodings');
const NAMES = readdirSync(ENCODINGS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length));

/** imr-lint in this process; `stdin`: the bytes of standard input. `bytes`: what it wrote to standard output, as bytes. */
async function cli(args: string[], stdin?: Uint8Array): Promise<{ code: number; out: string; err: string; bytes: Buffer }> {
  const chunks: Buffer[] = [];
  let err = '';
  const code = await run(args, {
    stdout: (t) => chunks.push(typeof t === 'string' ? Buffer.from(t) : Buffer.from(t)),
    stderr: (t) => (err += t),
    stdin: stdin && (() => stdin),
  });
  const bytes = Buffer.concat(chunks);
  return { code, out: bytes.toString('utf8'), err, bytes };
}

describe('imr-lint: letters in each encoding', () => {
  it('has a fixture for each encoding the README promises', () => {
    assert.deepEqual(NAMES.sort(), ['utf16be-bom-lf', 'utf16le-bom-crlf', 'utf8-bom-crlf', 'utf8-lf', 'windows1252-crlf', 'windows1252-lf']);
  });

  for (const name of NAMES) {
    it(`${name}: the finding is reported where it is, and --fix changes exactly the fixed bytes`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'imr-encodings-'));
      const file = join(dir, `${name}.txt`);
      copyFileSync(join(ENCODINGS, `${name}.txt`), file);
      const before = await cli(['--format', 'json', file]);
      const [result] = JSON.parse(before.out) as { diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }[];
      assert.deepEqual(
        result.diagnostics.map((d) => d.code),
        ['invalid-decision'],
      );
      // Line 34 (0-based 33) of the letter, after "...injection: ": the BOM is not a character of the text.
      assert.deepEqual(result.diagnostics[0].range.start, { line: 33, character: 54 });

      const fixed = await cli(['--fix', file]);
      assert.equal(fixed.code, 0, fixed.err);
      assert.match(fixed.out, /1 fix applied/);
      assert.deepEqual(readFileSync(file), readFileSync(join(ENCODINGS, `${name}.fixed`)));
      assert.deepEqual(readdirSync(dir), [`${name}.txt`], 'a temporary file was left behind');
    });
  }

  for (const name of NAMES) {
    it(`${name} on standard input: --fix prints the letter with exactly the fixed bytes changed, in its encoding`, async () => {
      const fixed = await cli(['--fix', '-'], readFileSync(join(ENCODINGS, `${name}.txt`)));
      assert.equal(fixed.code, 0, fixed.err);
      assert.deepEqual(fixed.bytes, readFileSync(join(ENCODINGS, `${name}.fixed`)));
    });
  }

  it('--fix on standard input that cannot be written back byte for byte prints it as it came, and says why (exit 2)', async () => {
    const oddBytes = Buffer.concat([readFileSync(join(ENCODINGS, 'windows1252-crlf.txt')), Buffer.from([0x81, 0x0d, 0x0a])]);
    const { code, bytes, err } = await cli(['--fix', '--stdin-filename', 'odd.txt', '-'], oddBytes);
    assert.equal(code, 2);
    assert.deepEqual(bytes, oddBytes);
    assert.match(err, /odd\.txt: its bytes are not all valid Windows-1252, so it could not be written back byte for byte; the fix was not written/);
    assert.match(err, /odd\.txt:34:55 error invalid-decision/, 'the findings reported are those of the letter as printed');
  });

  it('refuses --fix for a letter it cannot write back byte for byte (exit 2, the file named), and fixes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-encodings-'));
    const good = join(dir, 'a-good.txt');
    const odd = join(dir, 'b-odd.txt');
    copyFileSync(join(ENCODINGS, 'windows1252-crlf.txt'), good);
    // 0x81 is not a Windows-1252 character: it would not come back as it was.
    const oddBytes = Buffer.concat([readFileSync(join(ENCODINGS, 'windows1252-crlf.txt')), Buffer.from([0x81, 0x0d, 0x0a])]);
    writeFileSync(odd, oddBytes);
    const { code, out, err } = await cli(['--fix', dir]);
    assert.equal(code, 2);
    assert.match(err, /b-odd\.txt: its bytes are not all valid Windows-1252, so it could not be written back byte for byte; the fix was not written/);
    assert.match(out, /b-odd\.txt:34:55 error invalid-decision/, 'the refused letter is still reported');
    assert.deepEqual(readFileSync(odd), oddBytes);
    assert.deepEqual(readFileSync(good), readFileSync(join(ENCODINGS, 'windows1252-crlf.fixed')));
  });
});
