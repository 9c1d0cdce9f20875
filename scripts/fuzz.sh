#!/usr/bin/env bash
# Runs every cargo-fuzz target (or the ones named) for the given number of seconds (default 10),
# one after the other, seeded with the test fixtures, and prints each target's execution count.
#   scripts/fuzz.sh [seconds-per-target] [target...]
# Needs the nightly toolchain and cargo-fuzz (scripts/bootstrap.sh installs cargo-fuzz).
# A crash fails the run (the other targets still run): its input is in fuzz/artifacts/<target>/,
# its log in fuzz/logs/<target>-<seconds>s.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
shift || true
mkdir -p fuzz/logs
cargo +nightly fuzz build >fuzz/logs/build.log 2>&1 || { tail -50 fuzz/logs/build.log; exit 1; }

# The targets that read an option byte first get the fixtures behind 0x06 (lenient,
# maxDepth 128), so the seeds start as the valid payloads they are.
seed() {
  local target=$1 corpus=fuzz/corpus/$1 prefix=""
  mkdir -p "$corpus"
  case $target in parse_models | parse_event) prefix='\006' ;; esac
  while IFS= read -r -d '' file; do
    { printf "$prefix"; cat "$file"; } >"$corpus/seed-$(basename "$file")"
  done < <(find tests/fixtures -name '*.json' -print0)
  case $target in
    timestamp)
      for t in '2025-01-26T13:46:21.670006+00:00' '2024-05-13 11:19:34+00' '2025-04-20' '2026-04-26 17:23:13.273371+05:30'; do
        printf '%s' "$t" >"$corpus/seed-$(printf '%s' "$t" | sha256sum | cut -c1-12)"
      done ;;
    validate_requests)
      printf '%s' '{"chat_id":"919537851844@c.us","subject":"Refund","priority":"2","status":"open","due_date":"2025-04-20","assignee":"a@b.co","labels":"x, y"}' >"$corpus/seed-create"
      printf '%s' '{"ticket_id":"BKT-001","status":"closed","priority":4}' >"$corpus/seed-update"
      printf '%s' '{"offset":"0","limit":100}' >"$corpus/seed-list"
      printf '%s' '"+91 98745 32456"' >"$corpus/seed-phone" ;;
  esac
}

failed=0
printf '%-20s %15s %s\n' target executions seconds
for target in ${*:-$(cargo +nightly fuzz list)}; do
  seed "$target"
  log=fuzz/logs/$target-${seconds}s.log
  if ! cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -max_len=16384 -timeout=10 -dict=fuzz/json.dict -print_final_stats=1 >"$log" 2>&1; then
    grep -m2 -A4 -E 'panicked at|ERROR: |deadly signal|Timeout' "$log" || tail -20 "$log"
    echo "fuzz: $target FAILED (log: $log, input: fuzz/artifacts/$target/)"
    failed=$((failed + 1))
    continue
  fi
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' || true)
  printf '%-20s %15s %s\n' "$target" "${runs:?no execution count in $log}" "$seconds"
done
[ "$failed" = 0 ] || { echo "fuzz: $failed target(s) failed"; exit 1; }
