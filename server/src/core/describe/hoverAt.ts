/**
 * What is under the cursor and what to say about it: a citation's component, year, chapter,
 * section, pages or ODG topic (the catalog entry), a decision value (what it means), a date (read
 * in full), a heading or label, an item's title (the request's family and region and the
 * guidelines that govern it). Protocol-free; the hover feature wraps it.
 */
import type { Catalog } from '../catalog/catalog';
import { patternFlags } from '../catalog/schema';
import type { LetterModel, MtusCitation, NonMtusCitation } from '../model';
import { findDates } from '../parse/dates';
import { profileOf, rankBy, sectionScore } from '../analysis/relevance';
import type { Span } from '../text/span';
import { describe, describeDate, describeDecision, describePages } from './describe';

export interface HoverResult {
  readonly span: Span;
  readonly markdown: string;
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end + (span.end === span.start ? 1 : 0);
}

/** Includes the end offset too (the cursor just after a word still hovers it). */
function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function hoverMtus(statement: MtusCitation, catalog: Catalog, offset: number): HoverResult | undefined {
  for (const ref of statement.components) {
    const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
    const year = ref.year?.text;
    if (ref.chapter) {
      const title = ref.chapter.title;
      if (inside(ref.name.span, offset) || (title && inside(title.span, offset))) {
        const markdown = describe({ type: 'chapter', number: ref.chapter.number }, catalog);
        const span = title && inside(title.span, offset) ? title.span : ref.name.span;
        return { span, markdown: markdown ?? `ACOEM Chapter ${ref.chapter.number} is not in the catalog.` };
      }
    } else if (inside(ref.name.span, offset) || (ref.year && inside(ref.year.span, offset))) {
      const span = ref.year && inside(ref.year.span, offset) ? ref.year.span : ref.name.span;
      const markdown = component ? describe({ type: 'component', id: component.id, year }, catalog) : undefined;
      return { span, markdown: markdown ?? `"${ref.name.text}" is not an MTUS component in the catalog.` };
    }
    for (const section of ref.sections) {
      if (!inside(section.span, offset)) continue;
      const markdown =
        component && section.catalogName ? describe({ type: 'section', component: component.id, name: section.catalogName, year }, catalog) : undefined;
      const unknown =
        component?.sectionList === 'open'
          ? `**${section.text}**: a section of ${component.name}, whose section names no public source lists; it is not checked.`
          : `"${section.text}" is not a section of ${component?.name ?? 'this component'} in the catalog.`;
      return { span: section.span, markdown: markdown ?? unknown };
    }
    if (ref.pages && inside(ref.pages.span, offset)) {
      const chapter = ref.chapter
        ? catalog.acoemChapter(ref.chapter.number)
        : component?.acoemChapter
          ? catalog.acoemChapter(component.acoemChapter)
          : undefined;
      const sectionPages = component ? ref.sections.flatMap((s) => (s.catalogName ? (catalog.sectionOf(component, s.catalogName)?.pages ?? []) : [])) : [];
      const known = catalog.pageFacts([...(chapter?.pages ?? []), ...sectionPages], ref.pages.text);
      const where = chapter ? `ACOEM Chapter ${chapter.number}` : (component?.name ?? ref.name.text);
      return {
        span: ref.pages.span,
        markdown: known.length
          ? `**Page(s) ${ref.pages.text}** of ${where}\n\n${describePages(known, year).join('\n')}`
          : `**Page(s) ${ref.pages.text}** of ${where}: no page facts recorded in the catalog.`,
      };
    }
  }
  return undefined;
}

function hoverNonMtus(statement: NonMtusCitation, catalog: Catalog, offset: number): HoverResult | undefined {
  const odg = statement.odg;
  const chapterId = odg?.chapter?.chapterId;
  if (odg?.topic && inside(odg.topic.span, offset)) {
    const markdown = odg.topic.catalogName ? describe({ type: 'odg-topic', chapter: chapterId ?? '', name: odg.topic.catalogName }, catalog) : undefined;
    return { span: odg.topic.span, markdown: markdown ?? `"${odg.topic.text}": an ODG topic not in the catalog.` };
  }
  if (odg?.chapter && inside(odg.chapter.span, offset)) {
    const markdown = chapterId ? describe({ type: 'odg-chapter', id: chapterId }, catalog) : undefined;
    return { span: odg.chapter.span, markdown: markdown ?? `"${odg.chapter.text}": an ODG chapter not in the catalog.` };
  }
  if (odg?.pages && inside(odg.pages.span, offset)) {
    const chapter = chapterId ? catalog.odgChapterById(chapterId) : undefined;
    const topic = odg.topic?.catalogName ? catalog.odgTopic(chapter, odg.topic.catalogName) : undefined;
    const known = topic ? catalog.pageFacts(topic.pages, odg.pages.text) : [];
    return {
      span: odg.pages.span,
      markdown: known.length
        ? `**pages ${odg.pages.text}**\n\n${describePages(known).join('\n')}`
        : `**pages ${odg.pages.text}**: no page facts recorded in the catalog.`,
    };
  }
  if (inside(statement.body.span, offset)) {
    const source = catalog.otherSources.find((s) => new RegExp(s.pattern, patternFlags([s.pattern])).test(statement.body.text));
    if (source) return { span: statement.body.span, markdown: describe({ type: 'source', id: source.id }, catalog) ?? source.name };
  }
  if (inside(statement.span, offset)) return { span: statement.span, markdown: describe({ type: 'sentence', sentence: 'non-mtus' }, catalog)! };
  return undefined;
}

function hoverTitle(model: LetterModel, catalog: Catalog, offset: number): HoverResult | undefined {
  const item = model.items.find((i) => inside(i.title.span, offset));
  if (!item) return undefined;
  const profile = profileOf(item.title.request, catalog);
  const families = [...profile.families].map((id) => catalog.family(id)?.label ?? id);
  const regions = catalog.regionsOfTitle(item.title.request).map((r) => r.label);
  const lines = [`**Request:** ${item.title.request}`];
  if (item.title.modified)
    lines.push(
      `Modified request: original "${item.title.modified.original}"${item.title.modified.authorized ? `, authorized "${item.title.modified.authorized}"` : ''}.`,
    );
  lines.push(
    `Procedure family: ${families.length ? families.join(', ') : 'not recognised'}  \nBody region: ${regions.length ? regions.join(', ') : 'not named'}`,
  );
  if (profile.families.size > 0 || profile.regions.size > 0) {
    const pairs = catalog.components.flatMap((c) => c.sections.map((s) => ({ c, s })));
    const best = rankBy(pairs, ({ c, s }) => sectionScore(c, s, profile, catalog)).slice(0, 3);
    if (best.length) lines.push(`Most relevant MTUS sections: ${best.map(({ c, s }) => `${c.name} — ${s.name}`).join(' · ')}`);
  }
  if (item.decision?.value) lines.push(`Decision: ${item.decision.value}`);
  return { span: item.title.span, markdown: lines.join('\n\n') };
}

/** The hover at an offset, or undefined. */
export function hoverAt(model: LetterModel, catalog: Catalog, offset: number): HoverResult | undefined {
  for (const item of model.items) {
    if (item.decision && touches(item.decision.span, offset)) {
      const value = item.decision.value;
      return {
        span: item.decision.span,
        markdown: value
          ? describeDecision(value)
          : `**"${item.decision.raw}"** is not a decision value. A determination uses **Upheld** (the denial stands) or **Overturned** (the denial is reversed).`,
      };
    }
    for (const line of [item.claimsAdministrator, item.maximus]) {
      if (!line || offset < line.span.start || offset > line.span.end) continue;
      if (inside(line.labelSpan, offset)) {
        return { span: line.labelSpan, markdown: describe({ type: 'label', paragraph: line.source }, catalog)! };
      }
      for (const statement of line.statements) {
        if (!inside(statement.span, offset) && !touches(statement.span, offset)) continue;
        const found =
          statement.kind === 'mtus'
            ? hoverMtus(statement, catalog, offset)
            : statement.kind === 'non-mtus'
              ? hoverNonMtus(statement, catalog, offset)
              : statement.kind === 'outside-mtus' || statement.kind === 'no-evidence'
                ? { span: statement.span, markdown: describe({ type: 'sentence', sentence: statement.kind }, catalog)! }
                : undefined;
        if (found) return found;
      }
    }
    if (item.rationale && inside(item.rationale.labelSpan, offset)) {
      return { span: item.rationale.labelSpan, markdown: describe({ type: 'label', paragraph: 'rationale' }, catalog)! };
    }
  }

  for (const field of model.header) {
    if (field.date && touches(field.valueSpan, offset)) return { span: field.valueSpan, markdown: `${field.label}: ${describeDate(field.date)}` };
  }
  const line = model.lines.lineAt(offset);
  for (const date of findDates(line.text, line.start)) {
    if (touches(date.span, offset)) return { span: date.span, markdown: describeDate(date) };
  }

  for (const section of model.sections) {
    if (inside(section.headingSpan, offset)) return { span: section.headingSpan, markdown: describe({ type: 'heading', id: section.id }, catalog)! };
  }
  return hoverTitle(model, catalog, offset);
}
