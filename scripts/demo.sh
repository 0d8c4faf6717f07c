#!/usr/bin/env bash
# Sets everything up and runs the demo. Until the console and the engine exist this builds the
# project and runs the domain self-check (the unit tests of src/core) so a newcomer sees it work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
if [ -x build/src/cli/identsync-cli ]; then
    exec build/src/cli/identsync-cli demo "$@"
fi
echo "identsync: the engine is not built yet; running the domain self-check instead"
cd build && ctest -L unit --output-on-failure
