/**
 * The lines of an edited version, stored where an earlier version had them with shifts, read the
 * same as the lines of the text split afresh: every line, every offset and position, edit after edit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { editWindow } from '../../../server/src/core/text/editWindow';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** Every reading of `edited` equals the same reading of `fresh`, without asking `edited` for its whole list first. */
function assertReadsAlike(edited: LineIndex, fresh: LineIndex, context: string): void {
  assert.equal(edited.count, fresh.count, context);
  for (let i = 0; i < fresh.count; i++) {
    const line = fresh.lines[i];
    assert.deepEqual(edited.line(i), line, `${context}: line ${i}`);
    assert.equal(edited.startOf(i), line.start, context);
    assert.equal(edited.endOf(i), line.end, context);
    assert.equal(edited.textOf(i), line.text, context);
  }
  for (let offset = 0; offset <= fresh.text.length; offset++) {
    assert.equal(edited.indexAt(offset), fresh.indexAt(offset), `${context}: offset ${offset}`);
    assert.deepEqual(edited.positionAt(offset), fresh.positionAt(offset), `${context}: offset ${offset}`);
  }
  for (let i = 0; i < fresh.count; i++) assert.equal(edited.offsetAt({ line: i, character: 3 }), fresh.offsetAt({ line: i, character: 3 }), context);
  // Spans whose ends are at most five characters apart (from every offset of a short text), the ends tried past either end of the text too.
  for (let start = -1; start <= fresh.text.length + 1; start += Math.max(1, Math.floor(fresh.text.length / 400)))
    for (let end = start - 1; end <= start + 5; end++)
      assert.deepEqual(edited.rangeOf({ start, end }), { start: fresh.positionAt(start), end: fresh.positionAt(end) }, `${context}: span ${start}-${end}`);
  assert.deepEqual(edited.slice(1, 4), fresh.lines.slice(1, 4), context);
  assert.deepEqual(edited.lines, fresh.lines, context);
}

const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const text = fc.array(fc.oneof(fc.string({ maxLength: 6 }), lineBreak), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
/** An edit: where (a fraction of the text), how much it deletes, what it inserts. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), deleted: fc.nat(4), inserted: fc.oneof(fc.string({ maxLength: 4 }), lineBreak) });

describe('LineIndex across edits', () => {
  it('reads every line of each version as a fresh split does, for chains of edits longer than the shifts it keeps', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 24 }), (first, edits) => {
        let before = first;
        let lines = new LineIndex(first);
        edits.forEach((e, n) => {
          const at = Math.floor(e.at * before.length);
          const after = before.slice(0, at) + e.inserted + before.slice(Math.min(before.length, at + e.deleted));
          const window = editWindow(before, after);
          lines = LineIndex.edited(lines, after, window, LineIndex.untouched(lines, window));
          // Compared at the last edit, and at one on the way, without reading the whole list in between (which stores the lines where they are).
          if (n === edits.length - 1 || n === 10) assertReadsAlike(lines, new LineIndex(after), `edit ${n + 1}: ${JSON.stringify(after)}`);
          before = after;
        });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 12 },
    );
  });

  it("reads a long letter's lines alike after edits that join, split and move lines across the chunks they are kept in", () => {
    // 3,000 lines: the index keeps its lines in chunks of a few hundred, and these edits reach over their ends.
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i}${i % 3 === 0 ? '\r\n' : '\n'}`).join('');
    const longEdit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      deleted: fc.oneof(fc.nat(4), fc.nat(9000)),
      inserted: fc.oneof(fc.string({ maxLength: 4 }), lineBreak, fc.constant('a\nb\n'.repeat(700))),
    });
    fc.assert(
      fc.property(fc.array(longEdit, { minLength: 1, maxLength: 12 }), (edits) => {
        let before = long;
        let lines = new LineIndex(long);
        for (const e of edits) {
          const at = Math.floor(e.at * before.length);
          const after = before.slice(0, at) + e.inserted + before.slice(Math.min(before.length, at + e.deleted));
          const window = editWindow(before, after);
          lines = LineIndex.edited(lines, after, window, LineIndex.untouched(lines, window));
          before = after;
        }
        assertReadsAlike(lines, new LineIndex(before), `${edits.length} edits`);
      }),
      { numRuns: Math.max(10, Math.round(Number(process.env.FUZZ_RUNS ?? 300) / 15)), seed: 12 },
    );
  });
});
