/**
 * The project configuration (`.imrlintrc.json`, or the "imr" key of package.json): rule
 * severities, extra catalogs, ignored files and suppressions. The schema is built from the rule
 * registry; the JSON schema shipped for editors (schemas/imrlintrc.schema.json) is generated
 * from the same list.
 */
import { z } from 'zod';
import { ruleSettingsSchema } from './config';
import { RULE_IDS } from './rules';

export const suppressionSchema = z
  .object({
    /** The rule id whose finding is silenced. */
    rule: z.string().refine(
      (id) => RULE_IDS.includes(id),
      (id) => ({ message: `unknown rule id "${id}"` }),
    ),
    /** The letter, by its case number (the header's "Case Number"). */
    case: z
      .string()
      .regex(/^CM\d\d-\d{7}$/, 'a case number looks like CM16-0234202')
      .optional(),
    /** The disputed item, by its title (the request) as written; white space and case do not matter. */
    item: z.string().min(1).optional(),
    /** Why the finding is accepted. Required: a suppression without a reason is not reviewable. */
    reason: z.string().min(1, 'say why the finding is accepted'),
  })
  .strict()
  .refine((s) => s.case !== undefined || s.item !== undefined, {
    message: 'a suppression names a "case" or an "item" (to switch a rule off everywhere, use "rules")',
  });

export const projectConfigSchema = z
  .object({
    $schema: z.string().optional(),
    rules: ruleSettingsSchema.optional(),
    /** Extra guideline catalog files, relative to the configuration file. */
    catalogs: z.array(z.string().min(1)).optional(),
    /** Files not to lint: glob patterns relative to the configuration file ("archive/**"). */
    ignores: z.array(z.string().min(1)).optional(),
    suppressions: z.array(suppressionSchema).optional(),
  })
  .strict();

export type Suppression = z.infer<typeof suppressionSchema>;
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
