/**
 * The one pipeline from a letter's configuration to its findings, for the server and the CLI
 * alike: project configuration file -> rule settings -> catalogs -> analyze -> suppressions.
 */
import { analyze, type Analysis } from '../core/analyze';
import type { Catalog } from '../core/catalog/catalog';
import type { RuleSettings } from '../core/config';
import type { Suppression } from '../core/projectConfig';
import { applySuppressions } from '../core/suppress';
import { catalogPaths, type FoundConfig } from '../project/loadConfig';

/** How one letter is linted. Plain data: it crosses to the CLI's worker threads. */
export interface LetterOptions {
  readonly rules: RuleSettings;
  /** Extra catalog files (absolute), the configuration file's first. */
  readonly catalogs: readonly string[];
  readonly suppressions: readonly Suppression[];
}

/**
 * A configuration file's options with the caller's: the caller's rule settings win (the editor
 * setting is the reviewer's explicit choice), catalogs add up, the file's suppressions apply.
 */
export function letterOptions(found: FoundConfig | undefined, rules: RuleSettings, catalogs: readonly string[]): LetterOptions {
  return {
    rules: { ...(found?.config.rules ?? {}), ...rules },
    catalogs: [...(found ? catalogPaths(found) : []), ...catalogs],
    suppressions: found?.config.suppressions ?? [],
  };
}

/** Analyses a letter with its options (and the previous version's analysis, for an incremental one). */
export function analyzeLetter(text: string, catalog: Catalog, options: LetterOptions, previous?: Analysis): Analysis {
  const analysis = analyze(text, catalog, { rules: options.rules }, previous);
  return options.suppressions.length ? { ...analysis, findings: applySuppressions(analysis.findings, analysis.model, options.suppressions) } : analysis;
}
