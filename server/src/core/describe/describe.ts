/**
 * Markdown descriptions of what a letter names: catalog entries (components, sections, ACOEM
 * chapters, ODG chapters and topics, other sources), decision values, dates, headings and
 * labels. Completion documentation (on resolve) and hover both read these, so the two always
 * say the same thing.
 */
import type { ParagraphKind } from '../grammar/vocabulary';
import type { Catalog } from '../catalog/catalog';
import type { MtusComponent, PageFact } from '../catalog/schema';
import { describeInForce, formatDay, labelledEditions, labelYear, yearsOf } from '../catalog/editions';
import type { Decision, LetterDate, SectionId } from '../model';
import { headingDefinition } from '../parse/sections';

export type CatalogRef =
  | { readonly type: 'component'; readonly id: string; readonly year?: string }
  | { readonly type: 'section'; readonly component: string; readonly name: string; readonly year?: string }
  | { readonly type: 'chapter'; readonly number: number }
  | { readonly type: 'odg-chapter'; readonly id: string }
  | { readonly type: 'odg-topic'; readonly chapter: string; readonly name: string }
  | { readonly type: 'source'; readonly id: string }
  | { readonly type: 'decision'; readonly value: Decision }
  | { readonly type: 'sentence'; readonly sentence: 'outside-mtus' | 'no-evidence' | 'non-mtus' | 'mtus' }
  | { readonly type: 'heading'; readonly id: SectionId }
  | { readonly type: 'label'; readonly paragraph: ParagraphKind };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function familyLabel(catalog: Catalog, id: string | undefined): string | undefined {
  return id ? (catalog.family(id)?.label ?? id) : undefined;
}

function regionLabel(catalog: Catalog, id: string | undefined): string | undefined {
  return id ? (catalog.region(id)?.label ?? id) : undefined;
}

/** One line per known page: "p. 81 (2016): topic. [source]", unconfirmed ones marked. */
export function describePages(pages: readonly PageFact[], year?: string): string[] {
  const relevant = year ? [...pages].sort((a, b) => Number(b.edition === year) - Number(a.edition === year)) : pages;
  return relevant.map((p) => {
    const edition = p.edition ? ` (${p.edition} edition)` : '';
    const topic = p.topic ? `: ${p.topic}` : '';
    const mark = p.confirmed ? '' : ' — *unconfirmed (general knowledge, not seen in a letter)*';
    return `- p. ${p.page}${edition}${topic}${mark} \`${p.source}\``;
  });
}

function lines(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

function facts(entries: [string, string | undefined][]): string | undefined {
  const shown = entries.filter(([, v]) => v !== undefined && v !== '');
  return shown.length ? shown.map(([k, v]) => `${k}: ${v}`).join('  \n') : undefined;
}

/** One line per edition: its labels, version, dates in force and source. */
function describeEditions(component: MtusComponent, year?: string): string {
  return component.editions
    .map((e) => {
      const labels = e.labels.length ? e.labels.map((l) => `"${l}"`).join(' or ') : '*label unknown*';
      const cited = year && e.labels.some((l) => labelYear(l) === year) ? ' ← cited' : '';
      const version = e.version ? `, version of ${formatDay(e.version)}` : '';
      const note = e.note ? ` ${e.note}` : '';
      return `- ${labels}${version}: ${describeInForce(e)}${cited}.${note} \`${e.source}\``;
    })
    .join('\n');
}

const KIND_TEXT: Record<MtusComponent['kind'], string> = {
  'acoem-guideline': 'ACOEM Practice Guidelines, adopted by reference into the MTUS since 1 Dec 2017',
  'acoem-chapter': 'MTUS body-region guideline (ACOEM Practice Guidelines, 2nd ed.)',
  'general-approaches': 'MTUS guideline (ACOEM Practice Guidelines, 2nd ed.)',
  'chronic-pain': 'MTUS guideline (DWC)',
  opioid: 'MTUS guideline (DWC)',
  postsurgical: 'MTUS guideline (DWC)',
  acupuncture: 'MTUS guideline (DWC)',
};

function describeComponent(catalog: Catalog, id: string, year?: string): string | undefined {
  const c = catalog.componentById(id);
  if (!c) return undefined;
  const chapter = c.acoemChapter ? catalog.acoemChapter(c.acoemChapter) : undefined;
  const latest = labelledEditions(c).at(-1);
  const example = year ?? latest?.year ?? '';
  const sections =
    c.sectionList === 'open'
      ? 'Sections: no public source lists them; any section name is accepted.'
      : c.sections.length
        ? `Sections: ${c.sections
            .slice(0, 12)
            .map((s) => s.name)
            .join(' · ')}${c.sections.length > 12 ? ` · … (${c.sections.length} in all)` : ''}`
        : undefined;
  return lines(
    `**${c.name}${year ? ` ${year}` : ''}** — ${KIND_TEXT[c.kind]}`,
    facts([
      ['MTUS section', c.regulation ? `8 CCR §${c.regulation}` : 'not given by the sources'],
      ['Body region', regionLabel(catalog, c.region)],
      ['Procedure family', familyLabel(catalog, c.family)],
      ['ACOEM chapter', chapter ? `Chapter ${chapter.number}, ${chapter.title}` : undefined],
      ['Cited as', c.sectionsExpected ? `"${c.name} ${example}, Section(s): <section>"` : `"${c.name} ${example}" (no sections)`],
    ]),
    `Editions:\n${describeEditions(c, year)}`,
    c.summary,
    sections,
    `Source: \`${c.source}\``,
  );
}

function describeSection(catalog: Catalog, componentId: string, name: string, year?: string): string | undefined {
  const c = catalog.componentById(componentId);
  const s = c ? catalog.sectionOf(c, name) : undefined;
  if (!c || !s) return undefined;
  const chapter = c.acoemChapter ? catalog.acoemChapter(c.acoemChapter) : undefined;
  const pages = [...s.pages, ...(chapter?.pages.filter((p) => p.section === s.name) ?? [])];
  const editions = s.editions ?? yearsOf(c);
  return lines(
    `**${s.name}** — section of ${c.name}${year ? ` ${year}` : ''}`,
    facts([
      ['Procedure family', familyLabel(catalog, s.family ?? c.family)],
      ['Body region', regionLabel(catalog, s.region ?? c.region)],
      ['Edition', editions.join(', ')],
      ['Regulation', c.regulation ? `8 CCR §${c.regulation}` : undefined],
      ['Aliases seen', s.aliases.length ? s.aliases.join(', ') : undefined],
    ]),
    s.summary,
    pages.length ? `Known pages:\n${describePages(pages, year).join('\n')}` : 'Known pages: none recorded',
    `Source: \`${s.source}\``,
  );
}

function describeChapter(catalog: Catalog, number: number): string | undefined {
  const ch = catalog.acoemChapter(number);
  if (!ch) return undefined;
  const component = ch.mtusComponent ? catalog.componentById(ch.mtusComponent) : undefined;
  return lines(
    `**ACOEM Chapter ${ch.number}: ${ch.title}** — ACOEM Practice Guidelines, 2nd ed.`,
    facts([
      ['Body region', regionLabel(catalog, ch.region)],
      [
        'MTUS component',
        component ? `${component.name} ${yearsOf(component).join('/')}${component.regulation ? ` (8 CCR §${component.regulation})` : ''}` : undefined,
      ],
      ['Also written', ch.aliases.length ? ch.aliases.join(', ') : undefined],
    ]),
    ch.pages.length ? `Known pages:\n${describePages(ch.pages).join('\n')}` : 'Known pages: none recorded',
    `Source: \`${ch.source}\``,
  );
}

function describeOdgChapter(catalog: Catalog, id: string): string | undefined {
  const ch = catalog.odgChapterById(id);
  if (!ch) return undefined;
  return lines(
    `**ODG ${ch.name}** — Official Disability Guidelines chapter (cited as "Non-MTUS Citation")`,
    facts([
      ['Body region', regionLabel(catalog, ch.region)],
      ['Also written', ch.aliases.length ? ch.aliases.slice(0, 6).join(' · ') : undefined],
    ]),
    ch.topics.length ? `Topics: ${ch.topics.map((t) => t.name).join(' · ')}` : undefined,
    `Source: \`${ch.source}\``,
  );
}

function describeOdgTopic(catalog: Catalog, chapterId: string, name: string): string | undefined {
  const ch = catalog.odgChapterById(chapterId);
  const topic = ch ? catalog.odgTopic(ch, name) : catalog.odgTopic(undefined, name);
  if (!topic) return undefined;
  return lines(
    `**${topic.name}** — ODG ${ch?.name ?? ''} (Non-MTUS)`.replace(' ODG  ', ' ODG '),
    facts([
      ['Procedure family', familyLabel(catalog, topic.family)],
      ['Body region', regionLabel(catalog, ch?.region)],
      ['Aliases seen', topic.aliases.length ? topic.aliases.join(', ') : undefined],
    ]),
    topic.summary,
    topic.pages.length ? `Known pages:\n${describePages(topic.pages).join('\n')}` : 'Known pages: none recorded',
    'A Non-MTUS citation follows an MTUS citation or the sentence "... based their decision on recommendation(s) outside of the MTUS Guidelines."',
    `Source: \`${topic.source}\``,
  );
}

function describeSource(catalog: Catalog, id: string): string | undefined {
  const s = catalog.otherSources.find((x) => x.id === id);
  if (!s) return undefined;
  return lines(`**${s.name}** — other source, cited as "Decision based on Non-MTUS Citation ${s.name} ..."`, `Source: \`${s.source}\``);
}

export function describeDecision(value: Decision): string {
  return value === 'Upheld'
    ? lines(
        "**Upheld** — the Claims Administrator's denial (or modification) stands: the requested service is **not medically necessary**.",
        'The rationale ends with a sentence such as "... is not medically necessary."',
      )
    : lines(
        '**Overturned** — the denial is reversed: the requested service **is medically necessary** and must be authorized.',
        'The rationale ends with a sentence such as "... is medically necessary."',
      );
}

const SENTENCES: Record<'outside-mtus' | 'no-evidence' | 'non-mtus' | 'mtus', string> = {
  'outside-mtus':
    'The decision rests on guidelines other than the MTUS. At least one "Decision based on Non-MTUS Citation ..." sentence must follow (8 CCR §9792.21.1, the medical evidence search sequence: MTUS first).',
  'no-evidence': 'No guideline was cited for the decision. Nothing follows this sentence on the line.',
  'non-mtus': 'A citation of a guideline outside the MTUS (ODG, ACOEM 3rd ed., ...). It follows an MTUS citation or the outside-of-MTUS sentence.',
  mtus: 'A citation of the MTUS: "Decision based on MTUS <Guideline> <Year>, Section(s): <Section>." ("Low Back Disorders 2020" today, "Low Back Complaints 2004" before December 2017) or "Decision based on MTUS ACOEM Chapter <N> <Title> Page(s): <pages>." (2014). The edition cited must be the one in force on the date of the request.',
};

export function describe(ref: CatalogRef, catalog: Catalog): string | undefined {
  switch (ref.type) {
    case 'component':
      return describeComponent(catalog, ref.id, ref.year);
    case 'section':
      return describeSection(catalog, ref.component, ref.name, ref.year);
    case 'chapter':
      return describeChapter(catalog, ref.number);
    case 'odg-chapter':
      return describeOdgChapter(catalog, ref.id);
    case 'odg-topic':
      return describeOdgTopic(catalog, ref.chapter, ref.name);
    case 'source':
      return describeSource(catalog, ref.id);
    case 'decision':
      return describeDecision(ref.value);
    case 'sentence':
      return SENTENCES[ref.sentence];
    case 'heading': {
      const h = headingDefinition(ref.id);
      const order = ['how-made', 'case-summary', 'issues'].indexOf(ref.id) + 1;
      return lines(`**${h.canonical}** — section ${order} of 3 of a determination`, h.aliases.length ? `Older layouts: ${h.aliases.join(', ')}` : undefined);
    }
    case 'label':
      return LABEL_DOCS[ref.paragraph];
  }
}

const LABEL_DOCS: Record<ParagraphKind, string> = {
  'claims-administrator':
    'What the Claims Administrator (utilization review) cited: an MTUS citation, the outside-of-MTUS sentence with Non-MTUS citations, or "The Claims Administrator did not cite any medical evidence for its decision."',
  maximus:
    'What the expert reviewer cited: an MTUS citation, the outside-of-MTUS sentence with Non-MTUS citations, or "The Expert Reviewer did not cite any medical evidence for its decision."',
  rationale:
    'Why the item was decided so; the last sentence states the conclusion ("... is not medically necessary." for Upheld, "... is medically necessary." for Overturned).',
};

/** A date read in full, with what the letter wrote. */
export function describeDate(date: LetterDate): string {
  if (!date.valid) {
    const monthName = MONTHS[date.month - 1];
    const why = monthName ? `${monthName} ${date.year} has no day ${date.day}` : `there is no month ${date.month}`;
    return `**Not a real date**: "${date.text}" — ${why}.`;
  }
  const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  const twoDigit = /[/-]\d{2}$/.test(date.text) ? ` (two-digit year read as ${date.year})` : '';
  return `**${weekday}, ${MONTHS[date.month - 1]} ${date.day}, ${date.year}**${twoDigit}`;
}
