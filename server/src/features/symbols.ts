/**
 * textDocument/documentSymbol: the three sections, and under the issues section each disputed
 * item with its decision as the detail. Flat SymbolInformation for clients without hierarchy.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver/node';
import type { LetterModel } from '../core/model';
import { headingDefinition } from '../core/parse/sections';
import type { Span } from '../core/text/span';
import { analysisFor, guarded, type FeatureContext } from './context';

/** The span without its trailing white space (a range that ends on the last written line). */
function trimmed(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}

export function documentSymbols(model: LetterModel): DocumentSymbol[] {
  const lines = model.lines;
  const itemSymbol = (item: LetterModel['items'][number]): DocumentSymbol => ({
    name: item.title.text || '(untitled item)',
    detail: item.decision ? item.decision.raw : '(no decision)',
    kind: SymbolKind.Event,
    range: lines.rangeOf(item.span),
    selectionRange: lines.rangeOf(item.title.span.end > item.title.span.start ? item.title.span : item.title.lineSpan),
  });
  const symbols: DocumentSymbol[] = [];
  const placed = new Set<number>();
  model.sections.forEach((section) => {
    const range = trimmed(model.text, { start: section.headingSpan.start, end: Math.max(section.bodySpan.end, section.headingSpan.end) });
    const children =
      section.id === 'issues'
        ? model.items
            .filter(
              (item) => item.title.lineSpan.start >= section.headingSpan.end && item.title.lineSpan.start < section.bodySpan.end && !placed.has(item.index),
            )
            .map((item) => {
              placed.add(item.index);
              return itemSymbol(item);
            })
        : [];
    symbols.push({
      name: section.headingText || headingDefinition(section.id).canonical,
      detail: section.id === 'issues' ? `${children.length} item${children.length === 1 ? '' : 's'}` : undefined,
      kind: SymbolKind.Namespace,
      range: lines.rangeOf(range),
      selectionRange: lines.rangeOf(section.headingSpan),
      children,
    });
  });
  // Items outside an issues section (the heading is missing) are listed at the top level.
  for (const item of model.items) if (!placed.has(item.index)) symbols.push(itemSymbol(item));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function flatten(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}

export function provideDocumentSymbols(context: FeatureContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  return guarded(context, 'documentSymbol', [] as DocumentSymbol[], () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return [];
    const symbols = documentSymbols(found.analysis.model);
    return context.client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === false ? flatten(found.document.uri, symbols) : symbols;
  });
}
