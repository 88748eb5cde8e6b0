/**
 * Many items, or many statements in one guideline line, cost the analysis in proportion to their
 * number. Every item of like titles was given a restatement for each case summary phrase naming
 * it, with a copy of the other items' requests: a summary naming each of 1,000 such items ran out
 * of memory, and with the copies shared, 6,400 items took 28 s. Each statement of a guideline line
 * looked for its ", and" in the rest of the line: 1,600 statements took 1.7 s. A pasted archive
 * of letters is such a letter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESI_ITEM, letter, summaryWith, type ItemParts } from '../support/letters';
import { fastestAnalysis } from '../support/fastestAnalysis';

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
    const smallMs = fastestAnalysis((variant) => likeItems(60, variant));
    const largeMs = fastestAnalysis((variant) => likeItems(480, variant));
    assert.ok(largeMs < Math.max(20 * smallMs, 100), `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`);
  });
});

describe('many statements in one guideline line', () => {
  for (const statement of [
    'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.',
    'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints, page 300.',
  ]) {
    it(`"${statement}" eight times as often, well under twenty times the time`, () => {
      const smallMs = fastestAnalysis((variant) => repeatedStatements(statement, 100, variant));
      const largeMs = fastestAnalysis((variant) => repeatedStatements(statement, 800, variant));
      assert.ok(largeMs < Math.max(20 * smallMs, 100), `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`);
    });
  }
});
