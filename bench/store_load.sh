#!/usr/bin/env bash
# The store's load figures: builds bench/store_load and runs it (10 publishers, 20 readers, 60 s by default) on
# a PostgreSQL cluster of its own, Unix socket only. Usage: bash bench/store_load.sh [seconds] [publishers]
# [readers] [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOUVERTURE_BUILD_BENCH=ON \
  -DCOUVERTURE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target store_load
build-bench/bench/store_load "${1:-60}" "${2:-10}" "${3:-20}" "${4:-1000}"
