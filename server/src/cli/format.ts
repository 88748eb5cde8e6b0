import type { DiagnosticShape } from '../core/diagnostics';
import { severityName } from '../core/diagnostics';

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly DiagnosticShape[];
}

/** `path:line:col severity code message`, one per line, 1-based positions. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d.severity)} ${d.code} ${d.message}`);
    }
  }
  return lines.join('\n');
}

export function summary(results: readonly FileResult[], unreadable: number): string {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { diagnostics } of results) for (const d of diagnostics) counts[severityName(d.severity)]++;
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  const parts = [
    `${results.length} file${results.length === 1 ? '' : 's'} linted`,
    `${counts.error} error${counts.error === 1 ? '' : 's'}`,
    `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
    `${counts.info + counts.hint} other`,
    `${withFindings} file${withFindings === 1 ? '' : 's'} with findings`,
  ];
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  return parts.join(', ');
}
