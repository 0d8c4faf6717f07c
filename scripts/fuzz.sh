#!/usr/bin/env bash
# Builds the libFuzzer target for the Bitrix24 response parser with clang (ASan + UBSan) in its
# own build directory and runs it for FUZZ_SECONDS (default 60) from the seed corpus in
# tests/fuzz/corpus. Any crash, leak, timeout or UB report fails the script; the input that caused
# it is kept in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
build=build-fuzz

# -Wshadow=local is GCC's spelling; clang does not know it and must not fail on it.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS=-Wno-unknown-warning-option \
    -DIDENTSYNC_FUZZ=ON -DIDENTSYNC_GUI=OFF -DIDENTSYNC_WERROR=ON >/dev/null
cmake --build "$build" --target fuzz_bitrix_response

# New inputs go to a scratch directory; the checked-in corpus is only read.
scratch=$(mktemp -d /tmp/identsync-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$build/artifacts"
echo "== fuzz_bitrix_response for ${seconds}s =="
"$build/tests/fuzz/bitrix/fuzz_bitrix_response" -max_total_time="$seconds" -timeout=10 \
    -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" "$scratch" tests/fuzz/corpus
echo "fuzz: no findings in ${seconds}s"
