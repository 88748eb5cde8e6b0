/**
 * Writes what is derived from the code for the editor and the reader:
 *   - the `imr.rules` setting in package.json's `contributes.configuration` (one property per
 *     rule id, each `off | hint | info | warning | error`, default: the rule's own severity);
 *   - the settings only the extension reads (`imr.detectLetters`) and the `imr` language's
 *     `firstLine` (server/src/workspace/letterFirstLine.ts);
 *   - docs/rules.md, the table of rules.
 * `npm run generate:contributions` writes them; `--check` only compares and exits 1 when either is
 * stale. test/unit/contributions.test.ts asserts the checked-in files are up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_SETTINGS } from '../server/src/core/config';
import { RULES } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/rules/rule';
import { LETTER_FIRST_LINE } from '../server/src/workspace/letterFirstLine';

export const ROOT = resolve(__dirname, '..', '..');
export const PACKAGE_JSON = join(ROOT, 'package.json');
export const RULES_MD = join(ROOT, 'docs', 'rules.md');

const SETTING_MEANINGS: Record<(typeof RULE_SETTINGS)[number], string> = {
  off: 'The rule does not run.',
  hint: 'Reported as a hint (shown faintly in the editor, not in Problems).',
  info: 'Reported as information.',
  warning: 'Reported as a warning.',
  error: 'Reported as an error.',
};

/** The JSON schema of the `imr.rules` setting, from the registry. */
export function rulesSettingSchema(rules: readonly Rule[] = RULES): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    properties[rule.id] = {
      type: 'string',
      enum: [...RULE_SETTINGS],
      enumDescriptions: RULE_SETTINGS.map((s) => SETTING_MEANINGS[s]),
      default: rule.defaultSeverity,
      markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.${rule.fixable ? ' Has a quick fix.' : ''}`,
    };
  }
  return {
    type: 'object',
    default: {},
    additionalProperties: false,
    markdownDescription:
      'Severity of each rule, by rule id (the diagnostic code): `off`, `hint`, `info`, `warning` or `error`. A rule not listed keeps its default severity. See docs/rules.md for the list.',
    properties,
  };
}

/** Settings the extension reads itself (the server never sees them). */
export const EXTENSION_SETTINGS: Record<string, Record<string, unknown>> = {
  'imr.detectLetters': {
    type: 'boolean',
    default: true,
    scope: 'resource',
    markdownDescription:
      "Open a plain-text document (a `.txt` file on disk or an untitled editor) as an IMR letter when its first line is a letter's: the `HOW THE IMR FINAL DETERMINATION WAS MADE` heading or `Case Number:`.",
  },
};

/** package.json's text with `imr.rules`, the extension's settings and the letter's `firstLine` regenerated; everything else is kept as it is. */
export function withRulesSetting(packageJsonText: string, rules: readonly Rule[] = RULES): string {
  const manifest = JSON.parse(packageJsonText) as {
    contributes?: { configuration?: { properties?: Record<string, unknown> }; languages?: { id: string; firstLine?: string }[] };
  };
  const properties = manifest.contributes?.configuration?.properties;
  if (!properties) throw new Error('package.json has no contributes.configuration.properties to put imr.rules in');
  properties['imr.rules'] = rulesSettingSchema(rules);
  Object.assign(properties, EXTENSION_SETTINGS);
  const language = manifest.contributes?.languages?.find((l) => l.id === 'imr');
  if (language) language.firstLine = LETTER_FIRST_LINE.source;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** docs/rules.md, from the registry. */
export function rulesMarkdown(rules: readonly Rule[] = RULES): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from server/src/core/rules/index.ts by scripts/generate-contributions.ts',
    '     (`npm run generate:contributions`). Do not edit by hand. -->',
    '',
    `The language server and \`imr-lint\` check ${rules.length} rules. Each finding carries its rule id as the diagnostic code.`,
    "A rule's severity is set per rule id with the `imr.rules` setting in VS Code, or `rules` in `.imrlintrc.json`:",
    `${RULE_SETTINGS.map((s) => `\`${s}\``).join(', ')}.`,
    '',
    '| Rule id | Default severity | Fixable | Tags | What it finds |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.fixable ? 'yes' : 'no'} | ${r.tags.join(', ')} | ${cell(r.description)} |`),
    '',
  ];
  return lines.join('\n');
}

export interface GeneratedFile {
  path: string;
  expected: string;
  actual: string | undefined;
}

/** Each generated file with what it should hold and what it holds now. */
export function generatedFiles(): GeneratedFile[] {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  const manifest = read(PACKAGE_JSON);
  if (manifest === undefined) throw new Error(`cannot read ${PACKAGE_JSON}`);
  return [
    { path: PACKAGE_JSON, expected: withRulesSetting(manifest), actual: manifest },
    { path: RULES_MD, expected: rulesMarkdown(), actual: read(RULES_MD) },
  ];
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let stale = 0;
  for (const file of generatedFiles()) {
    const relative = file.path.slice(ROOT.length + 1);
    if (file.actual === file.expected) continue;
    stale++;
    if (check) console.error(`stale: ${relative} (run npm run generate:contributions)`);
    else {
      writeFileSync(file.path, file.expected);
      console.log(`written: ${relative}`);
    }
  }
  if (!check && stale === 0) console.log('up to date: package.json (imr.rules, imr.detectLetters, firstLine), docs/rules.md');
  return check && stale > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
