/**
 * Pull diagnostics (LSP 3.17, textDocument/diagnostic), for a client that asks for them: the
 * latest diagnostics linted for each open document, under a result id that changes only when the
 * diagnostics do. A client that pulls with the id it holds gets "unchanged" (a few bytes) instead
 * of the whole list again: most keystrokes leave a letter's findings as they were, and a long
 * letter's list is hundreds of kilobytes.
 */
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';

interface Report {
  readonly resultId: string;
  readonly items: Diagnostic[];
  /** The settings the diagnostics were found under (their generation). */
  readonly settings: number;
}

/** Whether two JSON values (diagnostics: plain objects, arrays, strings, numbers) are equal. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  for (const key of aKeys) if (!(key in bRecord) || !sameJson(aRecord[key], bRecord[key])) return false;
  return true;
}

export class DiagnosticReports {
  private readonly latest = new Map<string, Report>();
  /** The pulls waiting for each document's next lint, each one's way to wake it. */
  private readonly waiting = new Map<string, Set<() => void>>();
  private lastId = 0;

  /**
   * The diagnostics of a document as just linted under the settings of generation `settings`.
   * The result id stays when they equal the latest found under the same settings; new settings
   * get a new id even for the same diagnostics, so that the client, asked to pull again, gets a
   * full answer (which tells it the new settings are in force). Pulls waiting for the lint are answered.
   */
  store(uri: string, items: Diagnostic[], settings: number): void {
    const before = this.latest.get(uri);
    if (!before || before.settings !== settings || !sameJson(before.items, items)) this.latest.set(uri, { resultId: String(++this.lastId), items, settings });
    this.wake(uri);
  }

  has(uri: string): boolean {
    return this.latest.has(uri);
  }

  /** The answer to a pull from a client that holds `previousResultId`. */
  reportFor(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    const report = this.latest.get(uri);
    if (!report) return { kind: 'full', items: [] };
    if (report.resultId === previousResultId) return { kind: 'unchanged', resultId: report.resultId };
    return { kind: 'full', resultId: report.resultId, items: report.items };
  }

  /** Resolves at the document's next lint, when it is forgotten (closed), or after `withinMs`, whichever comes first. */
  nextLint(uri: string, withinMs: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiting.get(uri) ?? new Set<() => void>();
      this.waiting.set(uri, waiters);
      // Woken by the lint or by its time, whichever comes first; either way it leaves the set.
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0 && this.waiting.get(uri) === waiters) this.waiting.delete(uri);
        resolve();
      };
      const timer = setTimeout(wake, withinMs);
      waiters.add(wake);
    });
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.wake(uri);
  }

  private wake(uri: string): void {
    for (const wake of [...(this.waiting.get(uri) ?? [])]) wake();
  }
}
