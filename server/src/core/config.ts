/**
 * Rule settings, shared by the editor settings and the CLI config file. The schema is generated
 * from the rule registry, so a new rule is configurable everywhere the moment it is listed.
 */
import { z } from 'zod';
import type { Severity } from './findings';
import { RULES } from './rules';

export const RULE_SETTINGS = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

export const ruleSettingSchema = z.enum(RULE_SETTINGS);

export const ruleSettingsSchema = z
  .object(Object.fromEntries(RULES.map((rule) => [rule.id, ruleSettingSchema.optional()])) as Record<string, z.ZodOptional<typeof ruleSettingSchema>>)
  .strict();

export type RuleSettings = Partial<Record<string, RuleSetting>>;

export interface LintOptions {
  readonly rules?: RuleSettings;
  /** The day the letter is written, "YYYY-MM-DD" (default: this machine's today); a draft without dates is judged by it. */
  readonly today?: string;
}

export function severityOf(ruleId: string, defaultSeverity: Severity, options: LintOptions | undefined): RuleSetting {
  return options?.rules?.[ruleId] ?? defaultSeverity;
}
