#!/usr/bin/env bash
# The store's figures: builds bench/store_load and bench/store_kill, runs the load (10 publishers, 20 readers,
# 60 s by default) on a PostgreSQL cluster of its own, Unix socket only, then the kill -9 trials of
# `couverture publish` when a built command is found (COUVERTURE_BIN, default build/src/cli/couverture).
# Usage: bash bench/store_load.sh [seconds] [publishers] [readers] [rows] [kill trials]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOUVERTURE_BUILD_BENCH=ON \
  -DCOUVERTURE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target store_load store_kill
build-bench/bench/store_load "${1:-60}" "${2:-10}" "${3:-20}" "${4:-1000}"
couverture="${COUVERTURE_BIN:-build/src/cli/couverture}"
if [ -x "$couverture" ]; then
  build-bench/bench/store_kill "$couverture" "${5:-30}" | grep -v '^published\|^store schema'
else
  echo "kill trials skipped: no $couverture (build it, or set COUVERTURE_BIN)" >&2
fi
