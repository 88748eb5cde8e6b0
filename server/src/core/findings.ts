/**
 * What a rule reports. A finding carries its fixes, so that the editor's quick fixes, the
 * fix-all action and the CLI's --fix apply exactly what the rule computed and never re-derive it.
 */
import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface TextChange {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** What the fix does, as the editor shows it ("Change to 'Upheld'"). */
  readonly title: string;
  readonly changes: readonly TextChange[];
  /**
   * Safe fixes are the one right fix for the finding and may be applied without a look
   * (fix-all, --fix). A finding with two possible fixes has none that is safe.
   */
  readonly safe: boolean;
}

export interface RelatedPlace {
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly RelatedPlace[];
  readonly fixes: readonly Fix[];
}

/** What a rule hands to `report`; the engine adds the rule id and the configured severity. */
export interface Report {
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedPlace[];
  readonly fixes?: readonly Fix[];
  /** The most this finding may weigh whatever the rule's setting (a Claims Administrator quote is at most info). */
  readonly maxSeverity?: Severity;
}

/** The lighter of two severities. */
export function lighterSeverity(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
