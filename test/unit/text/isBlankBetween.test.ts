import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBlankBetween } from '../../../server/src/core/text/isBlankBetween';

describe('isBlankBetween: a stretch of white space, read in place', () => {
  const text = 'Title: Upheld\n\n \t\nx\n';
  const x = text.indexOf('x');

  it('is blank up to the first character that is not white space, and not once the stretch holds it', () => {
    assert.equal(isBlankBetween(text, 13, x), true);
    assert.equal(isBlankBetween(text, 13, x + 1), false);
  });

  it('reads from the stretch start, not from where an earlier call stopped', () => {
    assert.equal(isBlankBetween(text, 0, 1), false);
    assert.equal(isBlankBetween(text, x + 1, text.length), true);
    assert.equal(isBlankBetween(text, x, x + 1), false);
  });

  it('takes white space past ASCII (no-break, ideographic) as blank, and a letter past ASCII as not', () => {
    const wide = 'a\n\u00a0\u3000\n\u00e9\n';
    assert.equal(isBlankBetween(wide, 1, 5), true);
    assert.equal(isBlankBetween(wide, 1, 6), false);
    assert.equal(isBlankBetween(wide, 2, 4), true);
    assert.equal(isBlankBetween('a\r\n\v\f\r\nb', 1, 7), true);
  });

  it('is blank when nothing follows in the text at all', () => {
    assert.equal(isBlankBetween('  \n', 0, 3), true);
    assert.equal(isBlankBetween('', 0, 0), true);
  });
});
