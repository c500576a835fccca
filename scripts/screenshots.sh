#!/usr/bin/env bash
# Reproduces the README screenshots: runs the bundled demo under Xvfb, answers its approval
# dialogs with the keyboard (Ctrl+Enter), and captures the screen with ImageMagick.
#   scripts/screenshots.sh [OUTDIR]      (default: docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
WORKBENCH_SCREENSHOT_DEPS=1 scripts/install-deps.sh
scripts/build.sh
mkdir -p "$out"

display=:97
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
chmod 755 "$home"
cleanup() { kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
unset ANTHROPIC_API_KEY
sleep 1 # Xvfb has no readiness signal; the app below would fail to connect otherwise

build/bin/agent-workbench --demo &
app=$!

wait_for_dialog() { # prints the window id of the approval dialog once it is mapped
    for _ in $(seq 1 300); do
        if id=$(xdotool search --onlyvisible --name '^Approve ' 2>/dev/null | head -n1) && [[ -n "$id" ]]; then
            echo "$id"; return 0
        fi
        sleep 0.1
    done
    echo "no approval dialog appeared" >&2; return 1
}

approve() { # focus the dialog and press Ctrl+Enter, as a user would (XTEST, not synthetic events)
    xdotool windowfocus "$1" 2>/dev/null || true
    sleep 0.3
    xdotool key ctrl+Return
}

main=$(xdotool search --sync --onlyvisible --name 'Agent Workbench' | head -n1)
xdotool windowsize "$main" 1600 900 windowmove "$main" 0 0

# First script: approve it. Mid-run, its failure (stderr, in red) is on the right while the
# agent's reply about it streams in on the left.
d=$(wait_for_dialog); sleep 0.5
approve "$d"
sleep 0.3
import -window root "$out/main-window.png"
# Second script: the dialog over the three panes.
d=$(wait_for_dialog); sleep 0.8
import -window root "$out/approval-dialog.png"
approve "$d"
# The final answer quotes the list the sandboxed test printed.
sleep 6
import -window root "$out/finished.png"
# The run's inspector: the timeline and turn 2's request (clicks at the 1600x900 layout's
# "Inspector · Timeline" tab, then on turn 2 in the step list).
xdotool mousemove 118 697 click 1
sleep 1
xdotool mousemove 71 326 click 1
sleep 0.7
import -window root "$out/inspector.png"

# The dark theme: the demo again with Settings → Appearance → Theme set to Dark, mid-run.
kill "$app"; wait "$app" 2>/dev/null || true
mkdir -p "$XDG_CONFIG_HOME/agent-workbench"
printf '[appearance]\ntheme=dark\n' >> "$XDG_CONFIG_HOME/agent-workbench/agent-workbench.conf"
build/bin/agent-workbench --demo &
app=$!
sleep 1
main=$(xdotool search --sync --onlyvisible --name 'Agent Workbench' | head -n1)
xdotool windowsize "$main" 1600 900 windowmove "$main" 0 0
d=$(wait_for_dialog); sleep 0.5
approve "$d"
sleep 0.3
import -window root "$out/main-window-dark.png"
echo "Screenshots written to $out"
