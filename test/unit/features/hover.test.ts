import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../../server/src/core/describe/hoverAt';
import { letter } from '../../support/letters';
import { builtinCatalog } from '../../support/lintText';
import { analysis } from './helpers';

const text = letter();
const model = analysis(text).model;
const hover = (needle: string, delta = 1, from = 0) => {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, needle);
  return hoverAt(model, builtinCatalog(), at + delta);
};

describe('hover', () => {
  it('over a component: the catalog entry with regulation and region', () => {
    const h = hover('Low Back Complaints 2004', 3)!;
    assert.equal(text.slice(h.span.start, h.span.end), 'Low Back Complaints');
    assert.match(h.markdown, /\*\*Low Back Complaints 2004\*\*/);
    assert.match(h.markdown, /8 CCR §9792\.23\.5/);
    assert.match(h.markdown, /Body region: Lumbar/);
  });

  it('over a year label: the component', () => {
    const at = text.indexOf('Low Back Complaints 2004') + 'Low Back Complaints '.length + 1;
    const h = hoverAt(model, builtinCatalog(), at)!;
    assert.equal(text.slice(h.span.start, h.span.end), '2004');
  });

  it('over a section: family, edition, pages', () => {
    const at = text.indexOf('Epidural steroid injections (ESIs)');
    const h = hoverAt(model, builtinCatalog(), at + 3)!;
    assert.match(h.markdown, /\*\*Epidural steroid injections \(ESIs\)\*\* — section of Chronic Pain Medical Treatment 2016/);
    assert.match(h.markdown, /Procedure family: Epidural/);
    assert.match(h.markdown, /unconfirmed/);
  });

  it('over a decision value: what it means', () => {
    const upheld = hover(': Upheld', 3)!;
    assert.equal(text.slice(upheld.span.start, upheld.span.end), 'Upheld');
    assert.match(upheld.markdown, /denial[^]*stands[^]*not medically necessary/);
    const overturned = hover(': Overturned', 3)!;
    assert.match(overturned.markdown, /reversed[^]*is medically necessary/);
  });

  it('over a date: the date read in full', () => {
    const h = hover('01/06/2017', 2)!;
    assert.match(h.markdown, /Friday, January 6, 2017/);
    const summaryDate = hover('03-14-2016.', 2)!;
    assert.match(summaryDate.markdown, /Monday, March 14, 2016/);
  });

  it('over an ODG topic and a 2014 ACOEM chapter', () => {
    const t = letter({
      items: [
        {
          title: 'One (1) lumbar L4-S1 selective nerve root block',
          decision: 'Upheld',
          claimsAdministrator: 'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.',
          maximus:
            'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs).',
          rationale: 'The One (1) lumbar L4-S1 selective nerve root block is not medically necessary.',
        },
      ],
    });
    const m = analysis(t).model;
    const chapter = hoverAt(m, builtinCatalog(), t.indexOf('ACOEM Chapter 12') + 2)!;
    assert.match(chapter.markdown, /ACOEM Chapter 12: Low Back Complaints/);
    const pages = hoverAt(m, builtinCatalog(), t.indexOf('300.') + 1)!;
    assert.match(pages.markdown, /p\. 300/);
    const topicAt = [...t.matchAll(/Epidural\s+steroid\s+injections\s+\(ESIs\)/g)].at(-1)!.index!;
    const topic = hoverAt(m, builtinCatalog(), topicAt + 2)!;
    assert.match(topic.markdown, /ODG Low Back/);
  });

  it('over a title: the request, its family and region, the most relevant MTUS sections', () => {
    const h = hover('Left L5-S1 transforaminal', 2)!;
    assert.match(h.markdown, /Procedure family: Epidural/);
    assert.match(h.markdown, /Body region: Lumbar/);
    assert.match(h.markdown, /Epidural steroid injections \(ESIs\)/);
  });

  it('nothing over plain prose', () => {
    assert.equal(hover('reported\nlow back pain', 2), undefined);
  });
});
