/**
 * The size limit (imr.lint.maxDocumentSizeMb) and what a document over it gets instead of a lint:
 * one diagnostic. Every feature reads the same snapshot, so none analyses such a document.
 */
import { DIAGNOSTIC_SOURCE, severityNumber, type DiagnosticShape } from '../core/diagnostics';

export const TOO_LARGE_CODE = 'document-too-large';

export function exceedsSizeLimit(text: string, limitMb: number): boolean {
  return text.length > limitMb * 1024 * 1024;
}

export function tooLargeDiagnostic(limitMb: number): DiagnosticShape {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: severityNumber('warning'),
    code: TOO_LARGE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `This document is larger than ${limitMb} MB (imr.lint.maxDocumentSizeMb); it is not linted.`,
  };
}
