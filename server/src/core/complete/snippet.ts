/**
 * LSP/TextMate snippet text: escaping, and expansion to the text a snippet inserts when the
 * reviewer accepts every default (for clients without snippet support, and for tests).
 */

/** Escapes literal text for a snippet body. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a `${n|a,b|}` choice. */
function escapeChoice(text: string): string {
  return text.replace(/[\\$},|]/g, (c) => `\\${c}`);
}

/** `${n|a,b,c|}`: the first option is the default. */
export function choice(index: number, options: readonly string[]): string {
  if (options.length === 0) return `$${index}`;
  if (options.length === 1) return `\${${index}:${escapeSnippet(options[0])}}`;
  return `\${${index}|${options.map(escapeChoice).join(',')}|}`;
}

/** `${n:default}` */
export function placeholder(index: number, text: string): string {
  return `\${${index}:${escapeSnippet(text)}}`;
}

/** VS Code's date variables for a day: what `${CURRENT_YEAR}` and its kin insert on it. */
export function dateVariables(day: string): Record<string, string> {
  const [year, month, date] = day.split('-');
  return { CURRENT_YEAR: year, CURRENT_YEAR_SHORT: year.slice(2), CURRENT_MONTH: month, CURRENT_DATE: date };
}

/**
 * The text a snippet inserts with every default accepted: placeholders give their default
 * (nested ones too), choices their first option, a bare tab stop repeats its placeholder's value
 * (a mirror) or nothing, a variable its value (its name when unknown, as VS Code does).
 */
export function expandSnippet(snippet: string, variables: Readonly<Record<string, string>> = {}): string {
  let out = '';
  let i = 0;
  const values = new Map<string, string>();
  const readIndex = (): string => {
    const start = i;
    while (/\d/.test(snippet[i] ?? '')) i++;
    return snippet.slice(start, i);
  };
  const readUntilClose = (): string => {
    // Reads a placeholder body up to its matching "}", expanding nested ones.
    let body = '';
    while (i < snippet.length) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length) {
        body += snippet[i + 1];
        i += 2;
      } else if (c === '}') {
        i++;
        return body;
      } else if (c === '$') {
        body += readDollar();
      } else {
        body += c;
        i++;
      }
    }
    return body;
  };
  const readDollar = (): string => {
    // At "$".
    i++;
    if (/\d/.test(snippet[i] ?? '')) return values.get(readIndex()) ?? '';
    if (snippet[i] !== '{') return '$';
    i++;
    const index = readIndex();
    const variable = index ? undefined : /^[A-Z_]+(?=\})/u.exec(snippet.slice(i))?.[0];
    if (variable) {
      i += variable.length + 1;
      return variables[variable] ?? variable;
    }
    if (snippet[i] === '}') {
      i++;
      return values.get(index) ?? '';
    }
    if (snippet[i] === ':') {
      i++;
      const value = readUntilClose();
      if (index && !values.has(index)) values.set(index, value);
      return value;
    }
    if (snippet[i] === '|') {
      i++;
      let first = '';
      let done = false;
      while (i < snippet.length) {
        const c = snippet[i];
        if (c === '\\' && i + 1 < snippet.length) {
          if (!done) first += snippet[i + 1];
          i += 2;
        } else if (c === ',') {
          done = true;
          i++;
        } else if (c === '|' && snippet[i + 1] === '}') {
          i += 2;
          break;
        } else {
          if (!done) first += c;
          i++;
        }
      }
      if (index && !values.has(index)) values.set(index, first);
      return first;
    }
    // A variable or something unknown: skip to the closing brace.
    return readUntilClose();
  };
  while (i < snippet.length) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && /[\\$}]/.test(snippet[i + 1])) {
      out += snippet[i + 1];
      i += 2;
    } else if (c === '$') {
      out += readDollar();
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
