/**
 * The framework's floor: a vscode-languageserver with incremental sync that publishes an empty
 * diagnostic list on every change and answers completion and hover with nothing. The benchmark
 * reports the real server's figures as ratios to this one's.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    completionProvider: { triggerCharacters: [' ', ':'] },
    hoverProvider: true,
  },
}));
documents.onDidChangeContent((event) => {
  void connection.sendDiagnostics({ uri: event.document.uri, version: event.document.version, diagnostics: [] });
});
connection.onCompletion(() => []);
connection.onHover(() => null);
documents.listen(connection);
connection.listen();
