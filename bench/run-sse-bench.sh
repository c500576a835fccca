#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds bench_sse_throughput in Release and runs it against the official TypeScript SDK.
# The SDK is installed with npm into bench/node_modules only (gitignored), never shipped.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build-bench}

if [ ! -d "$here/node_modules/@anthropic-ai/sdk" ]; then
    npm install --no-save --no-package-lock --prefix "$here" @anthropic-ai/sdk
fi
launcher=
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF $launcher >/dev/null
cmake --build "$build" --target bench_sse_throughput
exec "$build/bench/bench_sse_throughput" "$@"
