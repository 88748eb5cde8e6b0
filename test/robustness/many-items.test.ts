/**
 * Many items, or many statements in one guideline line, cost the analysis in proportion to their
 * number, and a long paragraph costs formatting in proportion to its lines. Every item of like titles was given a restatement for each case summary phrase naming
 * it, with a copy of the other items' requests: a summary naming each of 1,000 such items ran out
 * of memory, and with the copies shared, 6,400 items took 28 s. Each statement of a guideline line
 * looked for its ", and" in the rest of the line: 1,600 statements took 1.7 s; each section of a
 * component copied the list of those before it: 16,000 sections took 4.3 s. A pasted archive
 * of letters is such a letter. Formatting read the end of each paragraph it was joining, which
 * copied all of it at every line: a case summary of 6,400 sentences took 1.4 s. Each phone number or
 * street address found was compared with all those found before it, and each session count of a
 * title with every frequency in it. Highlighting a request compared each mention with every place
 * found before it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESI_ITEM, letter, summaryWith, type ItemParts } from '../support/letters';
import { formatLetter } from '../../server/src/core/format/formatLetter';
import { requestOccurrences } from '../../server/src/core/navigate/requests';
import { wrap } from '../../bench/generateLetter';
import { assertAnalysisScales, assertScales, fastestRun } from '../support/fastestAnalysis';
import { analyzeText } from '../support/lintText';

/** `count` items with the same request, the case summary naming each in a sentence of its own; `variant` changes the summary's first words. */
function likeItems(count: number, variant: number): string {
  const items: ItemParts[] = Array.from({ length: count }, () => ESI_ITEM);
  const sentences = items.map((item) => `The request for ${item.title} was non-certified.`);
  return letter({ summary: summaryWith(`${'It '.repeat(variant)}was appealed.`, ...sentences), items });
}

/** A letter whose MAXIMUS guideline line repeats `statement` `count` times; `variant` changes the first one. */
function repeatedStatements(statement: string, count: number, variant: number): string {
  const maximus = `${'Decision based on Non-MTUS Citation ODG. '.repeat(variant)}${Array.from({ length: count }, () => statement).join(' ')}`;
  return letter({ items: [{ ...ESI_ITEM, maximus }] });
}

describe('many items named by the case summary', () => {
  it('eight times the items, well under twenty times the time', () => {
    assertAnalysisScales(likeItems, 60, 480, 20);
  });
});

describe('many numbers and addresses in a case summary', () => {
  it('sixteen times the sentences, well under forty times the time', () => {
    const summary = (count: number, variant: number) =>
      letter({
        summary: summaryWith(
          ...Array.from({ length: count }, (_, i) => `Dr. Lee at ${100 + i + variant} Main Street called 555-123-${String(1000 + (i % 9000))} about it.`),
        ),
      });
    assertAnalysisScales(summary, 1000, 16000, 40);
  });
});

describe('many frequencies in a title', () => {
  it('sixteen times the frequencies, well under forty times the time', () => {
    const title = (count: number, variant: number) =>
      letter({
        items: [{ ...ESI_ITEM, title: `Physical therapy ${Array.from({ length: count + variant }, () => '2x6 and 3 times a week for 4 weeks').join(' ')}` }],
      });
    assertAnalysisScales(title, 1000, 16000, 40);
  });
});

describe('many statements, or many sections, in one guideline line', () => {
  for (const statement of [
    'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.',
    'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints, page 300.',
  ]) {
    it(`"${statement}" eight times as often, well under twenty times the time`, () => {
      assertAnalysisScales((size, variant) => repeatedStatements(statement, size, variant), 100, 800, 20);
    });
  }

  it('a component with twelve times the sections, well under forty times the time', () => {
    const sections = (count: number, variant: number) =>
      letter({
        items: [
          {
            ...ESI_ITEM,
            maximus: `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${Array.from({ length: count }, (_, k) => `Opioids ${k + variant}`).join(', ')}.`,
          },
        ],
      });
    assertAnalysisScales(sections, 2000, 24000, 40);
  });
});

describe('highlighting a request named many times', () => {
  /** A letter whose case summary names its request `count` times; `variant` changes the visits' numbers. */
  const namedOften = (count: number, variant: number) => {
    const sentences = Array.from({ length: count }, (_, i) => `On visit ${i + variant} the request for ${ESI_ITEM.title} was discussed.`);
    return analyzeText(letter({ summary: summaryWith(wrap(sentences.join(' '))), items: [ESI_ITEM] })).model;
  };

  it('sixteen times the mentions, well under forty times the time', () => {
    const highlighted = (count: number) =>
      fastestRun(
        (variant) => {
          const model = namedOften(count, variant);
          return () => requestOccurrences(model, model.items[0]);
        },
        // The title, each mention in the summary, and the rationale's own mentions.
        (found) => assert.ok(found.length > count + 1, `${found.length} places`),
      );
    assertScales(highlighted, 800, 12800, 40);
  });
});

describe('formatting a long paragraph', () => {
  /** The fastest of three formattings of a letter whose case summary is `count` sentences, hard-wrapped. */
  const fastestFormatting = (count: number) =>
    fastestRun((variant) => {
      const sentences = Array.from({ length: count }, (_, i) => `On visit ${i + variant} the worker reported low back pain.`);
      const { model } = analyzeText(letter({ summary: summaryWith(wrap(sentences.join(' '))) }));
      return () => formatLetter(model);
    });

  it('sixteen times the lines, well under forty times the time', () => {
    assertScales(fastestFormatting, 500, 8000, 40);
  });
});
