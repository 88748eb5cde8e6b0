/**
 * Editor features (completion, hover, code actions, symbols, folding, navigation, formatting):
 * each reads the analysis of the document's current version from the store and answers in
 * protocol types. One file per feature; the language logic lives in the core.
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from '../workspace/workspace';
import { unlessCancelled } from './cancellation';
import { codeActionKinds, provideCodeActions } from './codeActions';
import { completionTriggerCharacters, provideCompletion, resolveCompletion } from './completion';
import type { FeatureContext } from './context';
import { provideFoldingRanges } from './folding';
import { provideFormatting, provideRangeFormatting } from './formatting';
import { provideHover } from './hover';
import { provideDefinition, provideDocumentHighlights } from './navigation';
import { provideDocumentSymbols } from './symbols';

let clientCapabilities: ClientCapabilities = {};

/** The document a request is about; undefined for malformed parameters (the feature then answers its fallback). */
function uriOf(params: { readonly textDocument?: { readonly uri?: unknown } } | undefined): string | undefined {
  const uri = params?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** Called from the initialize handler: what the editor supports (snippets, markdown, versioned edits...). */
export function setClientCapabilities(capabilities: ClientCapabilities): void {
  clientCapabilities = capabilities ?? {};
}

function register(connection: Connection, documents: TextDocuments<TextDocument>, store: Workspace): void {
  const context: FeatureContext = {
    connection,
    documents,
    store,
    get client() {
      return clientCapabilities;
    },
  };
  // The outline and formatting always give a cancellation its chance; the others on a large letter.
  connection.onCompletion((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideCompletion(context, params)));
  connection.onCompletionResolve((item) => resolveCompletion(context, item));
  connection.onHover((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideHover(context, params)));
  connection.onCodeAction((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideCodeActions(context, params)));
  connection.onDocumentSymbol((params, token) => unlessCancelled(context, token, uriOf(params), true, () => provideDocumentSymbols(context, params)));
  connection.onFoldingRanges((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideFoldingRanges(context, params)));
  connection.onDefinition((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideDefinition(context, params)));
  connection.onDocumentHighlight((params, token) => unlessCancelled(context, token, uriOf(params), false, () => provideDocumentHighlights(context, params)));
  connection.onDocumentFormatting((params, token) => unlessCancelled(context, token, uriOf(params), true, () => provideFormatting(context, params)));
  connection.onDocumentRangeFormatting((params, token) => unlessCancelled(context, token, uriOf(params), true, () => provideRangeFormatting(context, params)));
}

const capabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: true },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds, resolveProvider: false },
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  definitionProvider: true,
  documentHighlightProvider: true,
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};

export const registerFeatures = Object.assign(register, { capabilities, setClientCapabilities });
