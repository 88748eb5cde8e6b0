/**
 * The JSON schema of `.imrlintrc.json`, generated from the rule registry so that editors complete
 * rule ids and severities. The zod schema in core/projectConfig.ts validates the same shape; a
 * test holds the committed schemas/imrlintrc.schema.json equal to this.
 */
import { RULE_SETTINGS } from '../core/config';
import { RULES } from '../core/rules';

export function configJsonSchema(): object {
  const severity = { type: 'string', enum: [...RULE_SETTINGS] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://imr-determinations.local/schemas/imrlintrc.schema.json',
    title: 'imr-lint configuration (.imrlintrc.json)',
    description: 'Configuration of the IMR determination linter: rule severities, extra guideline catalogs, ignored files and suppressions.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id; "off" disables the rule. Editor settings (imr.rules) override these.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [rule.id, { ...severity, default: rule.defaultSeverity, description: `${rule.description} (default: ${rule.defaultSeverity})` }]),
        ),
      },
      catalogs: {
        description: 'Extra guideline catalog files (JSON, the catalog schema), relative to this file.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      ignores: {
        description: 'Glob patterns of files not to lint, relative to this file ("archive/**").',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      suppressions: {
        description: 'Findings accepted after review, by letter (case number) and/or item (title), with the reason.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule', 'reason'],
          anyOf: [{ required: ['case'] }, { required: ['item'] }],
          properties: {
            rule: { type: 'string', enum: RULES.map((r) => r.id) },
            case: { type: 'string', pattern: '^CM\\d\\d-\\d{7}$', description: "The letter's case number, e.g. CM16-0234202." },
            item: { type: 'string', minLength: 1, description: "The disputed item's title (the request) as written; white space and case do not matter." },
            reason: { type: 'string', minLength: 1, description: 'Why the finding is accepted.' },
          },
        },
      },
    },
  };
}
