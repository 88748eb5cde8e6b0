/**
 * The framework's floor: a vscode-languageserver with incremental sync that publishes an empty
 * diagnostic list on every change and answers completion and hover with nothing. The benchmark
 * reports the real server's figures as ratios to this one's.
 *
 * Given `initializationOptions.publish` (diagnostics by document URI), it publishes those instead
 * of an empty list: the floor of an edit that must send the same diagnostics as the real server.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let published = new Map<string, Diagnostic[]>();

/** The diagnostics to publish, by URI; anything but an object of arrays publishes nothing. */
function readPublish(options: unknown): Map<string, Diagnostic[]> {
  const publish = (options as { publish?: unknown } | null)?.publish;
  if (typeof publish !== 'object' || publish === null) return new Map();
  return new Map(Object.entries(publish).filter((entry): entry is [string, Diagnostic[]] => Array.isArray(entry[1])));
}

connection.onInitialize((params) => {
  published = readPublish(params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':'] },
      hoverProvider: true,
    },
  };
});
documents.onDidChangeContent((event) => {
  const uri = event.document.uri;
  void connection.sendDiagnostics({ uri, version: event.document.version, diagnostics: published.get(uri) ?? [] });
});
connection.onCompletion(() => []);
connection.onHover(() => null);
documents.listen(connection);
connection.listen();
