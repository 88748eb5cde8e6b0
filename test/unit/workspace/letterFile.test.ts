/**
 * Letter files: the encoding is detected, the text decoded, and a write keeps the encoding, the
 * byte-order mark and the line endings, or is refused with the file left as it was.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { replaceFileAtomically, type FileOps } from '../../../server/src/workspace/atomicWrite';
import { decode, detectEncoding, detectEncodingWithText } from '../../../server/src/workspace/letterEncoding';
import { readLetterFile, writeLetterText } from '../../../server/src/workspace/letterFile';
import { dominantLineEnding } from '../../../server/src/workspace/lineEndings';
import { FIXTURES_DIR } from '../../support/paths';

const ENCODINGS = join(FIXTURES_DIR, 'encodings');
const fixture = (name: string) => readFileSync(join(ENCODINGS, `${name}.txt`));
const scratch = mkdtempSync(join(tmpdir(), 'imr-letter-file-'));
let counter = 0;
function copyOf(bytes: Uint8Array, mode = 0o640): string {
  const path = join(scratch, `letter-${counter++}.txt`);
  writeFileSync(path, bytes, { mode });
  fs.chmodSync(path, mode);
  return path;
}
const WORD_SENTENCE = 'He said the pain \u2013 \u201cconstant\u201d \u2013 kept him off the caf\u00e9\u2019s stairs.';

describe('letter files: reading', () => {
  const expected: Record<string, { name: string; bom: boolean; ending: string }> = {
    'utf8-lf': { name: 'utf-8', bom: false, ending: '\n' },
    'utf8-bom-crlf': { name: 'utf-8', bom: true, ending: '\r\n' },
    'utf16le-bom-crlf': { name: 'utf-16le', bom: true, ending: '\r\n' },
    'utf16be-bom-lf': { name: 'utf-16be', bom: true, ending: '\n' },
    'windows1252-crlf': { name: 'windows-1252', bom: false, ending: '\r\n' },
    'windows1252-lf': { name: 'windows-1252', bom: false, ending: '\n' },
  };
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: detected as ${want.name}${want.bom ? ' with a BOM' : ''}, decoded with Word's characters intact and no BOM in the text`, () => {
      const letter = readLetterFile(join(ENCODINGS, `${name}.txt`));
      assert.deepEqual(letter.encoding, { name: want.name, bom: want.bom });
      assert.equal(letter.lineEnding, want.ending);
      assert.ok(letter.text.startsWith('Case Number:'), JSON.stringify(letter.text.slice(0, 20)));
      assert.ok(letter.text.includes(WORD_SENTENCE));
      assert.ok(!letter.text.includes('\uFFFD'));
    });
  }

  it('takes bytes that are valid UTF-8 as UTF-8 even when Windows-1252 could read them too', () => {
    assert.deepEqual(detectEncoding(Buffer.from('caf\u00e9', 'utf8')), { name: 'utf-8', bom: false });
    assert.deepEqual(detectEncoding(Buffer.from([0x63, 0x61, 0x66, 0xe9])), { name: 'windows-1252', bom: false });
    assert.deepEqual(detectEncoding(Buffer.alloc(0)), { name: 'utf-8', bom: false });
  });

  it('gives the text it decoded to tell UTF-8, the same text as decoding again', () => {
    const bytes = Buffer.from(`Case Number: 1\n${WORD_SENTENCE}`, 'utf8');
    const detected = detectEncodingWithText(bytes);
    assert.equal(detected.text, decode(bytes, detected.encoding));
    assert.equal(detectEncodingWithText(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text, undefined);
  });

  it('takes the line ending most lines end with', () => {
    assert.equal(dominantLineEnding('a\r\nb\r\nc\nd'), '\r\n');
    assert.equal(dominantLineEnding('a\rb\rc\r\nd\n'), '\r');
    assert.equal(dominantLineEnding('a\r\nb\nc\rd\n'), '\n');
    assert.equal(dominantLineEnding('a\r\nb\rc'), '\r\n');
    assert.equal(dominantLineEnding('one line'), '\n');
  });
});

describe('letter files: writing', () => {
  it('writes a changed text back in the encoding, BOM and line endings it was read with', () => {
    const path = copyOf(fixture('utf16le-bom-crlf'));
    const letter = readLetterFile(path);
    assert.deepEqual(writeLetterText(letter, letter.text.replace('Uphled', 'Upheld')), { written: true });
    assert.deepEqual(readFileSync(path), readFileSync(join(ENCODINGS, 'utf16le-bom-crlf.fixed')));
  });

  it('keeps the mode of the file it replaces and leaves no temporary file', () => {
    const path = copyOf(fixture('utf8-lf'), 0o604);
    const letter = readLetterFile(path);
    assert.deepEqual(writeLetterText(letter, letter.text.replace('Uphled', 'Upheld')), { written: true });
    assert.equal(statSync(path).mode & 0o777, 0o604);
    assert.deepEqual(
      readdirSync(scratch).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('refuses a character the encoding cannot hold, names it and where it is, and leaves the file alone', () => {
    const original = fixture('windows1252-crlf');
    const path = copyOf(original);
    const letter = readLetterFile(path);
    const outcome = writeLetterText(letter, letter.text.replace('Uphled', 'Upheld \u2192 \ud83d\ude00'));
    assert.equal(outcome.written, false);
    assert.match(outcome.written ? '' : outcome.reason, /"\u2192" \(U\+2192, line \d+, column \d+\), which Windows-1252, the letter's encoding, cannot hold/);
    assert.deepEqual(readFileSync(path), original);
  });

  it('names a whole astral character (not half of it) when that is what cannot be encoded', () => {
    const path = copyOf(fixture('windows1252-lf'));
    const letter = readLetterFile(path);
    const outcome = writeLetterText(letter, `${letter.text}\ud83d\ude00`);
    assert.match(outcome.written ? '' : outcome.reason, /"\ud83d\ude00" \(U\+1F600,/);
  });

  it('refuses to write a file whose bytes would not come back as they were (bytes Windows-1252 does not define)', () => {
    const original = Buffer.concat([fixture('windows1252-lf'), Buffer.from([0x81, 0x0a])]);
    const path = copyOf(original);
    const letter = readLetterFile(path);
    const outcome = writeLetterText(letter, letter.text.replace('Uphled', 'Upheld'));
    assert.match(outcome.written ? '' : outcome.reason, /not all valid Windows-1252/);
    assert.deepEqual(readFileSync(path), original);
  });

  it('does not overwrite a file that changed on disk after it was read', () => {
    const path = copyOf(fixture('utf8-lf'));
    const letter = readLetterFile(path);
    const theirs = Buffer.from('someone else saved this\n');
    writeFileSync(path, theirs);
    const outcome = writeLetterText(letter, letter.text.replace('Uphled', 'Upheld'));
    assert.match(outcome.written ? '' : outcome.reason, /changed on disk after it was read/);
    assert.deepEqual(readFileSync(path), theirs);
  });

  for (const failing of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`a failing ${failing} (a full disk, an I/O error) leaves the original intact and no temporary file`, () => {
      const original = fixture('utf8-bom-crlf');
      const path = copyOf(original);
      const letter = readLetterFile(path);
      let calls = 0;
      const ops: FileOps = {
        ...fs,
        [failing]: (...args: unknown[]) => {
          calls++;
          // The first chunk is written for real, so a half-written temporary file exists when it fails.
          if (failing === 'writeSync' && calls === 1) return (fs.writeSync as (...a: unknown[]) => number)(args[0], args[1], args[2], 100);
          throw Object.assign(new Error(`${failing}: no space left on device`), { code: 'ENOSPC' });
        },
      };
      const outcome = writeLetterText(letter, letter.text.replace('Uphled', 'Upheld'), ops);
      assert.ok(calls > 0, `${failing} was never called`);
      assert.deepEqual(outcome, { written: false, reason: 'cannot be written (ENOSPC); the file is unchanged' });
      assert.deepEqual(readFileSync(path), original);
      assert.deepEqual(
        readdirSync(scratch).filter((f) => f.endsWith('.tmp')),
        [],
      );
    });
  }

  it('writes through a temporary file in the same folder, renamed over the original', () => {
    const path = copyOf(Buffer.from('old\n'));
    const renames: [string, string][] = [];
    replaceFileAtomically(path, Buffer.from('new\n'), Buffer.from('old\n'), {
      ...fs,
      renameSync: (from, to) => (renames.push([String(from), String(to)]), fs.renameSync(from, to)),
    });
    assert.equal(renames.length, 1);
    assert.equal(join(renames[0][0], '..'), scratch);
    assert.equal(renames[0][1], path);
    assert.equal(readFileSync(path, 'utf8'), 'new\n');
  });
});
