import type { Fix } from '../findings';
import { normalizeName } from '../text/similarity';
import { defineRule } from './rule';
import { mtusReferencesOf } from './guidelineLines';

export const chapterTitleMismatch = defineRule({
  id: 'chapter-title-mismatch',
  defaultSeverity: 'error',
  description: 'An ACOEM chapter number is cited with another chapter\'s title ("Chapter 13 Low Back Complaints").',
  tags: ['citation'],
  fixable: true,
  checkItem({ item, catalog, report }) {
    for (const { ref } of mtusReferencesOf(item)) {
      const title = ref.chapter?.title;
      const chapter = ref.chapter ? catalog.acoemChapter(ref.chapter.number) : undefined;
      if (!ref.chapter || !title || !chapter) continue;
      const key = normalizeName(title.text);
      const matches = (names: readonly string[]) => names.some((n) => normalizeName(n) === key);
      if (matches([chapter.title, ...chapter.aliases])) continue;
      const owner = catalog.acoemChapters.find((c) => matches([c.title, ...c.aliases]));
      if (!owner) continue;
      const fixes: Fix[] = [
        { title: `Change the title to "${chapter.title}"`, changes: [{ span: title.span, newText: chapter.title }], safe: false },
        { title: `Change the chapter to ${owner.number}`, changes: [{ span: ref.chapter.numberSpan, newText: String(owner.number) }], safe: false },
      ];
      report({
        message: `ACOEM Chapter ${chapter.number} is "${chapter.title}"; "${owner.title}" is Chapter ${owner.number}.`,
        span: title.span,
        related: [{ span: ref.chapter.numberSpan, message: `chapter number ${ref.chapter.number}` }],
        fixes,
      });
    }
  },
});
