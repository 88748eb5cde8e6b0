/**
 * Editor features (completion, hover, code actions, symbols, folding, navigation, formatting):
 * each reads the analysis of the document's current version from the store and answers in
 * protocol types. One file per feature; the language logic lives in the core.
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentStore } from '../documentStore';
import { codeActionKinds, provideCodeActions } from './codeActions';
import { completionTriggerCharacters, provideCompletion, resolveCompletion } from './completion';
import type { FeatureContext } from './context';
import { provideFoldingRanges } from './folding';
import { provideFormatting, provideRangeFormatting } from './formatting';
import { provideHover } from './hover';
import { provideDefinition, provideDocumentHighlights } from './navigation';
import { provideDocumentSymbols } from './symbols';

let clientCapabilities: ClientCapabilities = {};

/** Called from the initialize handler: what the editor supports (snippets, markdown, versioned edits...). */
export function setClientCapabilities(capabilities: ClientCapabilities): void {
  clientCapabilities = capabilities ?? {};
}

function register(connection: Connection, documents: TextDocuments<TextDocument>, store: DocumentStore): void {
  const context: FeatureContext = {
    connection,
    documents,
    store,
    get client() {
      return clientCapabilities;
    },
  };
  connection.onCompletion((params) => provideCompletion(context, params));
  connection.onCompletionResolve((item) => resolveCompletion(context, item));
  connection.onHover((params) => provideHover(context, params));
  connection.onCodeAction((params) => provideCodeActions(context, params));
  connection.onDocumentSymbol((params) => provideDocumentSymbols(context, params));
  connection.onFoldingRanges((params) => provideFoldingRanges(context, params));
  connection.onDefinition((params) => provideDefinition(context, params));
  connection.onDocumentHighlight((params) => provideDocumentHighlights(context, params));
  connection.onDocumentFormatting((params) => provideFormatting(context, params));
  connection.onDocumentRangeFormatting((params) => provideRangeFormatting(context, params));
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
