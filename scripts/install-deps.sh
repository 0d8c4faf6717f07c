#!/usr/bin/env bash
# Installs every Debian 12 package IdentSync needs to build, test and run its demo. Idempotent:
# packages already present are not downloaded again, and apt-get update runs only when needed.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build clang libclang-rt-14-dev clang-format clang-tidy
    # ccache: the sanitizer build and rebuilds in a fresh clone reuse objects (CI time)
    ccache
    # Qt 6: core, network, sql drivers, widgets, charts, test, linguist, translations
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev libgl-dev
    # Qt Charts' CMake package requires Qt OpenGL's (Debian 12 does not pull it in)
    libqt6opengl6-dev
    # SVG icons (the application and tray state icons): the image format and icon engine plugins
    libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-odbc
    # keychain (QtKeychain on Secret Service) and a real Secret Service for the tests
    qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libsecret-tools
    # IDENT's SQL Server over ODBC on Linux (FreeTDS)
    tdsodbc unixodbc-dev
    # databases for tests, demo and benchmarks
    postgresql sqlite3
    # the console under a virtual X server, for screenshots
    xvfb xauth
    # scripts/package-check.sh: the DEB's checks (lintian, desktop entry, AppStream), the Windows
    # installer compiled by makensis, and the fresh Debian 12 root the package is installed into
    lintian desktop-file-utils appstream nsis debootstrap
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps: run as root or install sudo" >&2; exit 1
    fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
