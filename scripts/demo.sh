#!/usr/bin/env bash
# Sets everything up and runs the demo: a generated IDENT clinic, a local fake Bitrix24 portal and
# two sync cycles (identsync-cli demo), inside a private keychain session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target identsync-cli
QT_LOGGING_RULES="identsync.*.info=false" exec bash scripts/keyring-session.sh build/src/cli/identsync-cli demo "$@"
