import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeGuideline } from '../../server/src/core/grammar/guidelineTokens';
import { analyzeText, builtinCatalog, findings } from '../support/lintText';
import { ESI_ITEM, letter } from '../support/letters';

const catalog = builtinCatalog();

/** "kind:text" of every token, "*" marking the unfinished one and "~" a partial one. */
function tokens(text: string): string[] {
  return tokenizeGuideline(text, catalog).flatMap((s) =>
    s.tokens.map((t) => `${t.kind}:${text.slice(t.start, t.end)}${t.unfinished ? '*' : ''}${t.partial ? '~' : ''}`),
  );
}

describe('the guideline tokenizer', () => {
  it('reads a 2016 citation into component, year, label, sections and separators', () => {
    assert.deepEqual(
      tokens(
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, Special Studies, and Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).',
      ),
      [
        'decision-based-on:Decision based on ',
        'mtus:MTUS',
        'component:Low Back Complaints',
        'year:2004',
        'sections-label:Section(s):',
        'section:Initial Care',
        'separator:,',
        'section:Special Studies',
        'separator:, and',
        'component:Chronic Pain Medical Treatment',
        'year:2016',
        'sections-label:Section(s):',
        'section:Epidural steroid injections (ESIs)',
      ],
    );
  });

  it('reads "pg. 300" after the sections as pages, not as a section', () => {
    assert.deepEqual(tokens('Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, pg. 300.').slice(-3), [
      'section:Initial Care',
      'pages-label:pg.',
      'pages:300',
    ]);
    const text = letter({ items: [{ ...ESI_ITEM, maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, pg. 300.' }] });
    assert.deepEqual(findings(text, 'unknown-citation'), []);
    const statement = analyzeText(text).model.items[0].maximus!.statements[0];
    assert.equal(statement.kind === 'mtus' ? statement.components[0].pages?.text : undefined, '300');
  });

  it('reads the 2014 chapter style and the Non-MTUS ODG citation', () => {
    assert.deepEqual(
      tokens(
        'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet Joint Diagnostic Blocks (therapeutic injections), pages 412-418.',
      ),
      [
        'decision-based-on:Decision based on ',
        'mtus:MTUS',
        'acoem-chapter:ACOEM Chapter',
        'chapter-number:12',
        'chapter-title:Low Back Complaints',
        'pages-label:Page(s):',
        'pages:300',
        'decision-based-on:Decision based on ',
        'non-mtus:Non-MTUS Citation',
        'odg:Official Disability Guidelines (ODG)',
        'odg-chapter:Low Back',
        'separator:,',
        'odg-topic:Facet Joint Diagnostic Blocks (therapeutic injections)',
        'pages-label:pages',
        'pages:412-418',
      ],
    );
  });

  it('never fails: what fits no grammar is text', () => {
    assert.deepEqual(tokens('Per the guidelines, this is not indicated.'), ['text:Per the guidelines, this is not indicated.']);
    assert.deepEqual(tokens('Decision based on the ODG.'), ['decision-based-on:Decision based on ', 'text:the ODG.']);
  });

  it('marks the token a text cut short ends inside, and a piece that is only a beginning', () => {
    assert.deepEqual(tokens('Decision based on MTUS Low Ba'), ['decision-based-on:Decision based on ', 'mtus:MTUS', 'component:Low Ba*~']);
    assert.deepEqual(tokens('Decision based on MTUS Knee Disorders 2020, Section(s): Imag').slice(-2), ['sections-label:Section(s):', 'section:Imag*']);
    assert.deepEqual(tokens('Decision based on No'), ['decision-based-on:Decision based on ', 'text:No*']);
    assert.deepEqual(tokens('Decision based on MTUS ACOEM Chapter 1').slice(-2), ['acoem-chapter:ACOEM Chapter', 'chapter-number:1*']);
    assert.deepEqual(tokens('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee, Men').slice(-3), [
      'odg-chapter:Knee',
      'separator:,',
      'odg-topic:Men*',
    ]);
    // A finished sentence leaves nothing unfinished.
    assert.ok(tokens('Decision based on MTUS Acupuncture Treatment 2007.').every((t) => !t.endsWith('*')));
  });
});
