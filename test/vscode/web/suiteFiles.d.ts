/** Made by scripts/bundle-web-suite.mjs: requires every test file of test/vscode/suite, in name order. */
declare module 'imr:suite-files' {
  export function loadSuiteFiles(): void;
}
