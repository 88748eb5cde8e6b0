import type { Catalog } from '../catalog/catalog';
import type { Layout, LetterModel, Section } from '../model';
import { LineIndex } from '../text/lineIndex';
import { parseHeader } from './header';
import { editWindow } from '../text/editWindow';
import { parseItems, type ItemLines } from './items';
import { lineFacts, type LineFacts } from './lineFacts';
import { parseSections } from './sections';

/** The catalog each model was parsed with (a previous model parsed with another one is not reused) and the facts of its lines. */
const parsed = new WeakMap<LetterModel, { readonly catalog: Catalog; readonly facts: LineFacts }>();

/**
 * Builds the document model of a letter. Never throws; any text gives a model. Given the model
 * of the previous version, the lines and items the edit did not touch are kept (or moved) rather
 * than split and parsed again.
 */
export function parseLetter(text: string, catalog: Catalog, previous?: LetterModel): LetterModel {
  const before = previous && parsed.get(previous);
  const reusable = before && before.catalog === catalog ? previous : undefined;
  const window = reusable && editWindow(reusable.text, text);
  // Which lines the edit left as they were, found once: the lines, their facts and the items read it.
  const untouched = reusable && window ? LineIndex.untouched(reusable.lines, window) : undefined;
  const lines = reusable && window ? LineIndex.edited(reusable.lines, text, window, untouched) : new LineIndex(text);
  const facts = lineFacts(lines, reusable && before ? { lines: reusable.lines, facts: before.facts, untouched } : undefined);
  const sections = parseSections(lines, facts, text.length);
  const firstHeading = headerLineCount(lines, sections);
  // The header table is kept when its lines end before the edit (their text, break and the character after it).
  const headerKept =
    reusable &&
    window &&
    headerLineCount(reusable.lines, reusable.sections) === firstHeading &&
    (firstHeading === 0 || lines.endOf(firstHeading - 1) + 2 <= window.prefix);
  const header = headerKept ? reusable.header : parseHeader(lines.slice(0, firstHeading));
  const items = parseItems(
    lines,
    itemLines(lines, sections),
    facts,
    text,
    catalog,
    reusable && window && untouched
      ? { items: reusable.items, window, length: reusable.text.length, lines: { ...untouched, lineShift: lines.count - reusable.lines.count } }
      : undefined,
  );
  const model: LetterModel = { text, lines, layout: detectLayout(text, header.length > 0, sections), header, sections, items };
  parsed.set(model, { catalog, facts });
  return model;
}

/** How many lines the header table may take: those before the first heading (the first eight without one). */
function headerLineCount(lines: LineIndex, sections: readonly Section[]): number {
  return sections[0] ? lines.indexAt(sections[0].headingSpan.start) : Math.min(lines.count, 8);
}

/** The lines to look for items in: the issues section, or the whole letter when that heading is missing. */
function itemLines(lines: LineIndex, sections: readonly Section[]): ItemLines {
  const issues = sections.find((s) => s.id === 'issues');
  // Without the heading, items are still found by their title lines and labels anywhere in the letter.
  if (!issues) return { first: 0, end: lines.count };
  const next = sections.find((s) => s.headingSpan.start > issues.headingSpan.start);
  const end = next ? lines.indexAt(next.headingSpan.start) : lines.count;
  return { first: Math.min(lines.indexAt(issues.bodySpan.start) + 1, end), end };
}

function detectLayout(text: string, hasHeader: boolean, sections: readonly Section[]): Layout {
  if (sections.length === 0 && !hasHeader) return 'unknown';
  if (hasHeader || /The Expert Reviewer has the following credentials/i.test(text)) return '2016';
  if (/Board Certified in/i.test(text) || /Decision based on MTUS ACOEM Chapter/i.test(text)) return '2014';
  return 'unknown';
}
