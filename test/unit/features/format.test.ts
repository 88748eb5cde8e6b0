import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { applyChanges } from '../../../server/src/core/fix/applyFixes';
import { formatLetter, formatRange, isDoubleSpaced } from '../../../server/src/core/format/formatLetter';
import { corpusFiles } from '../../support/corpus';
import { letter } from '../../support/letters';
import { IN_CI, SEED_PATH, sharedAvailable } from '../../support/paths';
import { analysis, findingCounts } from './helpers';

function format(text: string): string {
  return formatLetter(analysis(text).model).text;
}

/**
 * The words of a letter as a reader (and the model) reads them: split on white space, with a word
 * broken at its hyphen across a line ("Electro-" / "diagnostic") read as one.
 */
function words(text: string): string[] {
  return (
    text
      .replace(/([A-Za-z0-9]-)[ \t]*(?:\r\n|\n|\r)\s*/g, '$1')
      // "Title : Upheld" is normalised to "Title: Upheld": a colon is not a word.
      .replace(/\s+:/g, ':')
      .split(/\s+/)
      .filter(Boolean)
  );
}

describe('formatLetter', () => {
  it('joins hard-wrapped paragraphs, unindents headings, keeps the header table line for line', () => {
    const text = letter();
    const formatted = format(text);
    const lines = formatted.split('\n');
    assert.equal(lines[0], 'Case Number:           CM16-0000001');
    assert.equal(lines[3], 'Priority:              Standard                        Application          12/05/2016');
    assert.equal(lines[4], '                                                       Received:');
    assert.ok(lines.includes('HOW THE IMR FINAL DETERMINATION WAS MADE'));
    assert.ok(lines.includes('IMR ISSUES, DECISIONS AND RATIONALES'));
    const boilerplate = lines.find((l) => l.startsWith('MAXIMUS Federal Services sent'))!;
    assert.ok(boilerplate.endsWith('applies to Independent Medical Review determinations.'));
    // The credentials stay three lines.
    const at = lines.indexOf('The Expert Reviewer has the following credentials:');
    assert.equal(lines[at + 1], 'State(s) of Licensure: California');
    assert.equal(lines[at + 2], 'Certification(s)/Specialty: Physical Medicine & Rehabilitation');
    // Blocks are separated by exactly one blank line, and the text ends with one line break.
    assert.ok(!/\n\n\n/.test(formatted));
    assert.ok(formatted.endsWith('.\n') && !formatted.endsWith('\n\n'));
    assert.ok(lines.every((l) => l === l.trimEnd()));
  });

  it('normalises the item line to "Title: Decision" and joins a title wrapped over lines', () => {
    const text = letter().replace(
      'Left L5-S1 transforaminal epidural steroid injection: Upheld',
      'Left L5-S1 transforaminal epidural steroid\ninjection:    Upheld   ',
    );
    const formatted = format(text);
    assert.ok(formatted.includes('\nLeft L5-S1 transforaminal epidural steroid injection: Upheld\n'));
  });

  it('joins across a page break inside a sentence but keeps real paragraph breaks', () => {
    const text = letter().replace('Treatment has included physical\ntherapy and medications.', 'Treatment has included physical\n\ntherapy and medications.');
    const formatted = format(text);
    assert.ok(formatted.includes('Treatment has included physical therapy and medications.'));
    assert.ok(formatted.includes('all medical records:\n\nThe 47 year old'));
  });

  it('reads the 2014 double-spaced layout: one blank line is a line break, two are a paragraph break', () => {
    const seed = [
      ' HOW THE IMR FINAL DETERMINATION WAS MADE ',
      '',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no ',
      '',
      'affiliation with the employer. The expert reviewer is Board Certified in Internal Medicine. ',
      '',
      'He/she is familiar with governing laws and regulations. ',
      '',
      ' ',
      '',
      'CLINICAL CASE SUMMARY ',
      '',
      'The expert reviewer developed the following clinical case summary based on a review of the ',
      '',
      'case file, including all medical records: ',
      '',
      ' ',
      '',
      'This patient sustained an injury on 4/4/12. Request(s) under consideration include an MRI of ',
      '',
      'the lumbar spine. The request was non-certified on 8/4/14 citing guidelines criteria and lack of ',
      '',
      'medical necessity. ',
      '',
    ].join('\n');
    assert.equal(isDoubleSpaced(analysis(seed).model.lines), true);
    assert.equal(
      format(seed),
      [
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        '',
        'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer. The expert reviewer is Board Certified in Internal Medicine. He/she is familiar with governing laws and regulations.',
        '',
        'CLINICAL CASE SUMMARY',
        '',
        'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
        '',
        'This patient sustained an injury on 4/4/12. Request(s) under consideration include an MRI of the lumbar spine. The request was non-certified on 8/4/14 citing guidelines criteria and lack of medical necessity.',
        '',
      ].join('\n'),
    );
  });

  it('joins a word broken at its hyphen without a space, as the model reads it', () => {
    const text = letter().replace('Decision based on MTUS Low Back Complaints 2004', 'Decision based on MTUS Low Back Com-\nplaints 2004');
    assert.ok(format(text).includes('Decision based on MTUS Low Back Com-plaints 2004'));
  });

  it('keeps CRLF line breaks and is idempotent', () => {
    const text = letter().replace(/\n/g, '\r\n');
    const once = format(text);
    assert.ok(once.includes('\r\n') && !/[^\r]\n/.test(once));
    assert.equal(format(once), once);
  });

  it('its changes turn the original into the formatted text', () => {
    const text = letter();
    const result = formatLetter(analysis(text).model);
    assert.equal(applyChanges(text, result.changes), result.text);
    assert.ok(result.changes.length > 0);
    assert.deepEqual(formatLetter(analysis(result.text).model).changes, []);
  });

  it('range formatting formats the blocks the range touches and nothing else', () => {
    const text = letter();
    const model = analysis(text).model;
    const at = text.indexOf('The 47 year old');
    const changes = formatRange(model, { start: at, end: at + 10 });
    assert.equal(changes.length, 1);
    const result = applyChanges(text, changes);
    assert.ok(result.includes('The 47 year old male injured worker suffered an industrial injury on 03-14-2016. He reported low back pain'));
    // The how-made paragraph, elsewhere, is untouched.
    assert.ok(result.includes('MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no\naffiliation'));
    // An empty range formats the block it is in.
    assert.equal(formatRange(model, { start: at + 3, end: at + 3 }).length, 1);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\n\n',
      '   ',
      'Upheld',
      ': Upheld\n\nClaims Administrator guideline:',
      'IMR ISSUES, DECISIONS AND RATIONALES\n\nX: Upheld\r\rMAXIMUS guideline: y',
    ]) {
      const result = formatLetter(analysis(text).model);
      assert.equal(applyChanges(text, result.changes), result.text);
      assert.deepEqual(words(result.text), words(text));
    }
  });
});

describe('formatting the seed and the 194 corpus letters', () => {
  const available = sharedAvailable();
  if (!available) {
    it(
      'skipped: ../shared (corpus and seed) is not there',
      { skip: 'the shared corpus folder is missing (set CI=true to make this a failure)' },
      () => undefined,
    );
    return;
  }
  const files = [SEED_PATH, ...corpusFiles()];
  it('finds the letters', () => {
    assert.ok(files.length >= 195, `${files.length} files`);
    if (IN_CI) assert.ok(files.length >= 195);
  });
  it('never changes a word, is idempotent, and keeps the same findings', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const once = formatLetter(analysis(text).model);
      const twice = formatLetter(analysis(once.text).model);
      const name = basename(file);
      if (words(once.text).join(' ') !== words(text).join(' ')) problems.push(`${name}: the words changed`);
      if (twice.text !== once.text) problems.push(`${name}: formatting twice changes the text`);
      if (applyChanges(text, once.changes) !== once.text) problems.push(`${name}: the changes do not give the formatted text`);
      const before = JSON.stringify(Object.entries(findingCounts(text)).sort());
      const after = JSON.stringify(Object.entries(findingCounts(once.text)).sort());
      if (before !== after) problems.push(`${name}: findings ${before} -> ${after}`);
    }
    assert.deepEqual(problems, []);
  });
});
