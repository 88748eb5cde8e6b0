/** textDocument/hover: the core's description of what is under the cursor. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../core/describe/hoverAt';
import { analysisFor, guarded, type FeatureContext } from './context';

export function provideHover(context: FeatureContext, params: HoverParams): Hover | null {
  return guarded(context, 'hover', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const model = found.analysis.model;
    const result = hoverAt(model, found.catalog, model.lines.offsetAt(params.position));
    if (!result) return null;
    const formats = context.client.textDocument?.hover?.contentFormat;
    const markdown = formats === undefined || formats.includes(MarkupKind.Markdown);
    return {
      contents: markdown ? { kind: MarkupKind.Markdown, value: result.markdown } : { kind: MarkupKind.PlainText, value: result.markdown.replace(/[*`]/g, '') },
      range: model.lines.rangeOf(result.span),
    };
  });
}
