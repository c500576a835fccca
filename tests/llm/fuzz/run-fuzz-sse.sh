#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds fuzz_sse with clang-14 under ASan + UBSan + libFuzzer and runs it for a bounded time on
# the corpus in tests/data/fuzz/sse (new inputs go to a scratch copy, the corpus stays as is).
# usage: tests/llm/fuzz/run-fuzz-sse.sh [SECONDS]   (default 60)
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
seconds=${1:-60}
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWORKBENCH_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="$san -fsanitize=fuzzer-no-link" >/dev/null
cmake --build "$build" --target fuzz_sse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/tests/data/fuzz/sse/* "$work"/
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz_sse" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 "$work"
