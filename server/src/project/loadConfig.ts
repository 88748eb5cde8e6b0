/**
 * Finds and reads the project configuration for a file: the nearest `.imrlintrc.json` (or a
 * package.json with an "imr" key) walking up from the file's folder. Results are cached per
 * folder. A bad file is a ConfigError naming the file, the path inside it and the fault.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatIssuePath } from '../core/catalog/load';
import { InputFileError, readJsonFile } from '../core/inputFile';
import { projectConfigSchema, type ProjectConfig } from '../core/projectConfig';

export const CONFIG_FILE = '.imrlintrc.json';

export interface FoundConfig {
  /** The file it came from (undefined: no configuration, defaults apply). */
  readonly path?: string;
  readonly dir: string;
  readonly config: ProjectConfig;
}

export class ConfigError extends InputFileError {}

export function parseConfig(file: string, data: unknown): ProjectConfig {
  const result = projectConfigSchema.safeParse(data);
  if (!result.success)
    throw new ConfigError(
      file,
      result.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`),
    );
  return result.data;
}

function readJson(file: string): unknown {
  return readJsonFile(file, (problem) => new ConfigError(file, [problem]));
}

/** A configuration file named explicitly (imr-lint --config). */
export function readConfigFile(path: string): FoundConfig {
  return { path, dir: dirname(path), config: parseConfig(path, readJson(path)) };
}

export class ConfigResolver {
  private readonly byDir = new Map<string, FoundConfig>();

  /** The configuration that governs a file (or a folder, for stdin). */
  forFile(file: string): FoundConfig {
    return this.forDir(dirname(resolve(file)));
  }

  forDir(dir: string): FoundConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: FoundConfig | undefined;
    const rc = join(dir, CONFIG_FILE);
    const pkg = join(dir, 'package.json');
    if (existsSync(rc)) found = { path: rc, dir, config: parseConfig(rc, readJson(rc)) };
    else if (existsSync(pkg)) {
      const data = readJson(pkg) as Record<string, unknown> | null;
      if (data && typeof data === 'object' && 'imr' in data) found = { path: pkg, dir, config: parseConfig(`${pkg} ("imr" key)`, data.imr) };
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir ? { dir, config: {} } : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}

/** Catalog paths of a configuration, resolved against its folder. */
export function catalogPaths(found: FoundConfig): string[] {
  return (found.config.catalogs ?? []).map((c) => resolve(found.dir, c));
}
