/**
 * The shape of a guideline catalog file. Every catalog file, built in or supplied by the user,
 * is validated against this schema before anything reads it; inside the core the catalog is
 * trusted. All top-level keys are optional so that an extra catalog may add only what it needs.
 */
import { z } from 'zod';
import { unsafePatternReason } from './safePattern';

/** A source tag from shared/reference (e.g. "[L:CM17-0006287]", "[T8]") or a short citation. */
const sourceTag = z.string().min(1, 'a source is required: every fact in the catalog names where it comes from');

/** A regular expression kept as data. It must compile, and is matched case-insensitively. */
const pattern = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source, 'iu');
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a valid regular expression: ${(error as Error).message}` });
    return;
  }
  const unsafe = unsafePatternReason(source);
  if (unsafe) ctx.addIssue({ code: z.ZodIssueCode.custom, message: unsafe });
});

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by "-"');

export const pageFactSchema = z.object({
  /** As printed: "300", "412-418", "335-336". */
  page: z.string().min(1),
  /** Edition label the page belongs to ("2009", "2016"), where the guideline has several. */
  edition: z.string().optional(),
  /** What is on that page (a table, a recommendation). */
  topic: z.string().optional(),
  /** The section of the component the page belongs to, when known. */
  section: z.string().optional(),
  /** The procedure family the page governs, when it governs one. */
  family: id.optional(),
  /** false: carried over from general knowledge, not seen in a letter or a primary source. */
  confirmed: z.boolean(),
  source: sourceTag,
});

export const sectionSchema = z.object({
  name: z.string().min(1),
  /** Misspellings and variants seen in real letters; they resolve to `name`. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Edition labels this section has been cited with (Chronic Pain topics: "2009", "2016"). */
  editions: z.array(z.string()).optional(),
  family: id.optional(),
  region: id.optional(),
  pages: z.array(pageFactSchema).default([]),
  /** One line on what the section governs, for hover and completion documentation. */
  summary: z.string().optional(),
  source: sourceTag,
});

export const mtusComponentSchema = z.object({
  id,
  /** The name as 2016-17 letters cite it, without the year: "Low Back Complaints". */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Year labels that belong to this component ("2004"; Chronic Pain: "2009", "2016"). */
  years: z.array(z.string().regex(/^\d{4}$/)).min(1),
  /** 8 CCR section, e.g. "9792.23.5". */
  regulation: z.string().optional(),
  kind: z.enum(['acoem-chapter', 'general-approaches', 'chronic-pain', 'opioid', 'postsurgical', 'acupuncture', 'later-mtus']),
  region: id.optional(),
  /** ACOEM 2nd-edition chapter number, for the body-region components. */
  acoemChapter: z.number().int().positive().optional(),
  /** The family every citation of this component governs (Acupuncture Treatment: acupuncture). */
  family: id.optional(),
  /** Whether letters cite it with "Section(s): ..." (Acupuncture is cited bare). */
  sectionsExpected: z.boolean().default(true),
  sections: z.array(sectionSchema).default([]),
  summary: z.string().optional(),
  source: sourceTag,
});

export const acoemChapterSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  region: id.optional(),
  /** The MTUS component (by id) that adopted this chapter. */
  mtusComponent: id.optional(),
  pages: z.array(pageFactSchema).default([]),
  source: sourceTag,
});

export const odgTopicSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  family: id.optional(),
  pages: z.array(pageFactSchema).default([]),
  summary: z.string().optional(),
  source: sourceTag,
});

export const odgChapterSchema = z.object({
  id,
  /** Normalised name: "Low Back - Lumbar & Thoracic (Acute & Chronic)". */
  name: z.string().min(1),
  /** The many ways letters spell the chapter: "Low Back", "Low Back Chapter", "Lower Back section". */
  aliases: z.array(z.string().min(1)).default([]),
  region: id.optional(),
  topics: z.array(odgTopicSchema).default([]),
  source: sourceTag,
});

export const otherSourceSchema = z.object({
  id,
  /** How it is cited after "Non-MTUS Citation". */
  name: z.string().min(1),
  /** Pattern that recognises it inside a citation. */
  pattern,
  source: sourceTag,
});

export const familySchema = z.object({
  id,
  label: z.string().min(1),
  /** Patterns that put a request title in this family. */
  requestPatterns: z.array(pattern).default([]),
  /** Patterns of the family's own criteria, as a rationale argues them. */
  criteriaPatterns: z.array(pattern).default([]),
  /** Patterns that disqualify a title match ("facet" inside "nerve root block" never happens, but "MRI-guided" injections do). */
  excludePatterns: z.array(pattern).default([]),
  summary: z.string().optional(),
  source: sourceTag,
});

export const regionSchema = z.object({
  id,
  label: z.string().min(1),
  /** Patterns that put a request title in this body region. */
  patterns: z.array(pattern).min(1),
  /** Regions a citation may legitimately use for a request in this region (thoracic: neck or low back). */
  compatible: z.array(id).default([]),
  source: sourceTag,
});

export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    components: z.array(mtusComponentSchema).optional(),
    acoemChapters: z.array(acoemChapterSchema).optional(),
    odgChapters: z.array(odgChapterSchema).optional(),
    otherSources: z.array(otherSourceSchema).optional(),
    families: z.array(familySchema).optional(),
    /** Ordered pairs [request family, family argued from] that a reviewer confuses: such a request argued from such a guideline is a finding. */
    conflicts: z.array(z.tuple([id, id])).optional(),
    regions: z.array(regionSchema).optional(),
  })
  .strict();

export type PageFact = z.infer<typeof pageFactSchema>;
export type CatalogSection = z.infer<typeof sectionSchema>;
export type MtusComponent = z.infer<typeof mtusComponentSchema>;
export type AcoemChapter = z.infer<typeof acoemChapterSchema>;
export type OdgTopic = z.infer<typeof odgTopicSchema>;
export type OdgChapter = z.infer<typeof odgChapterSchema>;
export type OtherSource = z.infer<typeof otherSourceSchema>;
export type ProcedureFamily = z.infer<typeof familySchema>;
export type BodyRegion = z.infer<typeof regionSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
