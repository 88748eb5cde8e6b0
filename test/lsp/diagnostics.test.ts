/** The built server over stdio, as an editor drives it: diagnostics on open, on edit, on save, on close. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { letter, ESI_ITEM } from '../support/letters';
import { SEED_PATH, sharedAvailable } from '../support/paths';
import { start, type LspClient } from './client';

const SEED_URI = 'file:///letters/seed.imr';

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('LSP diagnostics (spawned server, stdio)', () => {
  let client: LspClient;
  before(async () => {
    client = await start({ settings: { lint: { debounceMs: 0 } } });
  });
  after(async () => {
    await client.stop();
  });

  it("publishes the seed letter's procedure-guideline-mismatch, related to the nerve-root request", async (t) => {
    if (!sharedAvailable()) return t.skip('../shared is not here');
    const text = readFileSync(SEED_PATH, 'utf8');
    client.open(SEED_URI, text);
    const published = await client.waitForDiagnostics(SEED_URI, (d) => d.some((x) => x.code === 'procedure-guideline-mismatch'));
    assert.equal(published.version, 1);
    const mismatches = published.diagnostics.filter((d) => d.code === 'procedure-guideline-mismatch');
    assert.ok(mismatches.length >= 1);
    for (const d of mismatches) {
      assert.equal(d.source, 'imr');
      assert.equal(d.severity, 2);
      const related = d.relatedInformation as { location: { uri: string; range: { start: { line: number } } } }[];
      assert.equal(related[0].location.uri, SEED_URI);
      assert.equal(related[0].location.range.start.line, positionOf(text, 'One (1) lumbar L4-S1 selective nerve root block:').line);
    }
    assert.ok(mismatches.some((d) => d.range.start.line === positionOf(text, 'Back, Facet Joint').line));
    assert.ok(
      published.diagnostics.every((d) => d.severity !== 1),
      'no error on the seed letter',
    );
  });

  it('re-lints an incremental edit and stamps the new version; never a stale one', async (t) => {
    if (!sharedAvailable()) return t.skip('../shared is not here');
    const text = readFileSync(SEED_PATH, 'utf8');
    const at = positionOf(text, 'Upheld');
    client.change(SEED_URI, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Uphled' }]);
    // A second edit right behind the first: the answer for version 2 must not be the last word.
    client.change(SEED_URI, 3, [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Overturn' }]);
    const published = await client.waitForDiagnostics(SEED_URI, (_d, p) => p.version === 3);
    const invalid = published.diagnostics.find((d) => d.code === 'invalid-decision');
    assert.ok(invalid, 'invalid-decision for "Overturn"');
    assert.match(invalid!.message, /"Overturn" is not a decision value/);
    assert.deepEqual(invalid!.range.start, at);
    const fixes = (invalid!.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes;
    assert.equal(fixes[0].edits[0].newText, 'Upheld', 'the conclusion (not medically necessary) decides the first fix');
    client.change(SEED_URI, 4, [{ range: { start: at, end: { line: at.line, character: at.character + 8 } }, text: 'Upheld' }]);
    const fixed = await client.waitForDiagnostics(SEED_URI, (_d, p) => p.version === 4);
    assert.equal(fixed.diagnostics.filter((d) => d.code === 'invalid-decision').length, 0);
  });

  it('clears the diagnostics when the document closes', async (t) => {
    if (!sharedAvailable()) return t.skip('../shared is not here');
    client.close(SEED_URI);
    const published = await client.waitForDiagnostics(SEED_URI, (d) => d.length === 0);
    assert.deepEqual(published.diagnostics, []);
  });

  it('answers any text, even binary garbage, with diagnostics instead of failing', async () => {
    const uri = 'file:///letters/garbage.imr';
    client.open(uri, '\u0000\u0001: Upheld\r\rClaims Administrator guideline:\n\uFFFF'.repeat(50));
    const published = await client.waitForDiagnostics(uri);
    assert.ok(Array.isArray(published.diagnostics));
    client.close(uri);
  });
});

describe('LSP settings', () => {
  it('lints only on save in onSave mode', async () => {
    const client = await start({ settings: { lint: { run: 'onSave' } } });
    try {
      const uri = 'file:///letters/on-save.imr';
      const text = letter({ items: [ESI_ITEM] });
      client.open(uri, text);
      await client.waitForDiagnostics(uri, (d, p) => p.version === 1 && d.length === 0);
      const at = positionOf(text, 'Upheld');
      client.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Uphled' }]);
      // Nothing may be published for version 2 before the save; the save then publishes it.
      await assert.rejects(client.waitForDiagnostics(uri, (_d, p) => p.version === 2, 400));
      client.save(uri);
      const published = await client.waitForDiagnostics(uri, (_d, p) => p.version === 2);
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['invalid-decision'],
      );
    } finally {
      await client.stop();
    }
  });

  it('applies rule severities from the settings and reports a bad value once, using the default', async () => {
    const client = await start({
      settings: { rules: { 'invalid-decision': 'off', 'missing-rationale': 'hint', 'no-such-rule': 'error' }, lint: { run: 'sometimes' } },
    });
    try {
      const uri = 'file:///letters/settings.imr';
      client.open(uri, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled', rationale: null }] }));
      const published = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.code, d.severity]),
        [['missing-rationale', 4]],
      );
      const warnings = client.messages.filter((m) => m.type === 2).map((m) => m.message);
      assert.ok(
        warnings.some((m) => /imr\.rules\.no-such-rule: unknown rule id/.test(m)),
        warnings.join('\n'),
      );
      assert.ok(
        warnings.some((m) => /imr\.lint\.run/.test(m) && /"onType"/.test(m)),
        warnings.join('\n'),
      );
    } finally {
      await client.stop();
    }
  });
});

describe('LSP diagnostics for a client that does not accept related places', () => {
  // The protocol's publishDiagnostics.relatedInformation: a client that leaves it out gets the findings without them.
  const maximus =
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet Joint Diagnostic Blocks (therapeutic injections).';
  const text = letter({ items: [{ ...ESI_ITEM, maximus }] });
  for (const relatedInformation of [false, true]) {
    it(`${relatedInformation ? 'sends' : 'leaves out'} the related places when the client declares relatedInformation: ${relatedInformation}`, async () => {
      const client = await start({
        settings: { lint: { debounceMs: 0 } },
        capabilities: { textDocument: { publishDiagnostics: { relatedInformation, versionSupport: true, dataSupport: true } } },
      });
      try {
        const uri = `file:///letters/related-${relatedInformation}.imr`;
        client.open(uri, text);
        const published = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'procedure-guideline-mismatch'));
        const mismatch = published.diagnostics.find((d) => d.code === 'procedure-guideline-mismatch')!;
        assert.equal(mismatch.relatedInformation !== undefined, relatedInformation);
        assert.ok(mismatch.data, 'the fix data is sent either way');
      } finally {
        await client.stop();
      }
    });
  }
});
