/**
 * What the parse keeps of the versions of a letter it was edited from: a keystroke makes a new
 * string of the whole letter, and the lines, paragraphs and stretches parsed in that version must
 * not keep it alive once a later version has replaced it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keptForStretch } from '../../server/src/core/analysis/piecewise';
import { editWindow } from '../../server/src/core/text/editWindow';
import { JoinedText } from '../../server/src/core/text/joinedText';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { garbageCollector } from '../../server/src/workspace/collectGarbage';

/** A letter's worth of text, large enough that keeping one stands out from everything else on the heap. */
const TEXT_CHARS = 4_000_000;

/** A new text of TEXT_CHARS lines of 80 characters, different from every other this returns. */
let made = 0;
function bigText(): string {
  made++;
  return `${`${'x'.repeat(79)}\n`.repeat(TEXT_CHARS / 80 - 1)}version ${made}\n`;
}

/** How many texts of TEXT_CHARS characters the heap holds for what `make` returns, after a full collection. */
function textsHeldBy(make: () => unknown): number {
  const collect = garbageCollector();
  assert.ok(collect, 'the host collects garbage on request');
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = { value: make() };
  collect();
  const after = process.memoryUsage().heapUsed;
  assert.ok(held.value !== undefined);
  return (after - before) / TEXT_CHARS;
}

/** A space typed at the end of a line `fraction` into the text. */
function typed(text: string, fraction: number): string {
  const at = text.indexOf('\n', Math.floor(text.length * fraction));
  return `${text.slice(0, at)} ${text.slice(at)}`;
}

describe('versions of an edited letter', () => {
  it("lines split again after an edit keep only the new version's text alive, not one version per edit", () => {
    const held = textsHeldBy(() => {
      let text = bigText();
      let lines = new LineIndex(text);
      for (let edit = 1; edit <= 8; edit++) {
        const next = typed(text, edit / 9);
        lines = LineIndex.edited(lines, next, editWindow(text, next));
        text = next;
      }
      return lines;
    });
    const fresh = textsHeldBy(() => new LineIndex(bigText()));
    // Beyond what the lines of one version hold: the first version, which the lines no edit reached were cut from.
    assert.ok(held - fresh < 1.5, `the lines hold ${(held - fresh).toFixed(1)} versions of the text more than fresh ones`);
  });

  it('a paragraph of one line does not keep the whole letter it was read from', () => {
    const held = textsHeldBy(() => {
      const text = bigText();
      const start = TEXT_CHARS / 2;
      return JoinedText.fromSpans(text, [{ start, end: start + 60 }]);
    });
    assert.ok(held < 0.5, `the paragraph holds ${held.toFixed(1)} letters`);
  });

  it('what was found in a stretch between items is kept without the letter the stretch was cut from', () => {
    const held = textsHeldBy(() => {
      const kept = new Map<string, readonly number[]>();
      const text = bigText();
      keptForStretch(kept, text, { start: 100, end: 400 }, () => [1]);
      return kept;
    });
    assert.ok(held < 0.5, `the kept stretches hold ${held.toFixed(1)} letters`);
  });
});
