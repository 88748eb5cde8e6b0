/**
 * Requests that honour $/cancelRequest. A handler is synchronous JavaScript: a cancellation can
 * only be seen between steps. So a request first checks its token, then (for the outline and
 * formatting, and for any request on a large letter) lets the messages already received through
 * (a $/cancelRequest among them), builds the snapshot, lets them through again, and only then
 * computes its answer. A cancelled request answers RequestCancelled, never a stale result.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { FeatureContext } from './context';

/** From this many characters on, a letter's analysis is long enough to be worth a chance to cancel. */
export const LARGE_LETTER_CHARS = 100_000;

export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Resolves after the messages (and I/O) already waiting have been handled. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Answers `body()` for a request about `uri`, or RequestCancelled when the token is cancelled
 * before or while it runs. `always`: give the cancellation its chance whatever the letter's size.
 */
export async function unlessCancelled<T>(
  context: FeatureContext,
  token: CancellationToken,
  uri: string | undefined,
  always: boolean,
  body: () => T,
): Promise<T | ResponseError<void>> {
  if (token.isCancellationRequested) return requestCancelled();
  const document = uri === undefined ? undefined : context.documents.get(uri);
  if (document && (always || document.getText().length >= LARGE_LETTER_CHARS)) {
    await nextTurn();
    if (token.isCancellationRequested) return requestCancelled();
    try {
      // The expensive step, cached for `body` (which reports its own failures).
      context.store.snapshot(document);
    } catch {
      // `body` meets the same failure and answers its fallback.
    }
    await nextTurn();
    if (token.isCancellationRequested) return requestCancelled();
  }
  const result = body();
  return token.isCancellationRequested ? requestCancelled() : result;
}
