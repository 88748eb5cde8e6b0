/**
 * The citation that governs a request, as a replacement for a cited section, page or ODG topic
 * of the wrong procedure family (the fix of procedure-guideline-mismatch): the best entry of the
 * request's family in the same component, chapter or ODG chapter, ranked as completion ranks it.
 * Only the cited part is replaced, so the rest of the sentence stays as the reviewer wrote it.
 */
import type { Catalog } from '../catalog/catalog';
import type { Fix } from '../findings';
import type { GuidelineLine } from '../model';
import type { Span } from '../text/span';
import { odgChapterWritten } from '../catalog/catalogText';
import { odgTopicScore, profileOf, rankBy, sectionScore } from './relevance';

function same(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function governingFix(line: GuidelineLine, cited: Span, request: string, catalog: Catalog): Fix | undefined {
  const profile = profileOf(request, catalog);
  if (profile.families.size === 0) return undefined;
  const governs = (family: string | undefined) => family !== undefined && profile.families.has(family);
  for (const statement of line.statements) {
    if (!within(cited, statement.span)) continue;
    if (statement.kind === 'mtus') {
      for (const ref of statement.components) {
        const component = ref.componentId ? catalog.componentById(ref.componentId) : undefined;
        const section = ref.sections.find((s) => same(s.span, cited));
        if (component && section) {
          const year = ref.year?.text;
          const candidates = component.sections.filter((s) => governs(s.family) && (!year || !s.editions || s.editions.includes(year)));
          const best = rankBy(candidates, (s) => sectionScore(component, s, profile, catalog))[0];
          if (best)
            return {
              title: `Cite "${best.name}" (${component.name}${year ? ` ${year}` : ''})`,
              changes: [{ span: section.span, newText: best.name }],
              safe: false,
            };
        }
        if (ref.pages && within(cited, ref.pages.span)) {
          const chapter = ref.chapter
            ? catalog.acoemChapter(ref.chapter.number)
            : component?.acoemChapter
              ? catalog.acoemChapter(component.acoemChapter)
              : undefined;
          const page = chapter?.pages.find((p) => governs(p.family) && p.confirmed);
          if (chapter && page)
            return {
              title: `Cite page ${page.page} (${page.topic ?? `ACOEM Chapter ${chapter.number}`})`,
              changes: [{ span: ref.pages.span, newText: page.page }],
              safe: false,
            };
        }
      }
    } else if (statement.kind === 'non-mtus' && statement.odg?.topic && within(cited, statement.odg.topic.span)) {
      const odg = statement.odg;
      const chapter = odg.chapter?.chapterId ? catalog.odgChapterById(odg.chapter.chapterId) : undefined;
      const topic = odg.topic!;
      const end = odg.pages && odg.pages.span.start >= topic.span.end ? odg.pages.span.end : topic.span.end;
      const own = chapter
        ? rankBy(
            chapter.topics.filter((t) => governs(t.family)),
            (t) => odgTopicScore(chapter, t, profile, catalog),
          )[0]
        : undefined;
      if (chapter && own)
        return {
          title: `Cite ODG ${odgChapterWritten(chapter)}, "${own.name}"`,
          changes: [{ span: { start: topic.span.start, end }, newText: own.name }],
          safe: false,
        };
    }
  }
  return undefined;
}
