/**
 * A chunked list reads as the array it stands for, splice after splice, and every earlier version
 * still reads as it did: the versions share chunks, and none may see another's change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ChunkedList } from '../../../server/src/core/text/chunkedList';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
/** A fixed seed (FUZZ_SEED to try another), so that a run is repeatable and CI is not a lottery. */
const seed = Number(process.env.FUZZ_SEED ?? 20261203);

function assertReadsAs(list: ChunkedList<number>, expected: readonly number[], context: string): void {
  assert.equal(list.length, expected.length, context);
  // Forwards, backwards and jumping: the chunk read last is remembered, and must never be trusted blindly.
  for (let i = 0; i < expected.length; i++) assert.equal(list.get(i), expected[i], `${context}: element ${i}`);
  for (let i = expected.length - 1; i >= 0; i--) assert.equal(list.get(i), expected[i], `${context}: element ${i}, backwards`);
  for (let i = 0; i < expected.length; i += 7) assert.equal(list.get(expected.length - 1 - i), expected[expected.length - 1 - i], context);
  assert.deepEqual(list.asArray(), expected, context);
}

/** A splice: where it starts and ends (fractions of the list) and how many elements it inserts. */
const splice = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), span: fc.nat(12), inserted: fc.nat(14) });

describe('ChunkedList', () => {
  it('reads as the spliced array after each of a chain of splices, and its earlier versions read as they did', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.integer({ min: 1, max: 6 }), fc.array(splice, { maxLength: 30 }), (size, chunkSize, splices) => {
        let next = 0;
        let expected = Array.from({ length: size }, () => next++);
        let list = ChunkedList.of([...expected], chunkSize);
        const versions: { list: ChunkedList<number>; expected: number[] }[] = [{ list, expected }];
        for (const [n, s] of splices.entries()) {
          const from = Math.min(expected.length, Math.floor(s.from * (expected.length + 1)));
          const to = Math.min(expected.length, from + s.span);
          const inserted = Array.from({ length: s.inserted }, () => next++);
          expected = [...expected.slice(0, from), ...inserted, ...expected.slice(to)];
          list = list.spliced(from, to, [...inserted]);
          assertReadsAs(list, expected, `splice ${n} (${from}-${to}, ${inserted.length} inserted, chunks of ${chunkSize})`);
          versions.push({ list, expected });
        }
        for (const [n, version] of versions.entries()) assertReadsAs(version.list, version.expected, `version ${n}, read again`);
      }),
      { numRuns: runs, seed },
    );
  });

  it('finds the last element starting at or before an offset within a range, as a walk over the range does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(splice, { maxLength: 8 }),
        (gaps, chunkSize, splices) => {
          // Starts that never decrease, spliced with copies of the start before the splice, so that they still never decrease.
          let starts: number[] = [];
          for (const gap of gaps) starts.push((starts.at(-1) ?? 0) + gap);
          let list = ChunkedList.of(
            starts.map((start) => ({ start })),
            chunkSize,
          );
          for (const s of splices) {
            // At most the length: a splice past the end would insert after a gap, and the starts would decrease.
            const from = Math.min(starts.length, Math.floor(s.from * (starts.length + 1)));
            const to = Math.min(starts.length, from + s.span);
            const inserted = Array.from({ length: s.inserted }, () => starts[from - 1] ?? 0);
            starts = [...starts.slice(0, from), ...inserted, ...starts.slice(to)];
            list = list.spliced(
              from,
              to,
              inserted.map((start) => ({ start })),
            );
          }
          // Outside the range searched the starts may be anything (a line index's runs of lines each have their own shift).
          const outside = [9, 1000, 3];
          const length = list.length;
          list = list
            .spliced(
              0,
              0,
              outside.map((start) => ({ start })),
            )
            .spliced(length + outside.length, length + outside.length, [{ start: -1 }]);
          starts = [...outside, ...starts, -1];
          const last = starts.length - 2;
          for (let low = outside.length; low <= last; low++)
            for (let high = low; high <= last; high++)
              for (const target of [starts[low] - 1, starts[low], starts[high], starts[high] + 1, (starts[low] + starts[high]) >> 1]) {
                let expected = low;
                for (let i = low; i <= high; i++) if (starts[i] <= target) expected = i;
                assert.equal(list.lastStartingBy(low, high, target), expected, `[${starts}] ${low}-${high} at ${target}`);
              }
        },
      ),
      { numRuns: Math.max(30, Math.round(runs / 5)), seed },
    );
  });

  it('an empty list takes what is inserted into it', () => {
    const list = ChunkedList.of<string>([], 2).spliced(0, 0, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(list.asArray(), ['a', 'b', 'c', 'd', 'e']);
    assert.equal(list.get(4), 'e');
    assert.equal(list.spliced(0, 5, []).length, 0);
  });
});
