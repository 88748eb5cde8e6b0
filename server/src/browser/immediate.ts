/**
 * setImmediate for a Worker, which has none: the server yields with it so that the messages already
 * received (a $/cancelRequest, newer edits) are handled first. A zero timeout is queued behind the
 * messages already waiting, which is what that needs. Imported first by the browser entry.
 */
const scope = globalThis as unknown as { setImmediate?: unknown; clearImmediate?: unknown };
if (typeof scope.setImmediate !== 'function') {
  scope.setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(callback, 0, ...args);
  scope.clearImmediate = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);
}
export {};
