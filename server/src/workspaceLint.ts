/**
 * The "lint every determination in the workspace" command: finds the letters of the workspace
 * folders (.imr files, and .txt files whose first line is a letter's; the host's LetterSource
 * finds and reads them, in their own encoding), lints those that are not open (open ones are
 * linted already), publishes their diagnostics, and reports $/progress while it works.
 * Cancellable.
 */
import type { CancellationToken, Diagnostic, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { severityNumber } from './core/diagnostics';
import { snapshotDiagnostics } from './workspace/snapshotDiagnostics';
import { startsLikeLetter } from './workspace/letterFirstLine';
import type { LetterSource } from './workspace/letterSource';
import type { Workspace } from './workspace/workspace';

export const LINT_WORKSPACE_COMMAND = 'imr.lintWorkspace';

export interface WorkspaceLintSummary {
  files: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export async function lintWorkspace(
  documents: TextDocuments<TextDocument>,
  workspace: Workspace,
  /** The workspace folders, whether the client accepts related places in a diagnostic, and how a closed letter's diagnostics are published. */
  {
    folders,
    sendsRelated,
    publishClosed,
  }: { readonly folders: readonly string[]; readonly sendsRelated: boolean; readonly publishClosed: (uri: string, diagnostics: Diagnostic[]) => void },
  letters: LetterSource,
  progress: WorkDoneProgressReporter,
  token: CancellationToken,
): Promise<WorkspaceLintSummary> {
  let files: string[];
  try {
    files = await letters.find(folders);
  } catch {
    files = [];
  }
  // Counts the letters linted: a .txt file that is not a letter is not one.
  const summary: WorkspaceLintSummary = { files: 0, errors: 0, warnings: 0, cancelled: false };
  progress.begin('IMR: linting determinations', 0, `${files.length} letters`, true);
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested) {
      summary.cancelled = true;
      break;
    }
    const uri = files[i];
    const open = documents.get(uri);
    let text: string;
    try {
      text = open ? open.getText() : await letters.read(uri);
    } catch {
      continue;
    }
    if (!open && !uri.toLowerCase().endsWith('.imr') && !startsLikeLetter(text)) continue;
    summary.files++;
    // A closed file is analysed as a throw-away version; an open one is the editor's business.
    const document = open ?? TextDocument.create(uri, 'imr', -1, text);
    const snapshot = workspace.snapshot(document);
    if (!open) workspace.forget(uri);
    const diagnostics = snapshotDiagnostics(snapshot, uri, sendsRelated);
    summary.errors += diagnostics.filter((d) => d.severity === severityNumber('error')).length;
    summary.warnings += diagnostics.filter((d) => d.severity === severityNumber('warning')).length;
    if (!open) publishClosed(uri, diagnostics);
    progress.report(Math.round(((i + 1) * 100) / Math.max(1, files.length)), `${i + 1}/${files.length}`);
    // Let other messages (cancellation, edits) through between letters.
    if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
  }
  progress.done();
  return summary;
}
