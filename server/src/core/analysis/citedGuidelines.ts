/**
 * What a guideline paragraph cites, resolved against the catalog: for each cited component,
 * section, chapter page or ODG topic, the procedure family it governs and the body region it
 * belongs to. Read by the clinical rules and by hover.
 */
import type { Catalog } from '../catalog/catalog';
import type { GuidelineLine } from '../model';
import type { Span } from '../text/span';

export interface CitedGuideline {
  /** What is cited: a guideline as a whole (an MTUS component or ACOEM chapter, an ODG chapter) or a part of one. */
  readonly kind: 'chapter' | 'section' | 'page' | 'odg-topic';
  /** Where the citation names it. */
  readonly span: Span;
  /** How to name it in a message ("ODG Low Back, Facet Joint Diagnostic Blocks"). */
  readonly label: string;
  readonly family?: string;
  readonly region?: string;
}

export function citedGuidelines(line: GuidelineLine | undefined, catalog: Catalog): CitedGuideline[] {
  if (!line) return [];
  const cited: CitedGuideline[] = [];
  for (const statement of line.statements) {
    if (statement.kind === 'mtus') {
      for (const ref of statement.components) {
        const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
        const chapter = ref.chapter ? catalog.acoemChapter(ref.chapter.number) : undefined;
        const region = component?.region ?? chapter?.region;
        const name = component ? `${component.name}${ref.year ? ` ${ref.year.text}` : ''}` : ref.name.text;
        cited.push({
          kind: 'chapter',
          span: ref.chapter?.title?.span ?? ref.name.span,
          label: chapter ? `ACOEM Chapter ${chapter.number} ${chapter.title}` : name,
          family: component?.family,
          region,
        });
        for (const section of ref.sections) {
          const entry = component && section.catalogName ? catalog.sectionOf(component, section.catalogName) : undefined;
          cited.push({
            kind: 'section',
            span: section.span,
            label: `${name}, ${entry?.name ?? section.text}`,
            family: entry?.family,
            region: entry?.region ?? region,
          });
        }
        if (ref.pages) {
          const facts = [...catalog.pageFacts(chapter?.pages ?? [], ref.pages.text)];
          for (const fact of facts) {
            if (fact.edition && ref.year && fact.edition !== ref.year.text) continue;
            cited.push({
              kind: 'page',
              span: ref.pages.span,
              label: `${chapter ? `ACOEM Chapter ${chapter.number}` : name}, page ${fact.page}${fact.topic ? ` (${fact.topic})` : ''}`,
              family: fact.family,
              region,
            });
          }
        }
      }
    } else if (statement.kind === 'non-mtus' && statement.odg) {
      const { chapter, topic } = statement.odg;
      const chapterEntry = chapter?.chapterId ? catalog.odgChapterById(chapter.chapterId) : undefined;
      const topicEntry = topic ? catalog.odgTopic(chapterEntry, topic.text) : undefined;
      const region = chapterEntry?.region;
      if (chapter) cited.push({ kind: 'chapter', span: chapter.span, label: `ODG ${chapterEntry?.name ?? chapter.text}`, region });
      if (topic) {
        // An uncatalogued topic still names its family when its words are a family's request words.
        const family = topicEntry?.family ?? familyByWords(topic.text, catalog);
        cited.push({ kind: 'odg-topic', span: topic.span, label: `ODG ${chapter ? `${chapter.text}, ` : ''}${topic.text}`, family, region });
      }
    }
  }
  return cited;
}

function familyByWords(text: string, catalog: Catalog): string | undefined {
  const families = catalog.familiesOfTitle(text);
  return families.length === 1 ? families[0].id : undefined;
}
