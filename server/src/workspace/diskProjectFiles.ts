/** Project files on disk (Node): the nearest .imrlintrc.json of a `file:` letter, cached per folder. */
import { fileURLToPath } from 'node:url';
import { ConfigResolver } from '../project/loadConfig';
import type { ProjectFiles } from './projectFiles';

export function diskProjectFiles(): ProjectFiles {
  let resolver = new ConfigResolver();
  return {
    configFor(uri) {
      let path: string | undefined;
      try {
        path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
      } catch {
        path = undefined;
      }
      return path ? resolver.forFile(path) : undefined;
    },
    reset() {
      resolver = new ConfigResolver();
    },
  };
}
