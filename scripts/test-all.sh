#!/usr/bin/env bash
# Sets everything up and runs every test: installs packages, builds with warnings as errors, runs
# ctest (unit, integration, gui), then builds and runs the unit tests again under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

bash scripts/install-deps.sh

jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIDENTSYNC_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
bash scripts/run-tests.sh build

echo "== sanitizer run (ASan + UBSan), unit tests =="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DIDENTSYNC_SANITIZE=ON \
    -DIDENTSYNC_GUI=OFF >/dev/null
cmake --build build-asan -j "$jobs" --target identsync_unit_tests
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    bash scripts/run-tests.sh build-asan -L unit

if [ -f scripts/fuzz.sh ]; then
    bash scripts/fuzz.sh
fi

echo "test-all: everything passed in $(( $(date +%s) - start )) s"
