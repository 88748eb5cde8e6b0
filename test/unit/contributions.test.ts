/**
 * package.json's contributions and docs/rules.md are generated from the rule registry
 * (scripts/generate-contributions.ts); these tests fail when either is stale, and check the parts
 * of the manifest the editor relies on.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULE_SETTINGS } from '../../server/src/core/config';
import { RULES } from '../../server/src/core/rules';
import { generatedFiles, PACKAGE_JSON, rulesMarkdown, rulesSettingSchema, withRulesSetting } from '../../scripts/generate-contributions';
import { LETTER_FIRST_LINE } from '../../server/src/workspace/letterFirstLine';

interface Manifest {
  main: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] }; virtualWorkspaces: { supported: string } };
  contributes: {
    languages: { id: string; extensions: string[]; firstLine: string; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    commands: { command: string; title: string; category: string }[];
    configuration: {
      properties: Record<string, { type: string; default?: unknown; enum?: string[]; properties?: Record<string, { enum: string[]; default: string }> }>;
    };
  };
}

const manifest = (): Manifest => JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as Manifest;

test('package.json imr.rules and docs/rules.md are up to date with the rule registry (npm run generate:contributions)', () => {
  for (const file of generatedFiles()) {
    assert.equal(file.actual, file.expected, `${file.path} is stale: run npm run generate:contributions`);
  }
});

test('regenerating package.json gives identical JSON (the generator is idempotent and keeps every other key)', () => {
  const text = readFileSync(PACKAGE_JSON, 'utf8');
  const once = withRulesSetting(text);
  assert.equal(withRulesSetting(once), once);
  const before = JSON.parse(text) as Record<string, unknown>;
  const after = JSON.parse(once) as Record<string, unknown>;
  assert.deepEqual(Object.keys(after), Object.keys(before));
  for (const key of Object.keys(before)) if (key !== 'contributes') assert.deepEqual(after[key], before[key], key);
});

test('imr.rules has one property per rule, each off|hint|info|warning|error defaulting to the rule severity', () => {
  const schema = rulesSettingSchema() as {
    properties: Record<string, { enum: string[]; default: string; markdownDescription: string }>;
    additionalProperties: boolean;
  };
  assert.deepEqual(
    Object.keys(schema.properties),
    RULES.map((r) => r.id),
  );
  assert.equal(schema.additionalProperties, false);
  for (const rule of RULES) {
    const property = schema.properties[rule.id];
    assert.deepEqual(property.enum, ['off', 'hint', 'info', 'warning', 'error']);
    assert.deepEqual(property.enum, [...RULE_SETTINGS]);
    assert.equal(property.default, rule.defaultSeverity);
    assert.ok(property.markdownDescription.startsWith(rule.description), rule.id);
  }
});

test('docs/rules.md lists every rule with its default severity and whether it is fixable', () => {
  const markdown = rulesMarkdown();
  for (const rule of RULES) {
    assert.ok(markdown.includes(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : 'no'} |`), rule.id);
  }
});

test('the manifest contributes the language, grammar, commands and settings the extension uses', () => {
  const m = manifest();
  assert.equal(m.main, './dist/client.js');
  assert.ok(m.activationEvents.includes('onLanguage:imr'));
  const language = m.contributes.languages.find((l) => l.id === 'imr');
  assert.ok(language);
  assert.deepEqual(language.extensions, ['.imr']);
  const firstLine = new RegExp(language.firstLine);
  assert.ok(firstLine.test(' HOW THE IMR FINAL DETERMINATION WAS MADE '));
  assert.ok(firstLine.test('Case Number:           CM17-0000001'));
  assert.ok(!firstLine.test('Dear Sir or Madam,'));
  assert.deepEqual(
    m.contributes.grammars.map((g) => [g.language, g.scopeName]),
    [['imr', 'text.imr']],
  );
  assert.deepEqual(m.contributes.commands.map((c) => c.command).sort(), ['imr.insertItem', 'imr.lintWorkspace', 'imr.restartServer']);
  const settings = m.contributes.configuration.properties;
  assert.deepEqual(settings['imr.lint.run'].enum, ['onType', 'onSave']);
  assert.equal(settings['imr.lint.run'].default, 'onType');
  assert.equal(settings['imr.lint.debounceMs'].default, 150);
  assert.equal(settings['imr.lint.maxDocumentSizeMb'].default, 5);
  assert.equal(settings['imr.fixAllOnSave'].default, false);
  assert.equal(settings['imr.detectLetters'].type, 'boolean');
  assert.equal(settings['imr.detectLetters'].default, true);
  assert.equal(language.firstLine, LETTER_FIRST_LINE.source, 'firstLine is generated from the pattern the extension and the workspace lint use');
  assert.deepEqual(settings['imr.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(settings['imr.catalogs'].type, 'array');
  assert.deepEqual(m.capabilities.untrustedWorkspaces.restrictedConfigurations, ['imr.catalogs']);
  assert.equal(m.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.equal(m.capabilities.virtualWorkspaces.supported, 'limited');
});

test('the extension settings match what the server reads (server/src/settings.ts)', async () => {
  const { DEFAULT_SETTINGS } = await import('../../server/src/workspace/settings');
  const settings = manifest().contributes.configuration.properties;
  assert.equal(settings['imr.lint.run'].default, DEFAULT_SETTINGS.lint.run);
  assert.equal(settings['imr.lint.debounceMs'].default, DEFAULT_SETTINGS.lint.debounceMs);
  assert.equal(settings['imr.lint.maxDocumentSizeMb'].default, DEFAULT_SETTINGS.lint.maxDocumentSizeMb);
});
