/**
 * What the workspace reads from the reviewer's files besides the letters: the project
 * configuration (.imrlintrc.json) of a letter and the extra catalog files. Where the editor runs
 * decides how (or whether) they can be read: on disk with Node, not at all in a browser.
 */
import type { FoundConfig } from '../project/loadConfig';

export interface ProjectFiles {
  /**
   * The configuration that governs the letter at this URI; undefined when there is none or the
   * letter is not a file. A bad configuration file throws its ConfigError.
   */
  configFor(uri: string): FoundConfig | undefined;
  /** The files may have changed: read them again when next asked. */
  reset(): void;
  /**
   * Set when this host reads no project file (no configuration, no extra catalog): the sentence
   * said once when a setting asks for one.
   */
  readonly unavailable?: string;
}

/** A host without a file system: letters are linted with the editor's settings and the built-in catalog. */
export function noProjectFiles(why: string): ProjectFiles {
  return { configFor: () => undefined, reset: () => undefined, unavailable: why };
}
