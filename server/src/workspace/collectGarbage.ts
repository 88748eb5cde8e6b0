/**
 * A full garbage collection, on Node: the warm-up ends with one (warmUp.ts), so that its garbage
 * is not collected during the first letter. Node gives a script no `gc` unless started with
 * --expose-gc, and editors start the server without flags: the flag is set now, and takes effect
 * in a context created after it. Undefined where that fails; the server then goes without.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function garbageCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const collect: unknown = runInNewContext('gc');
    return typeof collect === 'function' ? () => void collect() : undefined;
  } catch {
    return undefined;
  }
}
