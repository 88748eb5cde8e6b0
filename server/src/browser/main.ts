/**
 * Entry point of the language server in a browser (package.json "browser": the client runs this
 * bundle, dist/browserServer.js, in a Worker and speaks LSP over postMessage). The same server as
 * on the desktop; what differs is how files are reached: no project file is read, and "Lint all
 * determinations" asks the client for the workspace's letters.
 */
import './immediate';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { noProjectFiles } from '../workspace/projectFiles';
import { clientLetters } from './clientLetters';

const UNAVAILABLE = 'catalog and configuration files (.imrlintrc.json) are not read in VS Code for the Web';

// The Worker's global scope: messages from the client arrive on it, answers leave by it.
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, { projectFiles: noProjectFiles(UNAVAILABLE), letters: clientLetters });
