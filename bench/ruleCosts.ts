/**
 * What a keystroke costs the core, part by part, once the code is hot: the parse of the new
 * version (given the previous one, as the server parses), each letter rule, and the item rules
 * (the loop over the items: an edited item checked again, every other one's kept reports moved).
 * Issue 12 asks of every rule that it be incremental at item grain or shown cheap: this is where
 * it is shown, and where a rule whose cost grows with the letter shows up, by comparing the
 * two letters' columns.
 */
import type { Catalog } from '../server/src/core/catalog/catalog';
import { lint } from '../server/src/core/lint';
import type { LetterModel } from '../server/src/core/model';
import { parseLetter } from '../server/src/core/parse/parseLetter';
import { RULES } from '../server/src/core/rules';
import { percentile } from './stats';
import { typedVersions } from './typingPlaces';

/** The parts a keystroke is timed in, besides each letter rule by its id. */
export const PARSE = 'parse';
export const ITEM_RULES = 'item rules';

export interface KeystrokeParts {
  readonly bytes: number;
  readonly keystrokes: number;
  /** Median microseconds per keystroke, by part, over the keystrokes after as many to warm up. */
  readonly medianUs: Readonly<Record<string, number>>;
}

function microsecondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e3;
}

/** `keystrokes` keystrokes into `text` after as many to warm up; each part's median time. */
export function measureKeystrokeParts(text: string, catalog: Catalog, keystrokes: number): KeystrokeParts {
  const itemRules = RULES.filter((rule) => rule.checkItem);
  const letterRules = RULES.filter((rule) => rule.check);
  const times = new Map<string, number[]>([PARSE, ITEM_RULES, ...letterRules.map((rule) => rule.id)].map((part) => [part, []]));
  const time = (part: string, run: () => void, kept: boolean) => {
    const started = process.hrtime.bigint();
    run();
    if (kept) times.get(part)!.push(microsecondsSince(started));
  };
  let model: LetterModel = parseLetter(text, catalog);
  lint(model, catalog, undefined, itemRules);
  let n = 0;
  for (const version of typedVersions(text, 2 * keystrokes)) {
    const kept = n++ >= keystrokes;
    time(PARSE, () => (model = parseLetter(version, catalog, model)), kept);
    for (const rule of letterRules) time(rule.id, () => rule.check!({ model, catalog, report: () => undefined }), kept);
    time(ITEM_RULES, () => lint(model, catalog, undefined, itemRules), kept);
  }
  const medianUs: Record<string, number> = {};
  for (const [part, values] of times) medianUs[part] = percentile(values, 50);
  return { bytes: text.length, keystrokes, medianUs };
}
