import type { Catalog } from '../catalog/catalog';
import type { Layout, LetterModel, Section } from '../model';
import { LineIndex, type Line } from '../text/lineIndex';
import { parseHeader } from './header';
import { parseItems, type ItemMemo } from './items';
import { parseSections } from './sections';

const memos = new WeakMap<LetterModel, { catalog: Catalog; items: ItemMemo }>();

/**
 * Builds the document model of a letter. Never throws; any text gives a model. Given the model
 * of the previous version, items whose text did not change are reused rather than parsed again.
 */
export function parseLetter(text: string, catalog: Catalog, previous?: LetterModel): LetterModel {
  const lines = new LineIndex(text);
  const sections = parseSections(lines.lines, text.length);
  const firstHeading = sections[0] ? lines.lineAt(sections[0].headingSpan.start).number : Math.min(lines.lines.length, 8);
  const header = parseHeader(lines.lines.slice(0, firstHeading));
  const before = previous ? memos.get(previous) : undefined;
  const memo: ItemMemo = new Map();
  const items = parseItems(itemLines(lines, sections), text, catalog, before?.catalog === catalog ? before.items : undefined, memo);
  const model: LetterModel = { text, lines, layout: detectLayout(text, header.length > 0, sections), header, sections, items };
  memos.set(model, { catalog, items: memo });
  return model;
}

/** The lines to look for items in: the issues section, or the whole letter when that heading is missing. */
function itemLines(lines: LineIndex, sections: readonly Section[]): readonly Line[] {
  const issues = sections.find((s) => s.id === 'issues');
  // Without the heading, items are still found by their title lines and labels anywhere in the letter.
  if (!issues) return lines.lines;
  const first = lines.lineAt(issues.bodySpan.start).number + 1;
  const next = sections.find((s) => s.headingSpan.start > issues.headingSpan.start);
  const last = next ? lines.lineAt(next.headingSpan.start).number : lines.lines.length;
  return lines.lines.slice(first, last);
}

function detectLayout(text: string, hasHeader: boolean, sections: readonly Section[]): Layout {
  if (sections.length === 0 && !hasHeader) return 'unknown';
  if (hasHeader || /The Expert Reviewer has the following credentials/iu.test(text)) return '2016';
  if (/Board Certified in/iu.test(text) || /Decision based on MTUS ACOEM Chapter/iu.test(text)) return '2014';
  return 'unknown';
}
