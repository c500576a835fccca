#!/usr/bin/env bash
# Installs the Debian 12 packages Agent Workbench needs to build, run and test.
# Idempotent and quick when everything is present: apt-get runs only for what is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev libseccomp-dev
    # run: the sandbox and the interpreters the agent's scripts use inside it
    bubblewrap python3
    # GUI on X11 / Wayland, and a font
    qt6-qpa-plugins qt6-wayland fonts-dejavu-core
    # Qt's own strings (standard buttons, file dialogs) in German and Korean
    qt6-translations-l10n
    # tests: validating the desktop file and AppStream metadata; building the .deb
    appstream desktop-file-utils dpkg-dev
    # tests: a real repository rewound by a checkpoint must pass git fsck
    git
    # tests: the SSE fuzzer (CTest fuzz_sse) needs clang with libFuzzer and the sanitizer runtimes
    clang-14 libclang-rt-14-dev
    # tests: a private session bus and a throwaway keyring for the keychain test (tst_bridgekeychain)
    dbus gnome-keyring
)
if [[ "${WORKBENCH_SCREENSHOT_DEPS:-0}" == 1 ]]; then
    packages+=(xvfb xauth imagemagick xdotool)
    # the Korean screenshots need a Hangul font and the locales
    packages+=(fonts-nanum locales)
fi
# The SDK baseline of bench/run-sse-bench.sh.
if [[ "${WORKBENCH_FUZZ_BENCH_DEPS:-0}" == 1 ]]; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
