#!/usr/bin/env bash
# Runs ctest for a build directory the way CI does: a throwaway PostgreSQL cluster, a private
# D-Bus session with an unlocked gnome-keyring (a real Secret Service for QtKeychain), offscreen Qt.
# Usage: run-tests.sh BUILD_DIR [extra ctest args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run-tests.sh BUILD_DIR [ctest args]}" && pwd); shift

pgdir=$(mktemp -d /tmp/identsync-pg.XXXXXX)
cleanup() { "$here/pg-test-cluster.sh" stop "$pgdir" || true; }
trap cleanup EXIT

pgenv=$("$here/pg-test-cluster.sh" start "$pgdir") || { echo "run-tests: no PostgreSQL test cluster" >&2; exit 1; }
while IFS= read -r line; do export "${line?}"; done <<< "$pgenv"
export IDENTSYNC_REQUIRE_PG=1 IDENTSYNC_REQUIRE_KEYRING=1 QT_QPA_PLATFORM=offscreen

cd "$build"
"$here/keyring-session.sh" ctest --output-on-failure --timeout 900 "$@"
