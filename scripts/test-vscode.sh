#!/usr/bin/env bash
# npm run test:vscode: the extension in a real VS Code (code-server), alone.
#   1. the toolchain (.toolchain/: Node 24, code-server; apt: chromium, libkrb5-dev), once;
#   2. the extension bundles (dist/, desktop and web), the compiled suite (out/vscode-test/) and its
#      web bundle (out/vscode-test/web/suite.js);
#   3. the extension-host suite (test/vscode/suite) in code-server, in the Node extension host, then
#      the same tests in the browser's web worker extension host (the extension's `browser` entry);
#   4. the .vsix (npm run package) and the UI smoke test on it, in both hosts (IMR_SKIP_UI_SMOKE=1 skips 4).
# Exits non-zero when anything fails. Artifacts: test-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
mkdir -p test-artifacts

bash scripts/vscode-toolchain.sh
echo "== compile the suite and bundle the extension"
npx tsc -p test/vscode
node scripts/bundle.mjs
node scripts/bundle-web-suite.mjs

echo "== extension-host suite in code-server: Node extension host"
status=0
node out/vscode-test/test/vscode/runCodeServerSuite.js || status=$?
echo "== extension-host suite in code-server: web worker extension host"
node out/vscode-test/test/vscode/runCodeServerSuite.js --web || status=1

if [ "${IMR_SKIP_UI_SMOKE:-}" != 1 ]; then
  echo "== package the .vsix and run the UI smoke test on it"
  if npm run package --silent >test-artifacts/package.log 2>&1; then
    tail -n 1 test-artifacts/package.log
    node out/vscode-test/test/vscode/uiSmoke.js imr-determinations.vsix || status=1
    node out/vscode-test/test/vscode/uiSmoke.js --web imr-determinations.vsix || status=1
  else
    cat test-artifacts/package.log
    echo "packaging failed"
    status=1
  fi
fi
echo "test:vscode: $(( $(date +%s) - started )) s, exit $status"
exit "$status"
