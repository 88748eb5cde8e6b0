/** textDocument/foldingRange: the header table, each section, each disputed item. */
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver/node';
import type { LetterModel } from '../core/model';
import { analysisFor, guarded, type FeatureContext } from './context';

/** The last line of a span that has text on it. */
function lastWrittenLine(model: LetterModel, start: number, end: number): number {
  let line = model.lines.lineAt(Math.max(start, end)).number;
  const first = model.lines.lineAt(start).number;
  while (line > first && model.lines.textOf(line).trim() === '') line--;
  return line;
}

export function foldingRanges(model: LetterModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (model.header.length > 0) {
    const first = Math.min(...model.header.map((f) => model.lines.lineAt(f.labelSpan.start).number));
    const firstHeading = model.sections[0] ? model.lines.lineAt(model.sections[0].headingSpan.start).number : model.lines.count;
    const lastField = Math.max(...model.header.map((f) => model.lines.lineAt(f.valueSpan.end).number));
    let last = lastField;
    // The table's broken label ("Application" / "Received:") continues on the next line.
    while (last + 1 < firstHeading && model.lines.textOf(last + 1).trim() !== '') last++;
    add(first, last, FoldingRangeKind.Region);
  }
  for (const section of model.sections) {
    const start = model.lines.lineAt(section.headingSpan.start).number;
    add(start, lastWrittenLine(model, section.headingSpan.start, section.bodySpan.end), FoldingRangeKind.Region);
  }
  for (const item of model.items) {
    add(model.lines.lineAt(item.span.start).number, lastWrittenLine(model, item.span.start, item.span.end));
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

export function provideFoldingRanges(context: FeatureContext, params: FoldingRangeParams): FoldingRange[] {
  return guarded(context, 'foldingRange', [] as FoldingRange[], () => {
    const found = analysisFor(context, params.textDocument.uri);
    return found ? foldingRanges(found.analysis.model) : [];
  });
}
