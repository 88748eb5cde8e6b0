/** A paragraph read as one string, and the map from each of its offsets back to the letter. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JoinedText } from '../../../server/src/core/text/joinedText';

/** The spans of each line of `source` (line breaks excluded). */
function lineSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of source.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

describe('JoinedText', () => {
  // Indented, a blank line, a word broken after its hyphen, trailing spaces.
  const source = '  The request for\n\nElectro-\ndiagnostic studies   \n  is not medically necessary.';
  const joined = JoinedText.fromSpans(source, lineSpans(source));

  it('joins the trimmed lines with single spaces, skipping blank ones, and a hyphen break without one', () => {
    assert.equal(joined.text, 'The request for Electro-diagnostic studies is not medically necessary.');
  });

  it('maps every character of the joined text to the same character of the source', () => {
    for (let offset = 0; offset < joined.text.length; offset++) {
      if (joined.text[offset] === ' ' && source[joined.toSource(offset)] !== ' ') continue;
      assert.equal(source[joined.toSource(offset)], joined.text[offset], `offset ${offset}`);
    }
  });

  it('maps a joining space to the end of the piece before it, and spans to their source', () => {
    const space = joined.text.indexOf(' Electro');
    assert.equal(joined.toSource(space), source.indexOf('for') + 3);
    const words = joined.text.indexOf('Electro-diagnostic');
    const span = joined.spanOf(words, words + 'Electro-diagnostic'.length);
    assert.deepEqual(span, { start: source.indexOf('Electro'), end: source.indexOf('diagnostic') + 'diagnostic'.length });
    assert.deepEqual(joined.span, { start: 2, end: source.length });
    assert.equal(joined.joinedOffsetOf(source.indexOf('studies')), joined.text.indexOf('studies'));
  });

  it('moves with the paragraph, sharing its map, and says where its pieces are as data', () => {
    const moved = joined.shifted(10);
    assert.equal(moved.toSource(0), joined.toSource(0) + 10);
    const at = (piece: string) => source.indexOf(piece) + 10;
    assert.deepEqual(moved.toJSON().pieces, [
      { joined: 0, source: at('The request for'), length: 'The request for'.length },
      { joined: 16, source: at('Electro-'), length: 'Electro-'.length },
      { joined: 24, source: at('diagnostic studies'), length: 'diagnostic studies'.length },
      { joined: 43, source: at('is not'), length: 'is not medically necessary.'.length },
    ]);
  });

  it('is empty when every span is blank, and maps everything to 0', () => {
    const empty = JoinedText.fromSpans('   \n  ', lineSpans('   \n  '));
    assert.equal(empty.isEmpty, true);
    assert.equal(empty.text, '');
    assert.equal(empty.toSource(5), 0);
  });
});
