#!/usr/bin/env bash
# Installs what is missing, builds, and starts Agent Workbench — on the bundled demo when no
# ANTHROPIC_API_KEY is set. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
if [[ -z "${ANTHROPIC_API_KEY:-}" && $# -eq 0 ]]; then
    echo "ANTHROPIC_API_KEY is not set: starting the bundled demo (its scripts really run in the sandbox)."
    exec build/bin/agent-workbench --demo
fi
exec build/bin/agent-workbench "$@"
