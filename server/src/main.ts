/** Entry point: `imr-language-server --stdio` (editors) or `--node-ipc` (VS Code). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { garbageCollector } from './workspace/collectGarbage';
import { diskLetters } from './workspace/diskLetters';
import { diskProjectFiles } from './workspace/diskProjectFiles';

if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
  process.stderr.write('imr-language-server: choose a transport: --stdio or --node-ipc\n');
  process.exit(2);
}
startServer(createConnection(ProposedFeatures.all), { projectFiles: diskProjectFiles(), letters: () => diskLetters, collectGarbage: garbageCollector() });
