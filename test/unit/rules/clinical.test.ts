import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { covered, findings, squash } from '../../support/lintText';
import { ESI_ITEM, KNEE_MRI_ITEM, letter } from '../../support/letters';
import { SEED_PATH, sharedAvailable } from '../../support/paths';

describe('procedure-guideline-mismatch', () => {
  it('flags a nerve-root request whose MAXIMUS line cites the ODG facet-block topic', () => {
    const maximus =
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet Joint Diagnostic Blocks (therapeutic injections).';
    const text = letter({ items: [{ ...ESI_ITEM, maximus }] });
    const found = findings(text, 'procedure-guideline-mismatch');
    assert.equal(found.length, 1);
    assert.match(squash(covered(text, found[0])), /^Facet Joint Diagnostic Blocks/);
    assert.equal(covered(text, { ...found[0], span: found[0].related[0].span }), ESI_ITEM.title);
  });
  it('flags a nerve-root request argued from facet criteria', () => {
    const rationale =
      'Per ODG, facet blocks are not recommended except as a diagnostic tool. No more than one therapeutic intra-articular block is suggested before neurotomy. There is no facet arthropathy on imaging. Therefore, the request for left L5-S1 transforaminal epidural steroid injection is not medically necessary.';
    const text = letter({ items: [{ ...ESI_ITEM, rationale }] });
    const found = findings(text, 'procedure-guideline-mismatch');
    assert.equal(found.length, 1);
    assert.match(covered(text, found[0]), /^facet blocks/);
  });
  it('flags an MRI request decided on epidural criteria (the CM17-0018485 defect)', () => {
    const maximus =
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2009, Section(s): Epidural steroid injections (ESIs).';
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, title: 'MRI Lumbosacral Spine without Contrast', maximus }] });
    const found = findings(text, 'procedure-guideline-mismatch');
    assert.equal(found.length, 1);
    assert.equal(squash(covered(text, found[0])), 'Epidural steroid injections (ESIs)');
  });
  it('is silent when the request and the guideline agree', () => {
    assert.deepEqual(findings(letter(), 'procedure-guideline-mismatch'), []);
  });
  it('catches the seed letter: facet citation and facet rationale for a nerve-root block', (t) => {
    if (!sharedAvailable()) return t.skip('../shared is not here');
    const text = readFileSync(SEED_PATH, 'utf8');
    const found = findings(text, 'procedure-guideline-mismatch');
    assert.ok(found.length >= 1);
    assert.ok(found.some((f) => /^Facet Joint Diagnostic Blocks/.test(squash(covered(text, f)))));
    for (const f of found) assert.equal(squash(covered(text, { ...f, span: f.related[0].span })), 'One (1) lumbar L4-S1 selective nerve root block');
  });
});

describe('region-mismatch', () => {
  it('flags a knee MRI cited under Low Back Complaints', () => {
    const maximus = 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.';
    const text = letter({ items: [ESI_ITEM, { ...KNEE_MRI_ITEM, maximus }] });
    const found = findings(text, 'region-mismatch');
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), 'Low Back Complaints');
    assert.match(found[0].message, /Knee Complaints/);
  });
  it('accepts a thoracic request cited under Low Back (ODG Low Back covers the thoracic spine)', () => {
    const maximus = 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.';
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, title: 'MRI of the thoracic spine', maximus }] });
    assert.deepEqual(findings(text, 'region-mismatch'), []);
  });
  it('does not treat "lower extremities" as a region (EMG of the legs belongs under Low Back)', () => {
    const maximus = 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.';
    const text = letter({ items: [{ ...KNEE_MRI_ITEM, title: 'EMG bilateral lower extremities', maximus }] });
    assert.deepEqual(findings(text, 'region-mismatch'), []);
  });
});
