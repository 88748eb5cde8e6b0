/**
 * Catalog patterns come from files users may supply, and run on every keystroke. A quantified
 * group that itself holds a quantifier ((a+)+, (\w*\s)*) can backtrack exponentially, so such
 * patterns are refused when the catalog is read.
 */
export const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/;

export function unsafePatternReason(source: string): string | undefined {
  if (NESTED_QUANTIFIER.test(source))
    return 'nested quantifiers (a quantified group holding a quantifier) can backtrack catastrophically; rewrite without them';
  if (source.length > 500) return 'longer than 500 characters; split it into several patterns';
  return undefined;
}
