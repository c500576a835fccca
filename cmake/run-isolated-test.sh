#!/bin/sh
# Runs one test with fresh XDG folders of its own (data, config, cache, state, runtime) under the
# build tree, so no test reads or writes the user's settings, transcripts or checkpoints, and two
# tests run side by side (ctest -j) never see each other's files. wb_add_test() wraps every test
# in this script. Usage: run-isolated-test.sh DIR PROGRAM [ARG...]
set -eu
dir=$1
shift
# The folder is wiped first: only ever one that wb_add_test() named.
case "$dir" in
/*/test-homes/?*) ;;
*)
    echo "run-isolated-test.sh: refusing to reset '$dir' (not a test-homes/ folder)" >&2
    exit 2
    ;;
esac
rm -rf "$dir"
mkdir -p "$dir/data" "$dir/config" "$dir/cache" "$dir/state" "$dir/runtime"
# Qt (and the XDG spec) accept a runtime folder only when it is private to its owner.
chmod 0700 "$dir/runtime"
XDG_DATA_HOME=$dir/data
XDG_CONFIG_HOME=$dir/config
XDG_CACHE_HOME=$dir/cache
XDG_STATE_HOME=$dir/state
XDG_RUNTIME_DIR=$dir/runtime
export XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME XDG_RUNTIME_DIR
# exec: ctest's timeout and the tests' own process checks see the test itself, not a shell.
exec "$@"
