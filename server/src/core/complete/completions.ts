/**
 * Completion candidates at a place in a letter, ranked for the item being written. Protocol-free:
 * the server's completion feature turns them into LSP items; the documentation comes later from
 * describe() (completionItem/resolve) through each candidate's `ref`.
 *
 * Contexts, as a reviewer types them (reference section 3, the citation grammar):
 *   "Claims Administrator guideline: " / "MAXIMUS guideline: "  -> whole citation sentences
 *   "Decision based on "                                        -> "MTUS" / "Non-MTUS Citation"
 *   "Decision based on MTUS " (or ", and ")                     -> components with their year labels
 *   "Section(s): " (or ", " in the list)                        -> the sections of that component
 *   "ACOEM Chapter "                                            -> the chapters with their titles
 *   "Non-MTUS Citation "                                        -> ODG chapters and topics, other sources
 *   "<item title>: "                                            -> Upheld / Overturned
 *   a line start                                                -> the headings and labels missing there
 * Every insert text is in the real letters' format, so a completed citation passes every rule.
 */
import type { Catalog } from '../catalog/catalog';
import { itemSnippet } from './itemSkeleton';
import type { CatalogSection, MtusComponent, OdgChapter } from '../catalog/schema';
import type { CatalogRef } from '../describe/describe';
import type { Decision, DisputedItem, HeaderKey, LetterModel, SectionId } from '../model';
import { HEADINGS } from '../parse/sections';
import { decisionFor } from '../rules/decisionWords';
import { isDoubleSpaced } from '../format/formatLetter';
import { JoinedText } from '../text/joinedText';
import { normalizeName } from '../text/similarity';
import type { Span } from '../text/span';
import { componentScore, odgChapterScore, odgTopicScore, pageScore, profileOf, rankBy, sectionScore, type RequestProfile } from '../analysis/relevance';
import { odgChapterWritten } from '../catalog/catalogText';
import { choice, escapeSnippet, placeholder } from './snippet';
import { describeInForce, labelledEditions, standingOn, yearsOf, type Day, type Standing } from '../catalog/editions';
import { judgingDateOf, letterDatesOf, today } from '../analysis/judgingDate';

export type CandidateKind =
  | 'citation'
  | 'sentence'
  | 'keyword'
  | 'component'
  | 'chapter'
  | 'section'
  | 'odg-topic'
  | 'odg-chapter'
  | 'source'
  | 'decision'
  | 'heading'
  | 'label'
  | 'block';

export type CompletionContextKind =
  | 'statement'
  | 'decision-based-on'
  | 'component'
  | 'section'
  | 'chapter'
  | 'non-mtus'
  | 'odg-topic'
  | 'decision'
  | 'line-start'
  | 'rationale'
  | 'none';

export interface Candidate {
  /** What the list shows. */
  readonly label: string;
  readonly kind: CandidateKind;
  /** The text inserted (snippet syntax when `snippet`). */
  readonly insertText: string;
  readonly snippet: boolean;
  /** The text the editor filters on (what the inserted text reads as). */
  readonly filterText: string;
  /** Short line beside the label (family, year...). */
  readonly detail?: string;
  /** The source span the insertion replaces (ends at the cursor). */
  readonly replace: Span;
  /** For the documentation on resolve. */
  readonly ref?: CatalogRef;
  /** Ask for completion again after inserting (a label or keyword that opens another context). */
  readonly retrigger?: boolean;
  /** An edition not in force on the letter's date: listed last, struck through. */
  readonly deprecated?: boolean;
}

export interface CompletionResult {
  readonly context: CompletionContextKind;
  /** Ranked: the first is the most relevant. */
  readonly candidates: readonly Candidate[];
  /** The request the ranking used, if any. */
  readonly request?: string;
}

const NONE: CompletionResult = { context: 'none', candidates: [] };

type ParagraphKind = 'claims-administrator' | 'maximus' | 'rationale';

const PARAGRAPH_LABELS: ReadonlyArray<{ kind: ParagraphKind; pattern: RegExp }> = [
  { kind: 'claims-administrator', pattern: /^\s*Claims\s+Administrator\s+guidelines?\s*:/iu },
  { kind: 'maximus', pattern: /^\s*MAXIMUS\s+guidelines?\s*:/iu },
  { kind: 'rationale', pattern: /^\s*Decision\s+rationale\s*:/iu },
];

const ITEM_LABELS: ReadonlyArray<{ kind: ParagraphKind; text: string }> = [
  { kind: 'claims-administrator', text: 'Claims Administrator guideline' },
  { kind: 'maximus', text: 'MAXIMUS guideline' },
  { kind: 'rationale', text: 'Decision rationale' },
];

const HEADER_LABELS: ReadonlyArray<{ key: HeaderKey; text: string }> = [
  { key: 'caseNumber', text: 'Case Number' },
  { key: 'dateAssigned', text: 'Date Assigned' },
  { key: 'decisionDate', text: 'Decision Date' },
  { key: 'priority', text: 'Priority' },
  { key: 'dateOfInjury', text: 'Date of Injury' },
  { key: 'urDenialDate', text: 'UR Denial Date' },
  { key: 'applicationReceived', text: 'Application Received' },
];

const CREDENTIAL_LINES: ReadonlyArray<{ pattern: RegExp; text: string; snippet: string }> = [
  {
    pattern: /The Expert Reviewer has the following credentials\s*:/iu,
    text: 'The Expert Reviewer has the following credentials:',
    snippet: 'The Expert Reviewer has the following credentials:',
  },
  { pattern: /State\(s\) of Licensure\s*:/iu, text: 'State(s) of Licensure:', snippet: 'State(s) of Licensure: ${1:California}' },
  { pattern: /Certification\(s\)\/Specialty\s*:/iu, text: 'Certification(s)/Specialty:', snippet: 'Certification(s)/Specialty: ${1:Physical Medicine & Rehabilitation}' },
];

const ODG = 'Official Disability Guidelines (ODG)';
const MAX_CITATIONS = 40;

// ---------------------------------------------------------------------------------------------
// Where the cursor is

interface Paragraph {
  readonly kind?: ParagraphKind;
  /** The paragraph up to the cursor as one line (white space collapsed, hyphen breaks joined). */
  readonly text: string;
  /** Source offset of a position in `text`. */
  toSource(index: number): number;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The paragraph that the cursor is in, read up to the cursor. */
function paragraphBefore(model: LetterModel, offset: number): Paragraph {
  const lines = model.lines.lines;
  const current = model.lines.lineAt(offset);
  let first = current.number;
  let kind: ParagraphKind | undefined;
  // In a double-spaced letter (2014 layout) one blank line does not end a paragraph.
  const doubleSpaced = isDoubleSpaced(lines);
  for (;;) {
    const label = PARAGRAPH_LABELS.find((l) => l.pattern.test(lines[first].text));
    if (label) {
      kind = label.kind;
      break;
    }
    if (first === 0 || current.number - first >= 30) break;
    if (isBlank(lines[first - 1].text)) {
      if (!doubleSpaced || first < 2 || isBlank(lines[first - 2].text)) break;
      first -= 2;
    } else first--;
  }
  const spans: Span[] = [];
  for (let i = first; i < current.number; i++) spans.push({ start: lines[i].start, end: lines[i].end });
  spans.push({ start: current.start, end: offset });
  const joined = JoinedText.fromSpans(model.text, spans);
  const beforeCursor = model.text.slice(current.start, offset);
  const trailingSpace = joined.text !== '' && (/\s$/u.test(beforeCursor) || (beforeCursor === '' && current.number > first));
  const full = joined.text + (trailingSpace ? ' ' : '');
  return {
    kind,
    text: full,
    toSource: (index: number) => (index >= joined.text.length ? offset : joined.toSource(index)),
  };
}

/** The item the cursor is in (from its title to the next title). */
export function itemAt(model: LetterModel, offset: number): DisputedItem | undefined {
  let found: DisputedItem | undefined;
  for (const item of model.items) {
    if (item.title.lineSpan.start <= offset) found = item;
    else break;
  }
  if (!found) return undefined;
  const issues = model.sections.find((s) => s.id === 'issues');
  const nextHeading = model.sections.find((s) => s.headingSpan.start > found!.title.lineSpan.start);
  if (nextHeading && offset >= nextHeading.headingSpan.start && (!issues || nextHeading !== issues)) return undefined;
  return found;
}

function needsPeriod(model: LetterModel, offset: number): boolean {
  const line = model.lines.lineAt(offset);
  return model.text.slice(offset, line.end).trim() === '';
}

// ---------------------------------------------------------------------------------------------
// Catalog text in the letters' format

export { odgChapterWritten };

function sectionsFor(component: MtusComponent, year: string): CatalogSection[] {
  return component.sections.filter((s) => !s.editions || s.editions.includes(year));
}

function rankedSections(component: MtusComponent, year: string, profile: RequestProfile, catalog: Catalog): CatalogSection[] {
  const own = sectionsFor(component, year);
  return rankBy(own, (s) => sectionScore(component, s, profile, catalog));
}

function familyDetail(catalog: Catalog, family: string | undefined): string | undefined {
  return family ? catalog.family(family)?.label : undefined;
}

/** "Low Back Complaints 2004, Section(s): ${1|Special Studies,...|}" */
function componentSnippet(component: MtusComponent, label: string, sections: readonly CatalogSection[], period: boolean, first = 1): string {
  const head = escapeSnippet(label);
  const tail = period ? '.' : '';
  if (!component.sectionsExpected || sections.length === 0) return head + tail;
  return `${head}, Section(s): ${choice(first, sections.slice(0, 12).map((s) => s.name))}${tail}`;
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
  return { text: `${escapeSnippet(plain)}\${${index}: Page(s): ${choice(index + 1, pages)}}`, plain: `${plain} Page(s): ${pages[0]}` };
}

// ---------------------------------------------------------------------------------------------
// Candidate builders

interface Builder {
  readonly model: LetterModel;
  readonly catalog: Catalog;
  readonly profile: RequestProfile;
  readonly replace: Span;
  readonly period: boolean;
  /** The day the paragraph's citations are judged by: editions in force then come first. */
  readonly day: Day;
}

/** Editions in force on the day first, those of unknown dates next, the others last (deprecated). */
const STANDING_SCORE: Record<Standing, number> = { 'in-force': 0, 'dates-unknown': -40, 'not-in-force': -1000 };

function mtusCitations(b: Builder): { candidate: Candidate; score: number }[] {
  const { catalog, profile } = b;
  const out: { candidate: Candidate; score: number }[] = [];
  for (const component of catalog.components) {
    for (const { edition, label, year } of labelledEditions(component)) {
      const ranked = rankedSections(component, year, profile, catalog);
      const standing = standingOn(edition, b.day);
      const entries = component.sectionsExpected && ranked.length > 0 ? ranked : [undefined];
      for (const section of entries) {
        const score = (section ? sectionScore(component, section, profile, catalog) : componentScore(component, profile, catalog)) + STANDING_SCORE[standing];
        const options = section ? [section, ...ranked.filter((s) => s !== section)] : [];
        const body = componentSnippet(component, label, options, b.period);
        const plain = `Decision based on MTUS ${label}${section ? `, Section(s): ${section.name}` : ''}${b.period ? '.' : ''}`;
        out.push({
          score,
          candidate: {
            deprecated: standing === 'not-in-force',
            label: `MTUS ${label}${section ? ` — ${section.name}` : ''}`,
            kind: 'citation',
            insertText: `Decision based on MTUS ${body}`,
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

function nonMtusBodies(b: Builder, withPrefix: boolean): { candidate: Candidate; score: number }[] {
  const { catalog } = b;
  const prefix = withPrefix ? 'Decision based on Non-MTUS Citation ' : '';
  const tail = b.period ? '.' : '';
  const out: { candidate: Candidate; score: number }[] = [];
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

function ranked(list: { candidate: Candidate; score: number }[]): Candidate[] {
  return rankBy(list, (x) => x.score).map((x) => x.candidate);
}

/** Whole statements at the start of a guideline statement. */
function statementCandidates(b: Builder, source: 'claims-administrator' | 'maximus', prior: string): Candidate[] {
  const who = source === 'maximus' ? 'The Expert Reviewer' : 'The Claims Administrator';
  if (/did\s+not\s+cite\s+any\s+medical\s+evidence/iu.test(prior)) return [];
  const nonMtus = nonMtusBodies(b, true);
  if (/Decision\s+based\s+on\s+MTUS|outside\s+(?:of\s+)?the\s+MTUS/iu.test(prior)) return ranked(nonMtus);
  // MTUS first (the medical evidence search sequence): the outside-of-MTUS sentence comes after
  // the three most relevant MTUS citations, the "did not cite" sentence after it.
  const list = rankBy(mtusCitations(b), (x) => x.score).slice(0, MAX_CITATIONS);
  const third = list[Math.min(2, list.length - 1)]?.score ?? 0;
  const bestOdg = rankBy(nonMtus, (x) => x.score)[0];
  const odgPlain = bestOdg ? bestOdg.candidate.filterText.replace(/^Decision based on Non-MTUS Citation /, '').replace(/\.$/, '') : `${ODG} Low Back`;
  const outside = `${who} based their decision on recommendation(s) outside of the MTUS Guidelines.`;
  list.push({
    score: Math.min((bestOdg?.score ?? 0) - 60, third - 0.5),
    candidate: {
      label: `${who} based their decision on recommendation(s) outside of the MTUS Guidelines.`,
      kind: 'sentence',
      insertText: `${escapeSnippet(outside)} Decision based on Non-MTUS Citation ${placeholder(1, odgPlain)}.`,
      snippet: true,
      filterText: outside,
      detail: 'outside the MTUS, with a Non-MTUS citation',
      replace: b.replace,
      ref: { type: 'sentence', sentence: 'outside-mtus' },
    },
  });
  const none = `${who} did not cite any medical evidence for its decision.`;
  list.push({
    score: Math.min(-30, third - 0.6),
    candidate: { label: none, kind: 'sentence', insertText: escapeSnippet(none), snippet: true, filterText: none, detail: 'no guideline cited', replace: b.replace, ref: { type: 'sentence', sentence: 'no-evidence' } },
  });
  return ranked(list);
}

function componentCandidates(b: Builder, offerChapters: boolean): Candidate[] {
  const { catalog, profile } = b;
  const list: { candidate: Candidate; score: number }[] = [];
  for (const component of catalog.components) {
    for (const { edition, label, year } of labelledEditions(component).reverse()) {
      const sections = rankedSections(component, year, profile, catalog);
      const best = sections[0] ? sectionScore(component, sections[0], profile, catalog) : componentScore(component, profile, catalog);
      const standing = standingOn(edition, b.day);
      const plain = `${label}${component.sectionsExpected && sections[0] ? `, Section(s): ${sections[0].name}` : ''}${b.period ? '.' : ''}`;
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
          label: `ACOEM Chapter ${chapter.number} ${chapter.title}`,
          kind: 'chapter',
          insertText: `ACOEM Chapter ${snippet.text}${b.period ? '.' : ''}`,
          snippet: true,
          filterText: `ACOEM Chapter ${snippet.plain}${b.period ? '.' : ''}`,
          detail: 'ACOEM 2nd ed. (2014 style)',
          replace: b.replace,
          ref: { type: 'chapter', number: chapter.number },
        },
      });
    }
  }
  return ranked(list);
}

function chapterCandidates(b: Builder): Candidate[] {
  const { catalog, profile } = b;
  const list: { candidate: Candidate; score: number }[] = [];
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

function sectionCandidates(b: Builder, component: MtusComponent, year: string | undefined, listed: string): Candidate[] {
  const { catalog, profile } = b;
  const already = new Set(
    listed
      .split(/,\s*(?:and\s+)?/u)
      .map((s) => normalizeName(s))
      .filter(Boolean),
  );
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

function odgTopicsOf(b: Builder, chapter: OdgChapter): Candidate[] {
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

function decisionCandidates(b: Builder, item: DisputedItem | undefined, space: string): Candidate[] {
  const implied = item?.rationale?.conclusion ? decisionFor(item.rationale.conclusion.polarity) : undefined;
  const values: Decision[] = implied === 'Overturned' ? ['Overturned', 'Upheld'] : ['Upheld', 'Overturned'];
  return values.map((value) => ({
    label: value,
    kind: 'decision' as const,
    insertText: space + value,
    snippet: false,
    filterText: value,
    detail: value === 'Upheld' ? 'the denial stands: not medically necessary' : 'the denial is reversed: medically necessary',
    replace: b.replace,
    ref: { type: 'decision' as const, value },
  }));
}

function lineStartCandidates(b: Builder, offset: number, partial: string): Candidate[] {
  const { model } = b;
  const out: Candidate[] = [];
  const eol = /\r\n|\n|\r/.exec(model.text)?.[0] ?? '\n';
  const sectionAt = (at: number) => [...model.sections].reverse().find((s) => s.headingSpan.start <= at);
  const current = sectionAt(offset);
  const firstHeading = model.sections[0]?.headingSpan.start ?? Number.POSITIVE_INFINITY;

  // Header labels, above the first heading.
  if (offset < firstHeading && model.layout !== '2014') {
    const present = new Set(model.header.map((f) => f.key));
    for (const label of HEADER_LABELS) {
      if (present.has(label.key)) continue;
      out.push({ label: `${label.text}:`, kind: 'label', insertText: `${label.text}: $0`, snippet: true, filterText: `${label.text}:`, detail: 'header', replace: b.replace });
    }
  }

  // Headings that are missing, those that belong here first.
  const order = (id: SectionId) => HEADINGS.findIndex((h) => h.id === id);
  const present = new Set(model.sections.map((s) => s.id));
  const before = model.sections.filter((s) => s.headingSpan.start < offset).map((s) => order(s.id));
  const after = model.sections.filter((s) => s.headingSpan.start > offset).map((s) => order(s.id));
  const low = before.length ? Math.max(...before) : -1;
  const high = after.length ? Math.min(...after) : HEADINGS.length;
  const missing = HEADINGS.filter((h) => !present.has(h.id));
  const fits = (h: (typeof HEADINGS)[number]) => order(h.id) > low && order(h.id) < high;
  for (const heading of [...missing.filter(fits), ...missing.filter((h) => !fits(h))]) {
    out.push({
      label: heading.canonical,
      kind: 'heading',
      insertText: escapeSnippet(heading.canonical) + eol + '$0',
      snippet: true,
      filterText: heading.canonical,
      detail: fits(heading) ? 'missing section' : 'missing section (belongs elsewhere)',
      replace: b.replace,
      ref: { type: 'heading', id: heading.id },
    });
  }

  // Credentials lines in the how-made section (2016-17 layout).
  if (current?.id === 'how-made' && model.layout !== '2014') {
    const body = model.text.slice(current.bodySpan.start, current.bodySpan.end);
    for (const line of CREDENTIAL_LINES) {
      if (line.pattern.test(body)) continue;
      out.push({ label: line.text, kind: 'label', insertText: line.snippet, snippet: true, filterText: line.text, detail: 'credentials', replace: b.replace });
    }
  }

  // Item labels missing in the item at the cursor.
  if (current?.id === 'issues' || model.sections.length === 0) {
    const item = itemAt(model, offset);
    if (item && offset > item.title.lineSpan.end) {
      const has: Record<ParagraphKind, boolean> = {
        'claims-administrator': item.claimsAdministrator !== undefined,
        maximus: item.maximus !== undefined,
        rationale: item.rationale !== undefined,
      };
      for (const label of ITEM_LABELS) {
        if (has[label.kind]) continue;
        out.push({
          label: `${label.text}:`,
          kind: 'label',
          insertText: `${label.text}: `,
          snippet: false,
          filterText: `${label.text}:`,
          detail: 'missing in this item',
          replace: b.replace,
          ref: { type: 'label', label: label.text },
          retrigger: label.kind !== 'rationale',
        });
      }
    }
    if (current?.id === 'issues') {
      const block = itemSnippet(eol);
      out.push({ label: 'Disputed item', kind: 'block', insertText: block, snippet: true, filterText: 'Disputed item', detail: 'title, guideline lines and rationale', replace: b.replace });
    }
  }
  const key = partial.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!key.includes(' ')) return out;
  return out.filter((c) => c.filterText.toLowerCase().startsWith(key));
}

// ---------------------------------------------------------------------------------------------
// The entry point

/** The component a "Section(s):" belongs to: the catalog name written last before it. */
function componentBefore(text: string, catalog: Catalog): { component: MtusComponent; year?: string } | undefined {
  const lower = text.toLowerCase();
  let best: { index: number; length: number; component: MtusComponent } | undefined;
  for (const { written, entry } of catalog.componentNames) {
    const index = lower.lastIndexOf(written.toLowerCase());
    if (index < 0) continue;
    if (!best || index > best.index || (index === best.index && written.length > best.length)) best = { index, length: written.length, component: entry };
  }
  if (!best) return undefined;
  const year = /^\s*(\d{4})\b/u.exec(text.slice(best.index + best.length))?.[1];
  return { component: best.component, year };
}

export function completionsAt(model: LetterModel, catalog: Catalog, offset: number, todayDay: Day = today()): CompletionResult {
  const at = Math.max(0, Math.min(offset, model.text.length));
  const line = model.lines.lineAt(at);
  const linePrefix = model.text.slice(line.start, at);
  const item = itemAt(model, at);
  const profile = profileOf(item?.title.request, catalog);
  const period = needsPeriod(model, at);
  const paragraph = paragraphBefore(model, at);
  const dates = letterDatesOf(model, todayDay);
  const source = paragraph.kind === 'claims-administrator' ? 'claims-administrator' : 'maximus';
  const day = item ? judgingDateOf(item, dates, source).day : (dates.urDenialDate ?? dates.decisionDate ?? dates.today);
  const builder = (replaceStart: number): Builder => ({ model, catalog, profile, replace: { start: Math.min(replaceStart, at), end: at }, period, day });
  const result = (context: CompletionContextKind, candidates: Candidate[]): CompletionResult => ({ context, candidates, request: item?.title.request });

  if (paragraph.kind === 'claims-administrator' || paragraph.kind === 'maximus') {
    const text = paragraph.text;
    const label = /^\s*(?:Claims\s+Administrator|MAXIMUS)\s+guidelines?\s*:\s*/iu.exec(text);
    const bodyStart = label ? label[0].length : 0;
    // Do not offer anything before the label's colon.
    if (!label) return NONE;
    const lastDecision = Math.max(bodyStart, text.lastIndexOf('Decision based on'), text.toLowerCase().lastIndexOf('decision based on'));
    const statement = text.slice(lastDecision);

    // "ACOEM Chapter 1"
    let m = /ACOEM\s+Chapter\s+(\d{0,2})$/iu.exec(statement);
    if (m && /^Decision\s+based\s+on\s+MTUS\b/iu.test(statement)) {
      return result('chapter', chapterCandidates(builder(paragraph.toSource(text.length - m[1].length))));
    }

    // "Non-MTUS Citation ..."
    m = /^Decision\s+based\s+on\s+Non\s*-?\s*MTUS(?:\s+Citation)?\s+([^]*)$/iu.exec(statement);
    if (m && !/\.\s/u.test(m[1])) {
      const rest = m[1];
      const restStart = text.length - rest.length;
      const odg = /^(?:Official\s+Disability\s+Guidelines?(?:\s*\(ODG\))?|ODG)[\s,:]+(.+?)(?:,\s*|\s+)([^,]*)$/iu.exec(rest);
      if (odg) {
        const chapter = catalog.odgChapterNames.find((n) => normalizeName(n.written) === normalizeName(odg[1].replace(/\s+(?:Chapter|section)$/iu, '')))?.entry;
        if (chapter && /,\s*[^,]*$/u.test(rest)) {
          return result('odg-topic', odgTopicsOf(builder(paragraph.toSource(text.length - odg[2].length)), chapter));
        }
      }
      return result('non-mtus', ranked(nonMtusBodies(builder(paragraph.toSource(restStart)), false)));
    }

    // "Section(s): ..." in an MTUS sentence.
    const sectionsAt = statement.search(/Section\s*\(s\)\s*:(?![^]*Section\s*\(s\)\s*:)/iu);
    if (/^Decision\s+based\s+on\s+MTUS\b/iu.test(statement) && sectionsAt >= 0) {
      const label2 = /Section\s*\(s\)\s*:\s*/iu.exec(statement.slice(sectionsAt))!;
      const list = statement.slice(sectionsAt + label2[0].length);
      if (!/\.\s*$/u.test(list) && !/\.\s/u.test(list)) {
        const andComponent = /(?:^|,)\s*and\s+([A-Za-z][^,.]*)?$/iu.exec(list);
        const owner = componentBefore(statement.slice(0, sectionsAt), catalog);
        const lastComma = list.lastIndexOf(',');
        const partial = lastComma >= 0 ? list.slice(lastComma + 1).replace(/^\s*(?:and\s+)?/iu, '') : list;
        const sections =
          owner && owner.component.sections.length > 0
            ? sectionCandidates(builder(paragraph.toSource(text.length - partial.length)), owner.component, owner.year, lastComma >= 0 ? list.slice(0, lastComma) : '')
            : [];
        if (andComponent) {
          const partialComponent = andComponent[1] ?? '';
          const components = componentCandidates(builder(paragraph.toSource(text.length - partialComponent.length)), false);
          return result('component', [...components, ...sections]);
        }
        return result('section', sections);
      }
    }

    // "Decision based on MTUS " (or ", and " after a component).
    m = /^Decision\s+based\s+on\s+MTUS\s+([^]*)$/iu.exec(statement);
    if (m && !/\.\s/u.test(m[1]) && !/\.$/u.test(m[1])) {
      const rest = m[1];
      const partialMatch = /^([A-Za-z][A-Za-z ,&/-]*)?$/u.exec(rest) ?? /(?:\d{4}|\)),?\s+and\s+([A-Za-z][A-Za-z ,&/-]*)?$/iu.exec(rest);
      if (partialMatch) {
        const partial = partialMatch[1] ?? '';
        return result('component', componentCandidates(builder(paragraph.toSource(text.length - partial.length)), true));
      }
    }

    // "Decision based on " -> MTUS / Non-MTUS Citation
    m = /(?:^|[.!?]\s+)Decision\s+based\s+on\s+([A-Za-z-]*)$/iu.exec(text.slice(bodyStart));
    if (m) {
      const prior = text.slice(bodyStart, text.length - m[0].length);
      const b = builder(paragraph.toSource(text.length - m[1].length));
      const list: Candidate[] = [];
      const nonAllowed = /Decision\s+based\s+on\s+MTUS|outside\s+(?:of\s+)?the\s+MTUS/iu.test(prior);
      if (!nonAllowed) list.push({ label: 'MTUS', kind: 'keyword', insertText: 'MTUS ', snippet: false, filterText: 'MTUS', detail: 'an MTUS guideline', replace: b.replace, retrigger: true, ref: { type: 'sentence', sentence: 'mtus' } });
      list.push({
        label: 'Non-MTUS Citation',
        kind: 'keyword',
        insertText: 'Non-MTUS Citation ',
        snippet: false,
        filterText: 'Non-MTUS Citation',
        detail: 'a guideline outside the MTUS',
        replace: b.replace,
        retrigger: true,
        ref: { type: 'sentence', sentence: 'non-mtus' },
      });
      return result('decision-based-on', list);
    }

    // The start of a statement: after the label or after a full stop.
    const body = text.slice(bodyStart);
    m = /(?:^|[.!?]\s+)([A-Za-z][^.!?]*)?$/u.exec(body);
    if (m) {
      const partial = m[1] ?? '';
      const prior = body.slice(0, body.length - partial.length);
      return result('statement', statementCandidates(builder(paragraph.toSource(text.length - partial.length)), paragraph.kind, prior));
    }
    return result('none', []);
  }

  // In a rationale: at a sentence start, the closing sentence for the item's decision.
  if (paragraph.kind === 'rationale') {
    const m = /(?:[.!?]\s+|:\s*)([A-Za-z]*)$/u.exec(paragraph.text);
    // Only while the rationale has no conclusion yet: otherwise every full stop would offer it.
    if (!m || !item || item.rationale?.conclusion) return NONE;
    const b = builder(paragraph.toSource(paragraph.text.length - m[1].length));
    const decision = item.decision?.value;
    const values: Decision[] = decision ? [decision] : ['Upheld', 'Overturned'];
    return result(
      'rationale',
      values.flatMap((value) =>
        ['As such', 'Therefore'].map((lead) => {
          const sentence = `${lead}, the request for ${item.title.request} is ${value === 'Upheld' ? 'not ' : ''}medically necessary.`;
          return {
            label: sentence,
            kind: 'sentence' as const,
            insertText: escapeSnippet(sentence),
            snippet: true,
            filterText: sentence,
            detail: `closing sentence for ${value}`,
            replace: b.replace,
            ref: { type: 'decision' as const, value },
          };
        }),
      ),
    );
  }

  // An item title's ": " -> the decision.
  const titleMatch = /^(.*\S)\s*:(\s*)([A-Za-z]*)$/u.exec(linePrefix);
  const issues = model.sections.find((s) => s.id === 'issues');
  const inIssues = issues ? at > issues.headingSpan.end && !model.sections.some((s) => s.headingSpan.start > issues.headingSpan.start && s.headingSpan.start <= at) : true;
  if (titleMatch && inIssues && !PARAGRAPH_LABELS.some((l) => l.pattern.test(linePrefix)) && !/^\s*The\s+Final\s+Determination\s+was\s+based/iu.test(paragraph.text)) {
    const partial = titleMatch[3];
    const b = builder(at - partial.length);
    const space = titleMatch[2] === '' ? ' ' : '';
    const owner = model.items.find((i) => i.title.lineSpan.start <= at && at <= i.title.lineSpan.end + 1) ?? item;
    return result('decision', decisionCandidates(b, owner, space));
  }

  // A line start.
  const lineStart = /^\s*([A-Za-z(][^:]{0,60})?$/u.exec(linePrefix);
  if (lineStart) {
    const partial = lineStart[1] ?? '';
    return result('line-start', lineStartCandidates(builder(at - partial.length), at, partial));
  }
  return NONE;
}
