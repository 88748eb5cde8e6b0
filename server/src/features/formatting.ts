/** textDocument/formatting and textDocument/rangeFormatting over the core formatter. */
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { formatLetter, formatRange } from '../core/format/formatLetter';
import { analysisFor, guarded, type FeatureContext } from './context';

export function provideFormatting(context: FeatureContext, params: DocumentFormattingParams): TextEdit[] | null {
  return guarded(context, 'formatting', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const model = found.analysis.model;
    return formatLetter(model).changes.map((c) => ({ range: model.lines.rangeOf(c.span), newText: c.newText }));
  });
}

export function provideRangeFormatting(context: FeatureContext, params: DocumentRangeFormattingParams): TextEdit[] | null {
  return guarded(context, 'rangeFormatting', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const model = found.analysis.model;
    const span = { start: model.lines.offsetAt(params.range.start), end: model.lines.offsetAt(params.range.end) };
    return formatRange(model, span).map((c) => ({ range: model.lines.rangeOf(c.span), newText: c.newText }));
  });
}
