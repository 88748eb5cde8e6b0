import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editWindow } from '../../../server/src/core/text/editWindow';

/** The definition, a character at a time: the longest common prefix, then the longest common suffix that does not overlap it. */
function windowByCharacters(before: string, after: string): { prefix: number; suffix: number; delta: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix, delta: after.length - before.length };
}

/** A deterministic pseudo-random source, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('editWindow: where two versions of a letter differ', () => {
  it('finds the window a character loop finds, whatever the distance of the edit from a block boundary', () => {
    const next = random(7);
    // Long enough for whole blocks of 4096 on both sides of the edit, and edits at every offset within a block.
    const base = Array.from({ length: 20_000 }, () => 'ab \n'[Math.floor(next() * 4)]).join('');
    for (let round = 0; round < 400; round++) {
      const start = Math.floor(next() * base.length);
      const removed = Math.floor(next() * 6);
      const inserted = 'xyz\n'.slice(0, Math.floor(next() * 4));
      const edited = base.slice(0, start) + inserted + base.slice(start + removed);
      assert.deepEqual(editWindow(base, edited), windowByCharacters(base, edited), `edit at ${start}, ${removed} removed, "${inserted}" inserted`);
    }
  });

  it('measures common runs of every length up to a block, at the start and at the end', () => {
    for (const length of [0, 1, 2, 3, 7, 8, 9, 1023, 1024, 1025, 4095, 4096, 4097, 8193]) {
      const same = 'q'.repeat(length);
      assert.deepEqual(editWindow(`${same}a${same}`, `${same}b${same}`), { prefix: length, suffix: length, delta: 0 });
      assert.deepEqual(editWindow(`${same}a`, `${same}`), windowByCharacters(`${same}a`, same));
    }
  });

  it('never lets the suffix overlap the prefix (a repeated character typed again)', () => {
    assert.deepEqual(editWindow('aaaa', 'aaaaa'), { prefix: 4, suffix: 0, delta: 1 });
    assert.deepEqual(editWindow('aaaaa', 'aaaa'), { prefix: 4, suffix: 0, delta: -1 });
    assert.deepEqual(editWindow('', 'abc'), { prefix: 0, suffix: 0, delta: 3 });
  });
});
