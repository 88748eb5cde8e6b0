#!/usr/bin/env bash
# The language server in Emacs: eglot (Debian's emacs-nox 28 with elpa-eglot; built into Emacs 29),
# configured as docs/editors.md says, attached to the seed letter in a batch Emacs; the test
# passes when Flymake shows the seed's procedure-guideline-mismatch warning. Needs the tsc build
# (npm run build); installs emacs-nox and elpa-eglot with apt when they are missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${IMR_SHARED_DIR:-$ROOT/../shared}"
SEED="$SHARED/examples/seed-determination.txt"

if ! emacs --batch -q --eval "(require 'eglot)" >/dev/null 2>&1; then
  echo "emacs: apt-get install emacs-nox elpa-eglot"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emacs-nox elpa-eglot >/dev/null
fi
[ -f "$ROOT/out/server/src/main.js" ] || { echo "emacs: run npm run build first (out/ is missing)" >&2; exit 1; }
[ -f "$SEED" ] || { echo "emacs: the seed letter is missing: $SEED" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$SEED" "$work/seed-determination.imr"
status=0
# -q: no init file, but Debian's site-start (which puts the elpa-* packages on the load path).
IMR_SERVER="$ROOT/bin/imr-language-server.js" IMR_LETTER="$work/seed-determination.imr" IMR_OUT="$work/diagnostics.txt" HOME="$work" \
  timeout 120 emacs --batch -q -l "$ROOT/test/editors/emacs-eglot.el" </dev/null >"$work/emacs.log" 2>&1 || status=$?

echo "$(emacs --version | head -n 1) + eglot + imr-language-server --stdio on the seed letter:"
sed 's/^/    /' "$work/diagnostics.txt" 2>/dev/null || true
passed=0
failed=0
check() {
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "    ok   $name"; else failed=$((failed + 1)); echo "    FAIL $name"; fi
}
check "emacs exited cleanly (status $status)" test "$status" -eq 0
check "Flymake shows the procedure-guideline-mismatch warning on line 73" grep -q '^73 eglot-warning imr \[procedure-guideline-mismatch\]: The request is for Epidural' "$work/diagnostics.txt"
if [ "$failed" -gt 0 ]; then
  echo "    emacs output:"; sed 's/^/      /' "$work/emacs.log" | tail -n 40
fi
echo "emacs-eglot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
