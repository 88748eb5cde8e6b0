/**
 * The shape of a guideline catalog file. Every catalog file, built in or supplied by the user,
 * is validated against this schema before anything reads it; inside the core the catalog is
 * trusted. All top-level keys are optional so that an extra catalog may add only what it needs.
 */
import { z } from 'zod';
import { unsafePatternReason } from './safePattern';

/** A source tag from shared/reference (e.g. "[L:CM17-0006287]", "[T8]") or a short citation. */
const sourceTag = z.string().min(1, 'a source is required: every fact in the catalog names where it comes from');

/**
 * The flags a catalog pattern is compiled with: case-insensitive, and Unicode mode only for a
 * pattern that needs it (a property escape or a code point escape). V8 matches case-insensitive
 * Unicode-mode patterns an order of magnitude slower, and the built-in patterns are plain English.
 */
export function patternFlags(sources: readonly string[], global = false): string {
  const unicode = sources.some((source) => /\\[pP]\{|\\u\{/.test(source));
  return `${global ? 'g' : ''}i${unicode ? 'u' : ''}`;
}

/** A regular expression kept as data. It must compile, and is matched case-insensitively. */
const pattern = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, patternFlags([source]));
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

/** A calendar day, "2021-11-23": the dates an edition is in force. */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not a real date');

/** The label a letter prints for an edition: the guideline's name and a year ("Low Back Disorders 2019"). */
const editionLabel = z.string().regex(/^\S.*\s(?:19|20)\d\d$/u, 'a label is the name a letter prints followed by its year: "Low Back Disorders 2019"');

const editionShape = z.object({
  /**
   * Every label a letter may print for this edition. MAXIMUS's list gives some editions two
   * ("Knee Disorders 2019" and "Knee Disorders 2020" for the version of 3 Dec 2019); empty when
   * no source gives the label (an update known only by its date).
   */
  labels: z.array(editionLabel),
  /** The guideline's own version date, as precise as the source gives it: "2019-03-07", "2015-09", "2013". */
  version: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'a version date is YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /**
   * The dates it governs services on, both included. A missing `from` means since before any
   * letter the tool judges; a missing `until` means still in force. Without `inForce` the dates
   * are unknown and the edition is never judged by date.
   */
  inForce: z.object({ from: calendarDay.optional(), until: calendarDay.optional() }).strict().optional(),
  /** What the sources leave open about this edition (an inferred label, a secondary source). */
  note: z.string().optional(),
  source: sourceTag,
});

function datesInOrder(edition: { inForce?: { from?: string; until?: string } }): boolean {
  return !edition.inForce?.from || !edition.inForce.until || edition.inForce.from <= edition.inForce.until;
}
const datesInOrderMessage = { message: 'inForce.from is after inForce.until', path: ['inForce'] };

export const editionSchema = editionShape.strict().refine(datesInOrder, datesInOrderMessage);

export const mtusComponentSchema = z.object({
  id,
  /** The guideline's name as letters print it, without the year: "Low Back Disorders". */
  name: z.string().min(1),
  /** Other names letters print for it; the names of its edition labels are added to these. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Its editions, oldest first. */
  editions: z.array(editionSchema).min(1, 'a component has at least one edition'),
  /** 8 CCR section, e.g. "9792.23.5": successive guidelines of one MTUS section replace each other. */
  regulation: z
    .string()
    .regex(/^9792\.\d+(?:\.\d+)*$/u, 'an MTUS section reads like "9792.23.5"')
    .optional(),
  kind: z.enum(['acoem-chapter', 'general-approaches', 'chronic-pain', 'opioid', 'postsurgical', 'acupuncture', 'acoem-guideline']),
  region: id.optional(),
  /** ACOEM 2nd-edition chapter number, for the body-region components. */
  acoemChapter: z.number().int().positive().optional(),
  /** The family every citation of this component governs (Acupuncture Treatment: acupuncture). */
  family: id.optional(),
  /** Whether letters cite it with "Section(s): ..." (Acupuncture is cited bare). */
  sectionsExpected: z.boolean().default(true),
  /**
   * "closed": `sections` lists every section, so another name is a finding. "open": no public
   * source gives the section names (the ACOEM-based guidelines), so none is reported unknown
   * and completion offers none it does not know.
   */
  sectionList: z.enum(['closed', 'open']).default('closed'),
  sections: z.array(sectionSchema).default([]),
  summary: z.string().optional(),
  source: sourceTag,
});

/** An edition added to a component of another catalog file (the next ACOEM update), by the component's id. */
export const addedEditionSchema = editionShape.extend({ component: id }).strict().refine(datesInOrder, datesInOrderMessage);

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
  /**
   * The narrower regions this one stands for when none of them is named ("the spine" without a
   * level is any spinal region's); a request that names one of them is in that one only.
   */
  generalizes: z.array(id).default([]),
  source: sourceTag,
});

export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    components: z.array(mtusComponentSchema).optional(),
    /** Editions added to components defined in this or an earlier file. */
    editions: z.array(addedEditionSchema).optional(),
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
export type Edition = z.infer<typeof editionSchema>;
export type AcoemChapter = z.infer<typeof acoemChapterSchema>;
export type OdgTopic = z.infer<typeof odgTopicSchema>;
export type OdgChapter = z.infer<typeof odgChapterSchema>;
export type OtherSource = z.infer<typeof otherSourceSchema>;
export type ProcedureFamily = z.infer<typeof familySchema>;
export type BodyRegion = z.infer<typeof regionSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
