#!/usr/bin/env bash
# Runs ctest for a build directory the way CI does: a throwaway PostgreSQL cluster, a private
# D-Bus session with an unlocked gnome-keyring (a real Secret Service for QtKeychain), offscreen Qt.
# Usage: run-tests.sh BUILD_DIR [extra ctest args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-tests.sh BUILD_DIR [ctest args]}; shift

pgdir=$(mktemp -d /tmp/identsync-pg.XXXXXX)
# A private data home: the test keyring and any default state database stay out of the user's own.
datahome=$(mktemp -d /tmp/identsync-home.XXXXXX)
cleanup() { "$here/pg-test-cluster.sh" stop "$pgdir" || true; rm -rf "$datahome"; }
trap cleanup EXIT

while IFS= read -r line; do export "${line?}"; done < <("$here/pg-test-cluster.sh" start "$pgdir")
export IDENTSYNC_REQUIRE_PG=1 IDENTSYNC_REQUIRE_KEYRING=1 QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$datahome"

dbus-run-session -- bash -c '
    set -euo pipefail
    # An empty password on stdin creates and unlocks a login keyring in the private data home.
    eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
    printf "probe" | secret-tool store --label=identsync-probe service identsync-probe key k
    [ "$(secret-tool lookup service identsync-probe key k)" = probe ] ||
        { echo "run-tests: the Secret Service keyring is not usable" >&2; exit 1; }
    cd "$0"
    ctest --output-on-failure --timeout 900 "$@"
' "$build" "$@"
