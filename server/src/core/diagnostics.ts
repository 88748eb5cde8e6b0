/**
 * Findings as LSP diagnostics. The core imports no LSP library, so the shapes are declared here
 * to match the protocol (3.17) exactly; the server publishes these objects as they are and the
 * CLI prints the same objects with --format json.
 */
import type { Finding, Fix, Severity } from './findings';
import type { LineIndex } from './text/lineIndex';
import type { Range } from './text/span';

export const DIAGNOSTIC_SOURCE = 'imr';

const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

export interface TextEditShape {
  range: Range;
  newText: string;
}

export interface FixData {
  title: string;
  safe: boolean;
  edits: TextEditShape[];
}

/** What a diagnostic carries in `data`: the fixes the rule computed, ready to apply. */
export interface DiagnosticData {
  fixes: FixData[];
}

export interface DiagnosticShape {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: DiagnosticData;
}

export function fixToData(fix: Fix, lines: LineIndex): FixData {
  return { title: fix.title, safe: fix.safe, edits: fix.changes.map((c) => ({ range: lines.rangeOf(c.span), newText: c.newText })) };
}

/** A finding as a diagnostic; its related places only for a client that accepts them (`withRelated`). */
export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, withRelated = true): DiagnosticShape {
  const diagnostic: DiagnosticShape = {
    range: lines.rangeOf(finding.span),
    severity: SEVERITY_NUMBER[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (withRelated && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: lines.rangeOf(r.span) }, message: r.message }));
  }
  if (finding.fixes.length > 0) diagnostic.data = { fixes: finding.fixes.map((f) => fixToData(f, lines)) };
  return diagnostic;
}

/** The protocol's number of a severity (1 = error ... 4 = hint). */
export function severityNumber(severity: Severity): 1 | 2 | 3 | 4 {
  return SEVERITY_NUMBER[severity];
}

export function severityName(severity: 1 | 2 | 3 | 4): Severity {
  return (['error', 'warning', 'info', 'hint'] as const)[severity - 1];
}
