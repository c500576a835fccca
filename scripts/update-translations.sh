#!/usr/bin/env bash
# Refreshes translations/*.ts from the tr() strings in app/, widgets/ and core/.
# New strings arrive as "unfinished"; translate them (Qt Linguist, or edit the XML) and
# mark them finished. Strings that left the code are dropped (-no-obsolete), and no source
# locations are written (-locations none), so a refresh only shows real changes in the diff.
# A normal build never runs this: it only compiles the .ts files into .qm (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
if [[ ! -x "$LUPDATE" ]]; then
    LUPDATE="$(command -v lupdate6 || command -v lupdate || true)"
fi
if [[ -z "$LUPDATE" ]]; then
    echo "lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh)" >&2
    exit 1
fi
langs=("$@")
if [[ ${#langs[@]} -eq 0 ]]; then
    langs=(de ko)
fi
for lang in "${langs[@]}"; do
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        app widgets core -ts "translations/agent-workbench_${lang}.ts"
done
# Report what is left to translate.
LRELEASE="$(dirname "$LUPDATE")/lrelease"
if [[ -x "$LRELEASE" ]]; then
    for lang in "${langs[@]}"; do
        echo "agent-workbench_${lang}:"
        "$LRELEASE" "translations/agent-workbench_${lang}.ts" -qm /dev/null | sed -n 's/^    /  /p'
    done
fi
