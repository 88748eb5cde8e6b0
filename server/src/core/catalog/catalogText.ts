/** Catalog entries written the way letters write them. */
import type { OdgChapter } from './schema';

/** The shortest way letters name an ODG chapter that the parser reads back as that chapter. */
export function odgChapterWritten(chapter: OdgChapter): string {
  let written = writtenCache.get(chapter);
  if (written === undefined) {
    const names = [chapter.name, ...chapter.aliases].filter((n) => !/\b(chapter|section|online|version)\b/i.test(n));
    written = names.sort((a, b) => a.length - b.length)[0] ?? chapter.name;
    writtenCache.set(chapter, written);
  }
  return written;
}

const writtenCache = new WeakMap<OdgChapter, string>();
