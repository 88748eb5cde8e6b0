/**
 * Citation candidates in the real letters' format, ranked for the request: whole citation
 * sentences, components with their editions (those in force on the letter's date first),
 * sections, ACOEM chapters, ODG chapters and topics, other sources. Every insert text reads back
 * through the citation grammar, so a completed citation passes every rule.
 */
import type { Catalog } from '../catalog/catalog';
import type { CatalogSection, MtusComponent, OdgChapter } from '../catalog/schema';
import { odgChapterWritten } from '../catalog/catalogText';
import { describeInForce, labelledEditions, standingOn, yearsOf } from '../catalog/editions';
import { componentScore, odgChapterScore, odgTopicScore, pageScore, rankBy, sectionScore, type RequestProfile } from '../analysis/relevance';
import { CITATION, FIXED_SENTENCES, SPEAKERS } from '../grammar/vocabulary';
import { normalizeName } from '../text/similarity';
import { familyDetail, ranked, STANDING_SCORE, type Builder, type Candidate, type Scored } from './candidate';
import { choice, escapeSnippet, placeholder } from './snippet';

const ODG = CITATION.odg.canonical;
const SECTIONS = CITATION.sections.canonical;
const PAGES = CITATION.pages.canonical;
const ACOEM_CHAPTER = CITATION.acoemChapter.canonical;
const MAX_CITATIONS = 40;

function sectionsFor(component: MtusComponent, year: string): CatalogSection[] {
  return component.sections.filter((s) => !s.editions || s.editions.includes(year));
}

function rankedSections(component: MtusComponent, year: string, profile: RequestProfile, catalog: Catalog): CatalogSection[] {
  const own = sectionsFor(component, year);
  return rankBy(own, (s) => sectionScore(component, s, profile, catalog));
}

/**
 * "Low Back Complaints 2004, Section(s): ${1|Special Studies,...|}"; a guideline whose sections no
 * source gives gets an empty slot for the topic ("Knee Disorders 2019, Section(s): ${1:topic}").
 */
function componentSnippet(component: MtusComponent, label: string, sections: readonly CatalogSection[], period: boolean, first = 1): string {
  const head = escapeSnippet(label);
  const tail = period ? '.' : '';
  if (!component.sectionsExpected) return head + tail;
  if (component.sectionList === 'open') return `${head}, ${SECTIONS} ${placeholder(first, 'topic')}${tail}`;
  if (sections.length === 0) return head + tail;
  return `${head}, ${SECTIONS} ${choice(
    first,
    sections.slice(0, 12).map((s) => s.name),
  )}${tail}`;
}

/**
 * "12 Low Back Complaints${1: Page(s): ${2|300,309|}}": the chapter and an optional page choice,
 * the pages that govern the request first. A chapter whose title holds a comma is not offered in
 * this (2014) style: the citation grammar reads the title up to the first comma.
 */
function chapterSnippet(catalog: Catalog, number: number, index: number, profile: RequestProfile): { text: string; plain: string } | undefined {
  const chapter = catalog.acoemChapter(number);
  if (!chapter || chapter.title.includes(',')) return undefined;
  const pages = rankBy(
    chapter.pages.filter((p) => p.confirmed),
    (p) => pageScore(p.family, profile, catalog),
  ).map((p) => p.page);
  const plain = `${chapter.number} ${chapter.title}`;
  if (pages.length === 0) return { text: escapeSnippet(plain), plain };
  return { text: `${escapeSnippet(plain)}\${${index}: ${PAGES} ${choice(index + 1, pages)}}`, plain: `${plain} ${PAGES} ${pages[0]}` };
}

// ---------------------------------------------------------------------------------------------
// Candidate builders

function mtusCitations(b: Builder): Scored[] {
  const { catalog, profile } = b;
  const out: Scored[] = [];
  for (const component of catalog.components) {
    for (const { edition, label, year } of labelledEditions(component)) {
      const ranked = rankedSections(component, year, profile, catalog);
      const standing = standingOn(edition, b.day);
      const entries = component.sectionsExpected && ranked.length > 0 ? ranked : [undefined];
      for (const section of entries) {
        const score = (section ? sectionScore(component, section, profile, catalog) : componentScore(component, profile, catalog)) + STANDING_SCORE[standing];
        const options = section ? [section, ...ranked.filter((s) => s !== section)] : [];
        const body = componentSnippet(component, label, options, b.period);
        const plain = `${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical} ${label}${section ? `, ${SECTIONS} ${section.name}` : ''}${b.period ? '.' : ''}`;
        out.push({
          score,
          candidate: {
            deprecated: standing === 'not-in-force',
            label: `MTUS ${label}${section ? ` — ${section.name}` : ''}`,
            kind: 'citation',
            insertText: `${CITATION.decisionBasedOn.canonical} ${CITATION.mtus.canonical} ${body}`,
            snippet: true,
            filterText: plain,
            detail: familyDetail(catalog, section?.family ?? component.family) ?? (component.region ? catalog.region(component.region)?.label : undefined),
            replace: b.replace,
            ref: section ? { type: 'section', component: component.id, name: section.name, year } : { type: 'component', id: component.id, year },
          },
        });
      }
    }
  }
  return out;
}

function odgTopicEntries(b: Builder): { chapter: OdgChapter; topic?: OdgChapter['topics'][number]; score: number }[] {
  const { catalog, profile } = b;
  const entries: { chapter: OdgChapter; topic?: OdgChapter['topics'][number]; score: number }[] = [];
  for (const chapter of catalog.odgChapters) {
    for (const topic of chapter.topics) entries.push({ chapter, topic, score: odgTopicScore(chapter, topic, profile, catalog) });
    entries.push({ chapter, score: odgChapterScore(chapter, profile) });
  }
  return rankBy(entries, (e) => e.score);
}

/** The Non-MTUS body for an ODG chapter/topic: "Official Disability Guidelines (ODG) Low Back, Epidural steroid injections (ESIs)". */
function odgBody(chapter: OdgChapter, topic: OdgChapter['topics'][number] | undefined, index: number): { snippet: string; plain: string } {
  const plain = `${ODG} ${odgChapterWritten(chapter)}${topic ? `, ${topic.name}` : ''}`;
  const pages = topic?.pages.filter((p) => p.confirmed).map((p) => p.page) ?? [];
  if (pages.length === 0) return { snippet: escapeSnippet(plain), plain };
  return { snippet: `${escapeSnippet(plain)}\${${index}:, pages ${choice(index + 1, pages)}}`, plain: `${plain}, pages ${pages[0]}` };
}

export function nonMtusBodies(b: Builder, withPrefix: boolean): Scored[] {
  const { catalog } = b;
  const prefix = withPrefix ? DECISION_BASED_ON_NON_MTUS : '';
  const tail = b.period ? '.' : '';
  const out: Scored[] = [];
  for (const entry of odgTopicEntries(b)) {
    const body = odgBody(entry.chapter, entry.topic, 1);
    out.push({
      score: entry.score,
      candidate: {
        label: entry.topic ? `ODG ${odgChapterWritten(entry.chapter)} — ${entry.topic.name}` : `ODG ${odgChapterWritten(entry.chapter)}`,
        kind: entry.topic ? 'odg-topic' : 'odg-chapter',
        insertText: prefix + body.snippet + tail,
        snippet: true,
        filterText: prefix + body.plain + tail,
        detail: familyDetail(catalog, entry.topic?.family) ?? (entry.chapter.region ? catalog.region(entry.chapter.region)?.label : undefined),
        replace: b.replace,
        ref: entry.topic ? { type: 'odg-topic', chapter: entry.chapter.id, name: entry.topic.name } : { type: 'odg-chapter', id: entry.chapter.id },
      },
    });
  }
  for (const source of catalog.otherSources) {
    out.push({
      score: -20,
      candidate: {
        label: source.name,
        kind: 'source',
        insertText: prefix + escapeSnippet(source.name) + tail,
        snippet: true,
        filterText: prefix + source.name + tail,
        detail: 'other Non-MTUS source',
        replace: b.replace,
        ref: { type: 'source', id: source.id },
      },
    });
  }
  return out;
}

/** What the statements before the cursor already say: what may follow them. */
export interface PriorStatements {
  /** An MTUS citation or the outside-of-MTUS sentence: Non-MTUS citations may follow. */
  readonly mtusOrOutside: boolean;
  /** "... did not cite any medical evidence ...": nothing follows. */
  readonly noEvidence: boolean;
}

const DECISION_BASED_ON_NON_MTUS = `${CITATION.decisionBasedOn.canonical} ${CITATION.nonMtus.canonical} `;

/** Whole statements at the start of a guideline statement. */
export function statementCandidates(b: Builder, source: 'claims-administrator' | 'maximus', prior: PriorStatements): Candidate[] {
  const speaker = SPEAKERS[source];
  if (prior.noEvidence) return [];
  const nonMtus = nonMtusBodies(b, true);
  if (prior.mtusOrOutside) return ranked(nonMtus);
  // MTUS first (the medical evidence search sequence): the outside-of-MTUS sentence comes after
  // the three most relevant MTUS citations, the "did not cite" sentence after it.
  const list = rankBy(mtusCitations(b), (x) => x.score).slice(0, MAX_CITATIONS);
  const third = list[Math.min(2, list.length - 1)]?.score ?? 0;
  const bestOdg = rankBy(nonMtus, (x) => x.score)[0];
  const odgPlain = bestOdg ? bestOdg.candidate.filterText.replace(DECISION_BASED_ON_NON_MTUS, '').replace(/\.$/, '') : `${ODG} Low Back`;
  const outside = FIXED_SENTENCES['outside-mtus'].canonical(speaker);
  list.push({
    score: Math.min((bestOdg?.score ?? 0) - 60, third - 0.5),
    candidate: {
      label: outside,
      kind: 'sentence',
      insertText: `${escapeSnippet(outside)} ${DECISION_BASED_ON_NON_MTUS}${placeholder(1, odgPlain)}.`,
      snippet: true,
      filterText: outside,
      detail: 'outside the MTUS, with a Non-MTUS citation',
      replace: b.replace,
      ref: { type: 'sentence', sentence: 'outside-mtus' },
    },
  });
  const none = FIXED_SENTENCES['no-evidence'].canonical(speaker);
  list.push({
    score: Math.min(-30, third - 0.6),
    candidate: {
      label: none,
      kind: 'sentence',
      insertText: escapeSnippet(none),
      snippet: true,
      filterText: none,
      detail: 'no guideline cited',
      replace: b.replace,
      ref: { type: 'sentence', sentence: 'no-evidence' },
    },
  });
  return ranked(list);
}

export function componentCandidates(b: Builder, offerChapters: boolean): Candidate[] {
  const { catalog, profile } = b;
  const list: Scored[] = [];
  for (const component of catalog.components) {
    for (const { edition, label, year } of labelledEditions(component).reverse()) {
      const sections = rankedSections(component, year, profile, catalog);
      const best = sections[0] ? sectionScore(component, sections[0], profile, catalog) : componentScore(component, profile, catalog);
      const standing = standingOn(edition, b.day);
      const plain = `${label}${component.sectionsExpected && sections[0] ? `, ${SECTIONS} ${sections[0].name}` : ''}${b.period ? '.' : ''}`;
      list.push({
        score: best + STANDING_SCORE[standing],
        candidate: {
          deprecated: standing === 'not-in-force',
          label,
          kind: 'component',
          insertText: componentSnippet(component, label, sections, b.period),
          snippet: true,
          filterText: plain,
          detail: `${describeInForce(edition)}${component.regulation ? ` · 8 CCR §${component.regulation}` : ''}`,
          replace: b.replace,
          ref: { type: 'component', id: component.id, year },
        },
      });
    }
  }
  if (offerChapters) {
    for (const chapter of catalog.acoemChapters) {
      const snippet = chapterSnippet(catalog, chapter.number, 1, profile);
      if (!snippet) continue;
      const component = chapter.mtusComponent ? catalog.componentById(chapter.mtusComponent) : undefined;
      list.push({
        score: (component ? componentScore(component, profile, catalog) : -100) + (b.model.layout === '2014' ? 200 : -20),
        candidate: {
          label: `${ACOEM_CHAPTER} ${chapter.number} ${chapter.title}`,
          kind: 'chapter',
          insertText: `${ACOEM_CHAPTER} ${snippet.text}${b.period ? '.' : ''}`,
          snippet: true,
          filterText: `${ACOEM_CHAPTER} ${snippet.plain}${b.period ? '.' : ''}`,
          detail: 'ACOEM 2nd ed. (2014 style)',
          replace: b.replace,
          ref: { type: 'chapter', number: chapter.number },
        },
      });
    }
  }
  return ranked(list);
}

export function chapterCandidates(b: Builder): Candidate[] {
  const { catalog, profile } = b;
  const list: Scored[] = [];
  for (const chapter of catalog.acoemChapters) {
    const snippet = chapterSnippet(catalog, chapter.number, 1, profile);
    if (!snippet) continue;
    const component = chapter.mtusComponent ? catalog.componentById(chapter.mtusComponent) : undefined;
    const pageBonus = chapter.pages.some((p) => p.family && profile.families.has(p.family)) ? 30 : 0;
    list.push({
      score: (component ? componentScore(component, profile, catalog) : -100) + pageBonus,
      candidate: {
        label: `${chapter.number} ${chapter.title}`,
        kind: 'chapter',
        insertText: snippet.text,
        snippet: true,
        filterText: snippet.plain,
        detail: component ? `${component.name} ${yearsOf(component).join('/')}` : 'not adopted by the MTUS',
        replace: b.replace,
        ref: { type: 'chapter', number: chapter.number },
      },
    });
  }
  return ranked(list);
}

export function sectionCandidates(b: Builder, component: MtusComponent, year: string | undefined, listed: readonly string[]): Candidate[] {
  const { catalog, profile } = b;
  const already = new Set(listed.map((s) => normalizeName(s)).filter(Boolean));
  const own = component.sections.filter((s) => !already.has(normalizeName(s.name)));
  const order = rankBy(own, (s) => sectionScore(component, s, profile, catalog) + (year && s.editions && !s.editions.includes(year) ? -1000 : 0));
  return order.map((s) => ({
    label: s.name,
    kind: 'section' as const,
    insertText: escapeSnippet(s.name),
    snippet: true,
    filterText: s.name,
    detail: familyDetail(catalog, s.family) ?? (s.editions ? s.editions.join('/') : undefined),
    replace: b.replace,
    ref: { type: 'section' as const, component: component.id, name: s.name, year },
  }));
}

export function odgTopicsOf(b: Builder, chapter: OdgChapter): Candidate[] {
  const { catalog, profile } = b;
  const tail = b.period ? '.' : '';
  return rankBy(chapter.topics, (t) => odgTopicScore(chapter, t, profile, catalog)).map((t) => ({
    label: t.name,
    kind: 'odg-topic' as const,
    insertText: escapeSnippet(t.name) + tail,
    snippet: true,
    filterText: t.name + tail,
    detail: familyDetail(catalog, t.family),
    replace: b.replace,
    ref: { type: 'odg-topic' as const, chapter: chapter.id, name: t.name },
  }));
}
