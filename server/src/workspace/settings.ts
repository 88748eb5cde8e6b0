/**
 * The server's settings (section "imr" of workspace/configuration), validated with zod. A bad
 * value is reported by name and replaced by its default; the other settings still apply.
 */
import { z } from 'zod';
import { ruleSettingSchema } from '../core/config';
import { RULES } from '../core/rules';
import { formatIssuePath } from '../core/catalog/load';

const lintSchema = z
  .object({
    run: z.enum(['onType', 'onSave']).default('onType'),
    debounceMs: z.number().int().min(0).max(10_000).default(150),
    maxDocumentSizeMb: z.number().positive().max(1024).default(5),
  })
  .default({});

const rulesSchema = z
  .object(Object.fromEntries(RULES.map((r) => [r.id, ruleSettingSchema.optional()])) as Record<string, z.ZodOptional<typeof ruleSettingSchema>>)
  .default({});

const catalogsSchema = z.array(z.string().min(1)).default([]);

export const settingsShape = { lint: lintSchema, rules: rulesSchema, catalogs: catalogsSchema };

export interface Settings {
  readonly lint: z.infer<typeof lintSchema>;
  readonly rules: z.infer<typeof rulesSchema>;
  readonly catalogs: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  lint: lintSchema.parse(undefined),
  rules: {},
  catalogs: [],
};

/** Validates the raw "imr" configuration; returns usable settings and one message per bad value. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && typeof raw !== 'object') problems.push(`imr: expected an object of settings, got ${typeof raw}`);

  const lint = readLint(source.lint, problems);
  const rules: Record<string, z.infer<typeof ruleSettingSchema>> = {};
  const rawRules = source.rules;
  if (rawRules !== undefined && rawRules !== null) {
    if (typeof rawRules !== 'object') problems.push('imr.rules: expected an object mapping rule ids to off|hint|info|warning|error');
    else {
      for (const [id, value] of Object.entries(rawRules as Record<string, unknown>)) {
        if (!RULES.some((r) => r.id === id)) {
          problems.push(`imr.rules.${id}: unknown rule id (known: ${RULES.map((r) => r.id).join(', ')})`);
          continue;
        }
        const parsed = ruleSettingSchema.safeParse(value);
        if (parsed.success) rules[id] = parsed.data;
        else problems.push(`imr.rules.${id}: must be one of off, hint, info, warning, error (got ${JSON.stringify(value)}); using the rule's default`);
      }
    }
  }
  const catalogs = catalogsSchema.safeParse(source.catalogs ?? []);
  if (!catalogs.success) problems.push('imr.catalogs: expected a list of catalog file paths; ignoring it');
  return { settings: { lint, rules, catalogs: catalogs.success ? catalogs.data : [] }, problems };
}

function readLint(raw: unknown, problems: string[]): Settings['lint'] {
  const defaults = DEFAULT_SETTINGS.lint;
  if (raw === undefined || raw === null) return defaults;
  if (typeof raw !== 'object') {
    problems.push('imr.lint: expected an object; using the defaults');
    return defaults;
  }
  const result: Record<string, unknown> = { ...defaults };
  const shape = lintSchema.removeDefault().shape;
  for (const [key, schema] of Object.entries(shape)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = (schema as z.ZodTypeAny).safeParse(value);
    if (parsed.success) result[key] = parsed.data;
    else
      problems.push(
        `imr.lint.${key}: ${parsed.error.issues.map((i) => `${formatIssuePath(i.path)} ${i.message}`.replace(/^\(top level\) /, '')).join('; ')} (got ${JSON.stringify(value)}); using ${JSON.stringify((defaults as Record<string, unknown>)[key])}`,
      );
  }
  return result as Settings['lint'];
}
