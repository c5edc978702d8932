#!/usr/bin/env bash
# Builds Couverture with its tests (warnings are errors) and runs them through CTest; then the same suite built
# with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/), then every fuzz harness for a minute
# (scripts/fuzz.sh). CI runs all three (.ci/run).
#   bash scripts/test.sh            # all three stages
#   bash scripts/test.sh --quick    # the release build and its tests only
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[ "${1:-}" = "--quick" ] && quick=1

bash scripts/install_deps.sh
stage() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

stage "release build and tests"
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOUVERTURE_WERROR=ON -DCOUVERTURE_BUILD_TESTS=ON
cmake --build build-tests --parallel "$(nproc)"
(cd build-tests && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")
[ "$quick" -eq 1 ] && exit 0

# -O1: the sanitizers' usual level, where their reports keep their lines; warnings are the release build's job
# (GCC 12 warns falsely inside the standard library under the sanitizers).
stage "the same tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCOUVERTURE_SANITIZE=ON -DCOUVERTURE_BUILD_TESTS=ON
cmake --build build-sanitize --parallel "$(nproc)"
(cd build-sanitize && QT_QPA_PLATFORM=offscreen \
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
  LSAN_OPTIONS="suppressions=$PWD/../tests/sanitizers/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/../tests/sanitizers/ubsan.supp" \
  ctest --output-on-failure --parallel "$(nproc)" --timeout 900)

stage "fuzz harnesses, a minute each"
bash scripts/fuzz.sh --seconds 60
