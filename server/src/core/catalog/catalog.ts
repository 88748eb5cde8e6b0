/**
 * The guideline catalog, indexed for the parser, the rules and the editor features. Built from
 * validated catalog files (the built-in ones plus any extra ones), merged in order: a later
 * entry with the same id (or chapter number) replaces an earlier one.
 */
import { CatalogError, readCatalogFile } from './load';
import { remembered } from '../text/memoByText';
import type {
  AcoemChapter,
  BodyRegion,
  CatalogFile,
  CatalogSection,
  Edition,
  MtusComponent,
  OdgChapter,
  OdgTopic,
  OtherSource,
  PageFact,
  ProcedureFamily,
} from './schema';
import { patternFlags } from './schema';
import { normalizeName } from '../text/similarity';
import { dayBefore, labelName } from './editions';
import { VALIDATED_BUILTIN_CATALOG } from './validatedBuiltin';

export interface CompiledFamily extends ProcedureFamily {
  /** The request patterns as one alternation (one test per family, not one per pattern). */
  readonly request: RegExp | undefined;
  /** The criteria patterns as one global alternation, for counting and locating. */
  readonly criteria: RegExp | undefined;
  readonly exclude: RegExp | undefined;
}

export interface CompiledRegion extends BodyRegion {
  readonly compiled: RegExp;
}

export interface NamedEntry<T> {
  /** The name or alias as written in the catalog. */
  readonly written: string;
  readonly entry: T;
}

function byId<T extends { id: string }>(lists: readonly (readonly T[] | undefined)[]): T[] {
  const map = new Map<string, T>();
  for (const list of lists) for (const item of list ?? []) map.set(item.id, item);
  return [...map.values()];
}

/** Patterns joined into one alternation; each was validated on its own when the catalog was read. */
function compile(patterns: readonly string[], global = false): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((source) => `(?:${source})`).join('|'), patternFlags(patterns, global));
}

/** Names and aliases, longest first, so that prefix matching takes the most specific one. */
function namesLongestFirst<T>(entries: readonly T[], names: (entry: T) => readonly string[]): NamedEntry<T>[] {
  const list: NamedEntry<T>[] = [];
  for (const entry of entries) for (const written of names(entry)) list.push({ written, entry });
  return list.sort((a, b) => b.written.length - a.written.length);
}

export class Catalog {
  readonly components: readonly MtusComponent[];
  readonly acoemChapters: readonly AcoemChapter[];
  readonly odgChapters: readonly OdgChapter[];
  readonly otherSources: readonly OtherSource[];
  readonly families: readonly CompiledFamily[];
  readonly regions: readonly CompiledRegion[];
  /** Component names and aliases, longest first. */
  readonly componentNames: readonly NamedEntry<MtusComponent>[];
  /** The same names lower-cased, grouped by their first character (what the citation tokenizer looks up at each place). */
  readonly componentNamesByInitial: ReadonlyMap<string, readonly { readonly key: string; readonly entry: MtusComponent }[]>;
  /** ODG chapter names and aliases, longest first. */
  readonly odgChapterNames: readonly NamedEntry<OdgChapter>[];
  /** For each request family, the families whose criteria are confused with its own. */
  private readonly conflicts: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly componentByKey: ReadonlyMap<string, MtusComponent>;
  private readonly sectionNames = new Map<string, readonly NamedEntry<CatalogSection>[]>();
  private readonly familyById: ReadonlyMap<string, CompiledFamily>;
  private readonly regionById: ReadonlyMap<string, CompiledRegion>;
  private readonly familyMemo = new Map<string, CompiledFamily[]>();
  private readonly regionMemo = new Map<string, CompiledRegion[]>();
  /** Normalised keys of the ODG chapter names, longest first, parallel to odgChapterNames. */
  readonly odgChapterKeys: readonly string[];

  constructor(files: readonly CatalogFile[]) {
    this.components = withAddedEditions(byId(files.map((f) => f.components)), files);
    const chapters = new Map<number, AcoemChapter>();
    for (const file of files) for (const chapter of file.acoemChapters ?? []) chapters.set(chapter.number, chapter);
    this.acoemChapters = [...chapters.values()].sort((a, b) => a.number - b.number);
    this.odgChapters = byId(files.map((f) => f.odgChapters));
    this.otherSources = byId(files.map((f) => f.otherSources));
    this.families = byId(files.map((f) => f.families)).map((family) => ({
      ...family,
      request: compile(family.requestPatterns),
      criteria: compile(family.criteriaPatterns, true),
      exclude: compile(family.excludePatterns),
    }));
    this.regions = byId(files.map((f) => f.regions)).map((region) => ({ ...region, compiled: compile(region.patterns)! }));
    const conflicts = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [request, argued] of file.conflicts ?? []) {
        const set = conflicts.get(request) ?? new Set<string>();
        set.add(argued);
        conflicts.set(request, set);
      }
    }
    this.conflicts = conflicts;
    this.componentNames = namesLongestFirst(this.components, (c) => [c.name, ...c.aliases, ...labelNames(c)]);
    const byInitial = new Map<string, { key: string; entry: MtusComponent }[]>();
    for (const { written, entry } of this.componentNames) {
      const key = written.toLowerCase();
      const list = byInitial.get(key[0]);
      if (list) list.push({ key, entry });
      else byInitial.set(key[0], [{ key, entry }]);
    }
    this.componentNamesByInitial = byInitial;
    this.odgChapterNames = namesLongestFirst(this.odgChapters, (c) => [c.name, ...c.aliases]);
    this.odgChapterKeys = this.odgChapterNames.map((n) => normalizeName(n.written));
    const componentByKey = new Map<string, MtusComponent>();
    for (const { written, entry } of this.componentNames) componentByKey.set(normalizeName(written), entry);
    this.componentByKey = componentByKey;
    this.familyById = new Map(this.families.map((f) => [f.id, f]));
    this.regionById = new Map(this.regions.map((r) => [r.id, r]));
  }

  /** The built-in catalog (validated at build time) plus extra catalog files (paths), validated now. Throws CatalogError. */
  static load(extraFiles: readonly string[] = []): Catalog {
    const files = [...VALIDATED_BUILTIN_CATALOG];
    const known = new Set(files.flatMap((f) => f.components ?? []).map((c) => c.id));
    for (const path of extraFiles) {
      const file = readCatalogFile(path);
      for (const c of file.components ?? []) known.add(c.id);
      const problems = (file.editions ?? []).flatMap((e, i) =>
        known.has(e.component) ? [] : [`editions[${i}].component: no component "${e.component}" in the built-in catalog or an earlier catalog file`],
      );
      if (problems.length > 0) throw new CatalogError(path, problems);
      files.push(file);
    }
    return new Catalog(files);
  }

  /**
   * Compiles the request, criteria, exclusion and region patterns now. V8 compiles a RegExp at
   * its first use, so without this the first letter analysed pays for every catalog pattern; the
   * server calls it while starting, before any document arrives.
   */
  compilePatterns(): void {
    for (const family of this.families) for (const pattern of [family.request, family.criteria, family.exclude]) pattern?.test('');
    for (const region of this.regions) region.compiled.test('');
  }

  componentByName(name: string): MtusComponent | undefined {
    return this.componentByKey.get(normalizeName(name));
  }

  componentById(id: string): MtusComponent | undefined {
    return this.components.find((c) => c.id === id);
  }

  /** Section names and aliases of a component, longest first. */
  sectionNamesOf(component: MtusComponent): readonly NamedEntry<CatalogSection>[] {
    let names = this.sectionNames.get(component.id);
    if (!names) {
      names = namesLongestFirst(component.sections, (s) => [s.name, ...s.aliases]);
      this.sectionNames.set(component.id, names);
    }
    return names;
  }

  /** The section a cited name means; a hyphen a line break left inside a word ("Electro-diagnostic") does not count. */
  sectionOf(component: MtusComponent, name: string): CatalogSection | undefined {
    let index = this.sectionKeys.get(component.id);
    if (!index) {
      index = new Map();
      for (const { written, entry } of this.sectionNamesOf(component)) {
        const key = normalizeName(written);
        if (!index.has(key)) index.set(key, entry);
        const loose = `~${key.replace(/-/g, '')}`;
        if (!index.has(loose)) index.set(loose, entry);
      }
      this.sectionKeys.set(component.id, index);
    }
    const key = normalizeName(name);
    return index.get(key) ?? index.get(`~${key.replace(/-/g, '')}`);
  }

  private readonly sectionKeys = new Map<string, Map<string, CatalogSection>>();

  acoemChapter(number: number): AcoemChapter | undefined {
    return this.acoemChapters.find((c) => c.number === number);
  }

  /** The facts known for a page of a chapter or component: "300" matches a fact "300" or a range holding it. */
  pageFacts(pages: readonly PageFact[], cited: string): PageFact[] {
    const citedNumbers = pageNumbers(cited);
    return pages.filter((fact) => {
      const known = pageNumbers(fact.page);
      return citedNumbers.some((n) => known.includes(n));
    });
  }

  odgChapterById(id: string): OdgChapter | undefined {
    return this.odgChapters.find((c) => c.id === id);
  }

  /** An ODG topic by name or alias, in one chapter or (without one) in any. */
  odgTopic(chapter: OdgChapter | undefined, name: string): OdgTopic | undefined {
    const key = normalizeName(name);
    if (chapter) return this.topicIndex().get(`${chapter.id}|${key}`);
    return this.topicIndex().get(`*|${key}`);
  }

  private topics: Map<string, OdgTopic> | undefined;

  private topicIndex(): Map<string, OdgTopic> {
    if (!this.topics) {
      const topics = new Map<string, OdgTopic>();
      for (const chapter of this.odgChapters) {
        for (const topic of chapter.topics) {
          for (const written of [topic.name, ...topic.aliases]) {
            const key = normalizeName(written);
            if (!topics.has(`${chapter.id}|${key}`)) topics.set(`${chapter.id}|${key}`, topic);
            if (!topics.has(`*|${key}`)) topics.set(`*|${key}`, topic);
          }
        }
      }
      this.topics = topics;
    }
    return this.topics;
  }

  family(id: string): CompiledFamily | undefined {
    return this.familyById.get(id);
  }

  region(id: string): CompiledRegion | undefined {
    return this.regionById.get(id);
  }

  /** Whether arguing from family `argued` for a request of family `request` is a known confusion (pairs are ordered). */
  conflict(request: string, argued: string): boolean {
    return this.conflicts.get(request)?.has(argued) ?? false;
  }

  /** The families a request title belongs to (memoised: the same titles come back on every keystroke). */
  familiesOfTitle(title: string): CompiledFamily[] {
    return remembered(this.familyMemo, title, MEMO_LIMIT, () => this.families.filter((f) => f.request?.test(title) && !f.exclude?.test(title)));
  }

  /** The body regions a request title names. */
  regionsOfTitle(title: string): CompiledRegion[] {
    return remembered(this.regionMemo, title, MEMO_LIMIT, () => {
      const named = this.regions.filter((r) => r.compiled.test(title));
      // "Lumbar spine" is the lumbar region: a general region counts only when none it stands for is named.
      return named.filter((r) => !r.generalizes.some((narrower) => named.some((n) => n.id === narrower)));
    });
  }
}

/**
 * Components with the editions later files add to them (by component id), in file order. An
 * added edition with a start date is the next update: the edition it follows, still open-ended,
 * ends the day before it starts.
 */
function withAddedEditions(components: MtusComponent[], files: readonly CatalogFile[]): MtusComponent[] {
  const added = new Map<string, Edition[]>();
  for (const file of files) {
    for (const { component, ...edition } of file.editions ?? []) added.set(component, [...(added.get(component) ?? []), edition]);
  }
  if (added.size === 0) return components;
  return components.map((c) => {
    const editions = [...c.editions];
    for (const edition of added.get(c.id) ?? []) {
      const from = edition.inForce?.from;
      let open = editions.length - 1;
      while (open >= 0 && !(editions[open].inForce && editions[open].inForce!.until === undefined)) open--;
      const previous = editions[open];
      if (from && previous && (previous.inForce!.from ?? '') < from) editions[open] = { ...previous, inForce: { ...previous.inForce, until: dayBefore(from) } };
      editions.push(edition);
    }
    return { ...c, editions };
  });
}

/** The names an edition's labels print ("Cervical and Thoracic Spine" of "Cervical and Thoracic Spine 2019"). */
function labelNames(component: MtusComponent): string[] {
  return [...new Set(component.editions.flatMap((e) => e.labels.map(labelName)))].filter((n) => n !== component.name && !component.aliases.includes(n));
}

const MEMO_LIMIT = 4096;

/** Page numbers in "300", "412-418", "335-336", "89-90" (ranges expanded, at most 200 pages). */
export function pageNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(/(\d+)(?:\s*-\s*(\d+))?/g)) {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (to >= from && to - from <= 200) for (let n = from; n <= to; n++) numbers.push(n);
    else numbers.push(from);
  }
  return numbers;
}
