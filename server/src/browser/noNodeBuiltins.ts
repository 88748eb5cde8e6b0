/**
 * What the browser bundle gets for node:fs, node:path and node:url (scripts/bundle.mjs points them
 * here). The browser server reaches no file through them (its ProjectFiles and LetterSource read
 * none), but modules it shares with the desktop import them; should a call ever come, it fails as
 * an unreadable file fails on the desktop, with an error code, which every caller already handles.
 */
function unavailable(name: string): never {
  const error = new Error(`${name} is not available in VS Code for the Web`) as Error & { code: string };
  error.code = 'ENOSYS';
  throw error;
}

export const readFileSync = (): never => unavailable('readFileSync');
export const readdirSync = (): never => unavailable('readdirSync');
export const existsSync = (): boolean => false;
export const dirname = (): never => unavailable('path.dirname');
export const join = (): never => unavailable('path.join');
export const resolve = (): never => unavailable('path.resolve');
export const fileURLToPath = (): never => unavailable('fileURLToPath');
export const pathToFileURL = (): never => unavailable('pathToFileURL');
