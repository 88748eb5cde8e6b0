#!/usr/bin/env bash
# CI part for the editors, run by .ci/run after the unit tests (from the project root, after npm ci):
#   - Debian packages when missing: chromium, libkrb5-dev (code-server), neovim, emacs-nox + elpa-eglot;
#   - the code-server toolchain in .toolchain/ (kept between runs on the same machine);
#   - the .vsix, which must build;
#   - the extension-host suite and the UI smoke test in code-server, each in the Node and in the web
#     worker extension host (scripts/test-vscode.sh);
#   - Neovim and Emacs eglot attaching the language server over stdio (test/editors/).
# Exits non-zero when any of them fails.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
mkdir -p test-artifacts

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
emacs --batch -q --eval "(require 'eglot)" >/dev/null 2>&1 || missing+=(emacs-nox elpa-eglot)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

t=$(date +%s)
echo "== toolchain (Node 24, code-server)"
bash scripts/vscode-toolchain.sh
echo "   toolchain ready in $(( $(date +%s) - t )) s"

status=0
echo "== VS Code: extension-host suite and UI smoke test on the .vsix"
bash scripts/test-vscode.sh || status=1

echo "== Other editors: Neovim and Emacs (eglot) attach the language server over stdio"
[ -f out/server/src/main.js ] || npm run build --silent
bash test/editors/neovim.sh || status=1
bash test/editors/emacs-eglot.sh || status=1

echo "ci-vscode: $(( $(date +%s) - started )) s, exit $status"
exit "$status"
