/**
 * A small glob matcher for ignores and command-line patterns: `*` (within a path segment),
 * `**` (any number of segments), `?`, and `{a,b}`. Paths use "/" separators.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) source += '\\{';
      else {
        source += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = close;
      }
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

export function hasGlob(text: string): boolean {
  return /[*?{]/.test(text);
}

/** The part of a pattern before its first glob segment ("letters/2017/**" -> "letters/2017"). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments) {
    if (hasGlob(segment)) break;
    base.push(segment);
  }
  return base.join('/') || '.';
}
