#!/usr/bin/env bash
# The language server in another editor: a headless Neovim (Debian's neovim, 0.7.2 here) attaches
# `node bin/imr-language-server.js --stdio` to the seed letter with vim.lsp.start_client and writes
# the diagnostics it receives; the test passes when the seed's procedure-guideline-mismatch is
# among them. Needs the tsc build (npm run build); installs neovim with apt when it is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${IMR_SHARED_DIR:-$ROOT/../shared}"
SEED="$SHARED/examples/seed-determination.txt"

if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim: apt-get install neovim"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
[ -f "$ROOT/out/server/src/main.js" ] || { echo "neovim: run npm run build first (out/ is missing)" >&2; exit 1; }
[ -f "$SEED" ] || { echo "neovim: the seed letter is missing: $SEED" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$SEED" "$work/seed-determination.imr"
started=$(date +%s%N)
status=0
IMR_SERVER="$ROOT/bin/imr-language-server.js" IMR_LETTER="$work/seed-determination.imr" IMR_OUT="$work/diagnostics.txt" \
  timeout 120 nvim --headless --clean -n -u NONE -c "luafile $ROOT/test/editors/neovim-diagnostics.lua" </dev/null >"$work/nvim.log" 2>&1 || status=$?
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))

echo "Neovim $(nvim --version | head -n 1 | cut -d' ' -f2) + imr-language-server --stdio on the seed letter (${elapsed} ms):"
sed 's/^/    /' "$work/diagnostics.txt" 2>/dev/null || true
passed=0
failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "    ok   $name"; else failed=$((failed + 1)); echo "    FAIL $name"; fi
}
check "nvim exited cleanly (status $status)" test "$status" -eq 0
check "the diagnostics include procedure-guideline-mismatch" grep -q ' procedure-guideline-mismatch ' "$work/diagnostics.txt"
check "it is a warning on the MAXIMUS citation's facet line (line 73)" grep -q '^73:[0-9]* warning procedure-guideline-mismatch The request is for Epidural' "$work/diagnostics.txt"
if [ "$failed" -gt 0 ]; then
  echo "    nvim output:"; sed 's/^/      /' "$work/nvim.log"
fi
echo "neovim: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
