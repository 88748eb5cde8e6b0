#!/usr/bin/env bash
# npm run test:vscode: the extension in a real VS Code (code-server), alone.
#   1. the toolchain (.toolchain/: Node 24, code-server; apt: chromium, libkrb5-dev), once;
#   2. the extension bundles (dist/) and the compiled suite (out/vscode-test/);
#   3. the extension-host suite (test/vscode/suite) in code-server;
#   4. the .vsix (npm run package) and the UI smoke test on it (IMR_SKIP_UI_SMOKE=1 skips 4).
# Exits non-zero when anything fails. Artifacts: test-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
mkdir -p test-artifacts

bash scripts/vscode-toolchain.sh
echo "== compile the suite and bundle the extension"
npx tsc -p test/vscode
node scripts/bundle.mjs

echo "== extension-host suite in code-server"
status=0
node out/vscode-test/test/vscode/runCodeServerSuite.js || status=$?

if [ "${IMR_SKIP_UI_SMOKE:-}" != 1 ]; then
  echo "== package the .vsix and run the UI smoke test on it"
  if npm run package --silent >test-artifacts/package.log 2>&1; then
    tail -n 1 test-artifacts/package.log
    node out/vscode-test/test/vscode/uiSmoke.js imr-determinations.vsix || status=1
  else
    cat test-artifacts/package.log
    echo "packaging failed"
    status=1
  fi
fi
echo "test:vscode: $(( $(date +%s) - started )) s, exit $status"
exit "$status"
