/**
 * textDocument/completion and completionItem/resolve: the core's ranked candidates as LSP items.
 * The list is light; the documentation (catalog facts, pages with their "unconfirmed" marks) is
 * added on resolve.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type Range,
} from 'vscode-languageserver/node';
import { completionsAt, type Candidate, type CandidateKind } from '../core/complete/completions';
import { expandSnippet } from '../core/complete/snippet';
import { describe, type CatalogRef } from '../core/describe/describe';
import { analysisFor, guarded, type FeatureContext } from './context';

const KIND: Record<CandidateKind, CompletionItemKind> = {
  citation: CompletionItemKind.Reference,
  sentence: CompletionItemKind.Text,
  keyword: CompletionItemKind.Keyword,
  component: CompletionItemKind.Module,
  chapter: CompletionItemKind.Module,
  section: CompletionItemKind.Field,
  'odg-topic': CompletionItemKind.Reference,
  'odg-chapter': CompletionItemKind.Folder,
  source: CompletionItemKind.Reference,
  decision: CompletionItemKind.EnumMember,
  heading: CompletionItemKind.Keyword,
  label: CompletionItemKind.Property,
  block: CompletionItemKind.Snippet,
};

export interface CompletionData {
  readonly uri: string;
  readonly version: number;
  readonly ref?: CatalogRef;
}

export const completionTriggerCharacters = [' ', ':', ','];

function toItem(context: FeatureContext, candidate: Candidate, index: number, range: Range, data: CompletionData): CompletionItem {
  const snippets = context.client.textDocument?.completion?.completionItem?.snippetSupport === true;
  const useSnippet = candidate.snippet && snippets;
  const newText = candidate.snippet && !snippets ? expandSnippet(candidate.insertText) : candidate.insertText;
  const item: CompletionItem = {
    label: candidate.label,
    kind: KIND[candidate.kind],
    detail: candidate.detail,
    sortText: String(index).padStart(4, '0'),
    filterText: candidate.filterText,
    insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range, newText },
    data: { ...data, ref: candidate.ref },
  };
  if (index === 0) item.preselect = true;
  if (candidate.deprecated) item.tags = [CompletionItemTag.Deprecated];
  if (candidate.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}

export function provideCompletion(context: FeatureContext, params: CompletionParams): CompletionList | null {
  return guarded(context, 'completion', null, () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return null;
    const { document, analysis } = found;
    const model = analysis.model;
    const offset = model.lines.offsetAt(params.position);
    const result = completionsAt(model, found.catalog, offset);
    const data: CompletionData = { uri: document.uri, version: document.version };
    return {
      isIncomplete: false,
      items: result.candidates.map((c, i) => toItem(context, c, i, model.lines.rangeOf(c.replace), data)),
    };
  });
}

export function resolveCompletion(context: FeatureContext, item: CompletionItem): CompletionItem {
  return guarded(context, 'completionItem/resolve', item, () => {
    const data = item.data as CompletionData | undefined;
    if (!data?.ref || item.documentation) return item;
    const document = context.documents.get(data.uri);
    const markdown = describe(data.ref, document ? context.store.catalogOf(document) : context.store.currentCatalog);
    if (!markdown) return item;
    const formats = context.client.textDocument?.completion?.completionItem?.documentationFormat;
    const supportsMarkdown = formats === undefined || formats.includes(MarkupKind.Markdown);
    return {
      ...item,
      documentation: supportsMarkdown ? { kind: MarkupKind.Markdown, value: markdown } : { kind: MarkupKind.PlainText, value: markdown.replace(/[*`]/g, '') },
    };
  });
}
