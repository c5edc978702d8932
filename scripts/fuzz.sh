#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, AddressSanitizer and UndefinedBehaviorSanitizer; tests/fuzz/), gathers
# their seeds from tests/fixtures and the real files in ../shared/data, and runs each harness for a given time.
# A crash, a sanitizer report, a timeout or an out-of-memory is a finding: its input is kept in
# build-fuzz/findings/ and the script exits 1.
#   bash scripts/fuzz.sh                      # every harness, 60 s each, two at a time
#   bash scripts/fuzz.sh --seconds 600 --jobs 1 fuzz_ods_table fuzz_csv_table
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
jobs=$(nproc)
build=build-fuzz
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(fuzz_csv_table fuzz_xlsx_table fuzz_ods_table fuzz_boundaries fuzz_aliases fuzz_code_key
             fuzz_run_deflate)
fi

if ! command -v clang++ > /dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-dev 2>/dev/null | grep -q "ok installed"; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
fi
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCOUVERTURE_BUILD_FUZZ=ON -DCOUVERTURE_BUILD_APP=OFF -DCOUVERTURE_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" --target fuzz_harnesses --parallel "$(nproc)"

corpus="$build/corpus"
findings="$build/findings"
logs="$build/logs"
mkdir -p "$findings" "$logs"
python3 tests/fuzz/make_seeds.py "$corpus" > /dev/null

max_len() {
  case "$1" in
    fuzz_aliases) echo 4096 ;;
    fuzz_csv_table|fuzz_code_key) echo 16384 ;;
    fuzz_run_deflate) echo 140000 ;;
    *) echo 65536 ;;
  esac
}

run_one() {
  local harness="$1"
  mkdir -p "$corpus/$harness"
  # The readers write their input under TMPDIR: one folder per run, removed after.
  local scratch
  scratch=$(mktemp -d -p "$([ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
  local status=0
  # Processor time (user + system), what "a CPU-hour of fuzzing" counts, when GNU time is there.
  local timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%U %S" -o "$logs/$harness.cpu")
  # A harness's own leak suppressions (tests/fuzz/<harness>.lsan.supp): leaks inside Debian's libraries that
  # the harness found, each explained there.
  local suppressions=$PWD/tests/fuzz/$harness.lsan.supp
  [ -f "$suppressions" ] || suppressions=/dev/null
  TMPDIR="$scratch" ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0" \
    "${timer[@]}" "$build/tests/fuzz/$harness" -max_total_time="$seconds" -max_len="$(max_len "$harness")" -timeout=20 \
    -rss_limit_mb=2560 -print_final_stats=1 -close_fd_mask=1 -artifact_prefix="$findings/$harness-" \
    "$corpus/$harness" > "$logs/$harness.log" 2>&1 || status=$?
  rm -rf "$scratch"
  return $status
}

summary() {
  local harness="$1" status="$2" log="$logs/$1.log"
  local runs cov corp
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  corp=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  local cpu="?"
  [ -s "$logs/$harness.cpu" ] && cpu=$(awk 'END { printf "%.0f", $1 + $2 }' "$logs/$harness.cpu")
  local verdict="nothing found"
  [ "$status" -ne 0 ] && verdict="FINDING (exit $status): see $log and $findings/$harness-*"
  printf '%-18s %4s s (cpu %5s s)  runs %9s  coverage %6s  corpus %5s  %s\n' "$harness" "$seconds" "$cpu" "$runs" \
    "$cov" "$corp" "$verdict"
}

failed=0
pending=("${harnesses[@]}")
declare -A pids=()
while [ ${#pending[@]} -gt 0 ] || [ ${#pids[@]} -gt 0 ]; do
  while [ ${#pending[@]} -gt 0 ] && [ ${#pids[@]} -lt "$jobs" ]; do
    harness="${pending[0]}"
    pending=("${pending[@]:1}")
    run_one "$harness" &
    pids[$harness]=$!
  done
  for harness in "${!pids[@]}"; do
    if ! kill -0 "${pids[$harness]}" 2>/dev/null; then
      status=0
      wait "${pids[$harness]}" || status=$?
      summary "$harness" "$status"
      [ "$status" -ne 0 ] && failed=1
      unset "pids[$harness]"
    fi
  done
  sleep 1
done
exit $failed
