/**
 * textDocument/codeAction: one quick fix per fix a diagnostic carries (diagnostic.data.fixes,
 * computed by the rule; nothing is re-derived here), and `source.fixAll.imr`, which applies every
 * safe fix of the current analysis that does not touch another (core/fix/applyFixes).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type FixData } from '../core/diagnostics';
import { changesOf, selectSafeFixes } from '../core/fix/applyFixes';
import { analysisFor, guarded, type FeatureContext } from './context';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imr`;

export const codeActionKinds = [CodeActionKind.QuickFix, FIX_ALL_KIND];

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether the client asked for actions of this kind (`only` filters hierarchically). */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}

function workspaceEdit(context: FeatureContext, document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  if (context.client.workspace?.workspaceEdit?.documentChanges) {
    // Versioned: the editor refuses the edit if the document moved on since this analysis.
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  }
  return { changes: { [document.uri]: edits } };
}

/** The diagnostic still describes the current analysis (same rule, place and message): its fixes are current. */
function isCurrent(diagnostic: Diagnostic, analysis: Analysis): boolean {
  const lines = analysis.model.lines;
  return analysis.findings.some((f) => f.ruleId === diagnostic.code && f.message === diagnostic.message && sameRange(lines.rangeOf(f.span), diagnostic.range));
}

function fixesOf(diagnostic: Diagnostic): FixData[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data!.fixes.filter((f) => f && Array.isArray(f.edits) && typeof f.title === 'string') : [];
}

export function provideCodeActions(context: FeatureContext, params: CodeActionParams): CodeAction[] {
  return guarded(context, 'codeAction', [] as CodeAction[], () => {
    const found = analysisFor(context, params.textDocument.uri);
    if (!found) return [];
    const { document, analysis } = found;
    const only = params.context.only;
    const actions: CodeAction[] = [];

    if (wanted(only, CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isCurrent(diagnostic, analysis)) continue;
        const fixes = fixesOf(diagnostic);
        const preferred = fixes.filter((f) => f.safe).length === 1 ? fixes.find((f) => f.safe) : undefined;
        for (const fix of fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix === preferred,
            edit: workspaceEdit(
              context,
              document,
              fix.edits.map((e) => ({ range: e.range, newText: e.newText })),
            ),
          });
        }
      }
    }

    if (wanted(only, FIX_ALL_KIND) && (only !== undefined || params.context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE))) {
      const { chosen } = selectSafeFixes(analysis.findings);
      if (chosen.length > 0) {
        const lines = analysis.model.lines;
        actions.push({
          title: `Fix all safe IMR problems (${chosen.length})`,
          kind: FIX_ALL_KIND,
          edit: workspaceEdit(
            context,
            document,
            changesOf(chosen).map((c) => ({ range: lines.rangeOf(c.span), newText: c.newText })),
          ),
        });
      }
    }
    return actions;
  });
}
