import { HEADER_FIELDS } from '../grammar/vocabulary';
import type { HeaderField, HeaderKey } from '../model';
import type { Line } from '../text/lineIndex';
import { readDate } from './dates';

interface HeaderLabel {
  readonly key: HeaderKey;
  readonly pattern: RegExp;
  readonly isDate: boolean;
}

/**
 * The labels of the two-column header table, as written (case matters: the header is a form).
 * "Application Received:" is often broken by the PDF's table over two lines ("Application
 * 12/05/2016" / "Received:"), so "Application" alone followed by a value counts too.
 */
const LABELS: readonly HeaderLabel[] = HEADER_FIELDS.map((field) => ({
  key: field.key,
  isDate: field.isDate,
  pattern: new RegExp(`${field.pattern}\\s*:${field.broken ? `|${field.broken.first}` : ''}`, 'y'),
}));

/** A value runs to the end of the line or to a gap of two or more spaces (the next column). */
const VALUE = /[ \t]*(\S+(?: \S+)*)/y;

/** Reads the header table from the lines before the first section heading. */
export function parseHeader(lines: readonly Line[]): HeaderField[] {
  const fields: HeaderField[] = [];
  const seen = new Set<HeaderKey>();
  for (const line of lines) {
    const text = line.text;
    let position = 0;
    while (position < text.length) {
      const next = matchLabelAt(text, position);
      if (!next) {
        position = skipColumn(text, position);
        continue;
      }
      const { label, end } = next;
      VALUE.lastIndex = end;
      const value = VALUE.exec(text);
      const valueText = value?.[1] ?? '';
      const valueStart = value ? value.index + value[0].length - valueText.length : end;
      const valueEnd = valueStart + valueText.length;
      // A value that is itself the next label means this label's value is empty.
      const valueIsLabel = valueText !== '' && matchLabelAt(text, valueStart) !== undefined;
      const finalValue = valueIsLabel ? '' : valueText;
      const finalValueEnd = valueIsLabel ? valueStart : valueEnd;
      if (!seen.has(label.key)) {
        seen.add(label.key);
        const valueSpan = { start: line.start + valueStart, end: line.start + finalValueEnd };
        fields.push({
          key: label.key,
          label: text.slice(position, end).replace(/\s*:$/, '').replace(/\s+/g, ' '),
          labelSpan: { start: line.start + position, end: line.start + end },
          value: finalValue,
          valueSpan,
          date: label.isDate && finalValue ? readDate(finalValue, valueSpan.start) : undefined,
        });
      }
      position = valueIsLabel ? valueStart : Math.max(finalValueEnd, end);
    }
  }
  return fields;
}

function matchLabelAt(text: string, position: number): { label: HeaderLabel; end: number } | undefined {
  for (const label of LABELS) {
    label.pattern.lastIndex = position;
    const match = label.pattern.exec(text);
    if (match) return { label, end: position + match[0].length };
  }
  return undefined;
}

/** Moves past the current cell to the start of the next non-blank run. */
function skipColumn(text: string, position: number): number {
  let i = position;
  while (i < text.length && text[i] !== ' ' && text[i] !== '\t') i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === position ? position + 1 : i;
}
