#!/bin/sh
# SPDX-License-Identifier: MIT
# Refreshes tests/data/cloudflare/bridge-contract.json from the pinned @cloudflare/sandbox
# package (npm pack: the tarball only, nothing installed or run). tst_cloudflaresandbox holds the
# fake bridge to that file, and to the package itself when WB_CLOUDFLARE_SANDBOX_DIR names an
# unpacked copy. Usage: scripts/update-bridge-contract.sh [VERSION]
set -eu
version=${1:-0.12.10}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@cloudflare/sandbox@$version" >/dev/null && tar xzf ./*.tgz)
node "$root/scripts/bridge-contract.mjs" "$tmp/package" > "$root/tests/data/cloudflare/bridge-contract.json"
echo "tests/data/cloudflare/bridge-contract.json: @cloudflare/sandbox@$version"
echo "To check against the package in tests: tar xzf the tarball and set WB_CLOUDFLARE_SANDBOX_DIR=<dir>/package"
