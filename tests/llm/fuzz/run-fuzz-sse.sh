#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds fuzz_sse with clang-14 under ASan + UBSan + libFuzzer (tests/llm/fuzz/CMakeLists.txt: the
# SSE parser and accumulator only) and runs it for a bounded time on the corpus in
# tests/data/fuzz/sse. New inputs go to a scratch copy; the corpus stays as it is. A crash, a leak,
# a sanitizer report or a disagreement between the accumulator's two paths fails the run, and the
# input that caused it is kept in $BUILD_DIR/findings.
# usage: tests/llm/fuzz/run-fuzz-sse.sh [SECONDS]   (default 60; CTest runs it as fuzz_sse, 30 s)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
seconds=${1:-60}
command -v clang++-14 >/dev/null || { echo "clang++-14 is missing: run scripts/install-deps.sh" >&2; exit 1; }
launcher=
command -v ccache >/dev/null && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++-14 $launcher >/dev/null
cmake --build "$build" --target fuzz_sse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/tests/data/fuzz/sse/* "$work"/
mkdir -p "$build/findings"
ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=64 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/fuzz_sse" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=20 \
    -print_final_stats=1 -artifact_prefix="$build/findings/" "$work"
