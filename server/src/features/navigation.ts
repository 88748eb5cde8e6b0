/**
 * textDocument/definition (from an item's closing sentence to its title) and
 * textDocument/documentHighlight (every place the letter names the same request).
 */
import { DocumentHighlightKind, type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location } from 'vscode-languageserver/node';
import { definitionAt, itemNamedAt, requestOccurrences } from '../core/navigate/requests';
import { analysisFor, guarded, type FeatureContext } from './context';

export function provideDefinition(context: FeatureContext, params: DefinitionParams): Location | null {
  return guarded(context, 'definition', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const model = found.analysis.model;
    const target = definitionAt(model, model.lines.offsetAt(params.position));
    return target ? { uri: found.document.uri, range: model.lines.rangeOf(target) } : null;
  });
}

export function provideDocumentHighlights(context: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] | null {
  return guarded(context, 'documentHighlight', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const model = found.analysis.model;
    const item = itemNamedAt(model, model.lines.offsetAt(params.position));
    if (!item) return null;
    return requestOccurrences(model, item).map((o) => ({
      range: model.lines.rangeOf(o.span),
      kind: o.isTitle ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  });
}
