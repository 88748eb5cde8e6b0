/**
 * How relevant a catalog entry is to the request being decided. Completion ranks its candidates
 * with this: a nerve-root block puts the epidural topics first and the facet topics last; a knee
 * MRI puts the knee chapter's Special Studies first.
 *
 * The signals, strongest first: the entry governs the request's procedure family (catalog
 * `family`); the entry belongs to the request's body region (catalog `region`); the section is
 * the one real letters cite for that family (reference section 5: imaging and electrodiagnostic
 * requests go to the region chapter's "Special Studies", surgery to "Surgical Considerations");
 * a page of the section is known to govern the family; the entry's name shares words with the
 * request. An entry of a family the request is known to be confused with scores below nothing.
 */
import type { Catalog } from '../catalog/catalog';
import type { CatalogSection, MtusComponent, OdgChapter, OdgTopic } from '../catalog/schema';
import { yearsOf } from '../catalog/editions';

export interface RequestProfile {
  /** The request text (an item's title, the remaining portion for a modified request). */
  readonly request: string;
  readonly families: ReadonlySet<string>;
  /** The request's regions and the regions compatible with them. */
  readonly regions: ReadonlySet<string>;
  /** Whether the request is for after surgery (post-op therapy goes to the Postsurgical guideline). */
  readonly postSurgical: boolean;
  /** Significant words of the request, lower-cased. */
  readonly words: readonly string[];
}

const WEIGHT = {
  family: 120,
  familyBySectionName: 70,
  familyByPage: 50,
  conflict: -60,
  otherFamily: -10,
  region: 60,
  // The region-mismatch rule reports a citation of another region's chapter: never suggest one first.
  otherRegion: -150,
  word: 15,
  wordsCap: 45,
  postsurgicalWithoutSurgery: -70,
  olderEditionOnly: -5,
} as const;

/**
 * The sections real letters cite for a family when the section itself names none
 * (reference section 5, "Request type -> governing guideline").
 */
const SECTION_FOR_FAMILY: Readonly<Record<string, readonly string[]>> = {
  imaging: ['Special Studies'],
  electrodiagnostics: ['Special Studies'],
  surgery: ['Surgical Considerations'],
  'tens-modalities': ['Physical Methods'],
};

const STOP_WORDS = new Set(
  'the and for with of to in on at by per from one two three four five six seven eight nine ten times week weeks sessions session right left bilateral each quantity qty unknown request original remaining portion was authorized'.split(
    ' ',
  ),
);

const wordCache = new Map<string, string[]>();

export function significantWords(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const words = text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  const result = [...new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)))];
  // Catalog names repeat on every request; request titles are few per letter.
  if (wordCache.size > 5000) wordCache.clear();
  wordCache.set(text, result);
  return result;
}

function wordsMatch(a: string, b: string): boolean {
  if (a.length <= 4 || b.length <= 4) return a === b || a === `${b}s` || b === `${a}s`;
  const n = Math.min(6, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

export const NO_PROFILE: RequestProfile = { request: '', families: new Set(), regions: new Set(), postSurgical: false, words: [] };

export function profileOf(request: string | undefined, catalog: Catalog): RequestProfile {
  if (!request) return NO_PROFILE;
  const families = new Set(catalog.familiesOfTitle(request).map((f) => f.id));
  const regions = new Set<string>();
  for (const region of catalog.regionsOfTitle(request)) {
    regions.add(region.id);
    for (const other of [...region.compatible, ...region.generalizes]) regions.add(other);
  }
  const postSurgical = /\bpost[- ]?op|\bpostoperative|\bpost[- ]?surg|\bstatus post\b|\bs\/p\b|after surgery/i.test(request);
  // The families' own names count as words of the request ("Opioids" for a Norco request).
  const familyWords = [...families].flatMap((id) => significantWords(catalog.family(id)?.label ?? ''));
  return { request, families, regions, postSurgical, words: [...new Set([...significantWords(request), ...familyWords])] };
}

function familyScore(family: string | undefined, profile: RequestProfile, catalog: Catalog): number {
  if (!family || profile.families.size === 0) return 0;
  if (profile.families.has(family)) return WEIGHT.family;
  for (const requested of profile.families) if (catalog.conflict(requested, family)) return WEIGHT.conflict;
  return WEIGHT.otherFamily;
}

function regionScore(region: string | undefined, profile: RequestProfile): number {
  if (!region || profile.regions.size === 0) return 0;
  return profile.regions.has(region) ? WEIGHT.region : WEIGHT.otherRegion;
}

function wordScore(name: string, profile: RequestProfile): number {
  if (profile.words.length === 0) return 0;
  const words = significantWords(name);
  let score = 0;
  for (const w of profile.words) if (words.some((x) => wordsMatch(w, x))) score += WEIGHT.word;
  return Math.min(score, WEIGHT.wordsCap);
}

/** Relevance of a component as a whole (its own family, region and kind). */
export function componentScore(component: MtusComponent, profile: RequestProfile, catalog: Catalog): number {
  let score = familyScore(component.family, profile, catalog) + regionScore(component.region, profile);
  if (component.kind === 'postsurgical' && !profile.postSurgical) score += WEIGHT.postsurgicalWithoutSurgery;
  if (component.sections.length === 0) score += wordScore(component.name, profile);
  return score;
}

/** Relevance of a section of a component (the component's region and kind count too). */
export function sectionScore(component: MtusComponent, section: CatalogSection, profile: RequestProfile, catalog: Catalog): number {
  let score = componentScore(component, profile, catalog) - familyScore(component.family, profile, catalog);
  if (section.region) score += regionScore(section.region, profile) - regionScore(component.region, profile);
  if (section.family) {
    score += familyScore(section.family, profile, catalog);
  } else if (component.family) {
    score += familyScore(component.family, profile, catalog);
  } else {
    let implied = 0;
    for (const family of profile.families) {
      if (SECTION_FOR_FAMILY[family]?.includes(section.name)) implied = Math.max(implied, WEIGHT.familyBySectionName);
      if (sectionPageFamilies(component, section, catalog).includes(family)) implied = Math.max(implied, WEIGHT.familyByPage);
    }
    score += implied;
  }
  score += wordScore(section.name, profile);
  const years = yearsOf(component);
  if (section.editions && years.length > 1) {
    const latest = [...years].sort().at(-1);
    if (latest && !section.editions.includes(latest)) score += WEIGHT.olderEditionOnly;
  }
  return score;
}

/** Families the known pages of a section govern (its own page facts and its ACOEM chapter's). */
function sectionPageFamilies(component: MtusComponent, section: CatalogSection, catalog: Catalog): string[] {
  const families = section.pages.map((p) => p.family).filter((f): f is string => !!f);
  const chapter = component.acoemChapter ? catalog.acoemChapter(component.acoemChapter) : undefined;
  for (const page of chapter?.pages ?? []) if (page.family && page.section === section.name) families.push(page.family);
  return families;
}

export function odgTopicScore(chapter: OdgChapter, topic: OdgTopic, profile: RequestProfile, catalog: Catalog): number {
  return familyScore(topic.family, profile, catalog) + regionScore(chapter.region, profile) + wordScore(topic.name, profile);
}

/**
 * A chapter cited without a topic: above the chapter's topics that do not govern the request,
 * below those that do.
 */
export function odgChapterScore(chapter: OdgChapter, profile: RequestProfile): number {
  return regionScore(chapter.region, profile) + 10;
}

/** Order of a chapter's known pages for the request: pages of its family first, pages of a confused family last. */
export function pageScore(family: string | undefined, profile: RequestProfile, catalog: Catalog): number {
  return familyScore(family, profile, catalog);
}

/** Sorts by score (highest first), keeping the catalog order between equals. */
export function rankBy<T>(items: readonly T[], score: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.item);
}
