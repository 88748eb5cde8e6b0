/**
 * A language client whose server runs in a Worker it starts itself, a new one at each start: the
 * library's browser client keeps one Worker for its lifetime, so a restart would greet the stopped
 * server again instead of a new one.
 */
import * as vscode from 'vscode';
import {
  BaseLanguageClient,
  BrowserMessageReader,
  BrowserMessageWriter,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/browser';

/**
 * The server's Worker. A script the browser can fetch itself (http, https) is started as it is;
 * one the editor serves under its own scheme (code-server's vscode-remote, for which the extension
 * host refuses to make a Worker) is fetched through the extension host, which resolves that
 * scheme, and started from its text.
 */
async function startWorker(script: vscode.Uri): Promise<Worker> {
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true));
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`cannot load the language server ${script.toString(true)} (${response.status} ${response.statusText})`);
  return new Worker(URL.createObjectURL(new Blob([await response.text()], { type: 'application/javascript' })));
}

export class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;

  constructor(
    id: string,
    name: string,
    options: LanguageClientOptions,
    private readonly script: vscode.Uri,
  ) {
    super(id, name, options);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = await startWorker(this.script);
    this.worker = worker;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}
