#!/usr/bin/env bash
# Builds Couverture with its tests (warnings are errors) and runs them through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install_deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOUVERTURE_WERROR=ON -DCOUVERTURE_BUILD_TESTS=ON
cmake --build build-tests --parallel "$(nproc)"
cd build-tests
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
