/**
 * node:assert/strict for the suite's web bundle (a browser's web worker has no Node): the four
 * assertions the suite uses, with strict semantics (Object.is; deep equality of arrays and of
 * objects with the same prototype and own keys), so a test asserts the same thing in both hosts.
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(message: string | Error | undefined, otherwise: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? otherwise);
}

function deepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepStrictEqual(item, other[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && deepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
}

function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepStrictEqual(actual, expected)) fail(message, `expected deep-equal ${show(expected)}, got ${show(actual)}`);
}

function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(message, `expected ${show(value)} to match ${String(pattern)}`);
}

const assert = { ok, equal, deepEqual, match, AssertionError };
export default assert;
export { deepEqual, equal, match, ok };
