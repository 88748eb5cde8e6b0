/** The workspace: one snapshot per document version, the size limit, settings and catalogs, one message per bad catalog. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { FoundConfig } from '../../../server/src/project/loadConfig';
import type { ProjectFiles } from '../../../server/src/workspace/projectFiles';
import { Workspace } from '../../../server/src/workspace/workspace';
import { ESI_ITEM, letter } from '../../support/letters';

const doc = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

describe('workspace', () => {
  it('answers one snapshot per document version, and a new one for a new version', () => {
    const workspace = new Workspace();
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });
    const first = workspace.snapshot(doc('untitled:a', 1, text));
    assert.equal(workspace.snapshot(doc('untitled:a', 1, text)), first);
    const second = workspace.snapshot(doc('untitled:a', 2, text.replace('Uphled', 'Upheld')));
    assert.notEqual(second, first);
    assert.ok(!first.tooLarge && first.analysis.findings.some((f) => f.ruleId === 'invalid-decision'));
    assert.ok(!second.tooLarge && second.analysis.findings.length === 0);
  });

  it('does not analyse a document over imr.lint.maxDocumentSizeMb: its snapshot says so, for every feature', () => {
    const workspace = new Workspace();
    workspace.configure({ lint: { maxDocumentSizeMb: 0.001 } });
    const snapshot = workspace.snapshot(doc('untitled:big', 1, letter()));
    assert.deepEqual(snapshot, { tooLarge: true, version: 1, limitMb: 0.001 });
  });

  it('validates the settings: a bad value is warned once by name and its default used; the rules apply', () => {
    const warnings: string[] = [];
    const workspace = new Workspace((m) => warnings.push(m));
    workspace.configure({ lint: { debounceMs: 'soon' }, rules: { 'invalid-decision': 'off' } });
    assert.equal(workspace.settings.lint.debounceMs, 150);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /imr\.lint\.debounceMs/);
    const snapshot = workspace.snapshot(doc('untitled:a', 1, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] })));
    assert.ok(!snapshot.tooLarge && !snapshot.analysis.findings.some((f) => f.ruleId === 'invalid-decision'));
  });

  it('reports a bad catalog file with the one message, and lints with the built-in catalog', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-workspace-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "components": 3 }');
    const warnings: string[] = [];
    const workspace = new Workspace((m) => warnings.push(m));
    workspace.configure({ catalogs: [bad] });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^a catalog file is invalid and was not loaded:\n.*bad\.json: /);
    const snapshot = workspace.snapshot(doc(pathToFileURL(join(dir, 'a.imr')).toString(), 1, letter()));
    assert.ok(!snapshot.tooLarge && snapshot.analysis.findings.length === 0);
  });

  it('follows the project configuration of a letter on disk (rules and suppressions)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-workspace-'));
    writeFileSync(join(dir, '.imrlintrc.json'), JSON.stringify({ rules: { 'invalid-decision': 'warning' } }));
    const workspace = new Workspace();
    const snapshot = workspace.snapshot(doc(pathToFileURL(join(dir, 'a.imr')).toString(), 1, letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] })));
    assert.ok(!snapshot.tooLarge);
    assert.deepEqual(
      snapshot.analysis.findings.map((f) => [f.ruleId, f.severity]),
      [['invalid-decision', 'warning']],
    );
  });

  it("reads a letter's configuration once per settings and configuration files, not at every version", () => {
    const asked: string[] = [];
    let config: FoundConfig | undefined = undefined;
    const files: ProjectFiles = {
      configFor: (uri) => {
        asked.push(uri);
        return config;
      },
      reset: () => undefined,
    };
    const workspace = new Workspace(undefined, files);
    const text = letter({ items: [{ ...ESI_ITEM, decision: 'Uphled' }] });
    const severities = (version: number) => {
      const snapshot = workspace.snapshot(doc('file:///a.imr', version, text));
      return snapshot.tooLarge ? [] : snapshot.analysis.findings.map((f) => f.severity);
    };
    assert.deepEqual(severities(1), ['error']);
    config = { dir: '/', config: { rules: { 'invalid-decision': 'warning' } } };
    // Typing does not read the configuration again: only a change of the files says it changed.
    assert.deepEqual(severities(2), ['error']);
    assert.deepEqual(asked, ['file:///a.imr']);
    workspace.configurationChanged();
    assert.deepEqual(severities(3), ['warning']);
    // New settings, and a letter closed and opened again, read it again too.
    workspace.configure({});
    severities(4);
    workspace.forget('file:///a.imr');
    severities(1);
    assert.equal(asked.length, 4);
  });
});
