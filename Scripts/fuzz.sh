#!/bin/sh
# `make fuzz`: builds the libFuzzer harnesses with AddressSanitizer, seeds their corpora, runs
# each for FUZZ_SECONDS, and files every crash, hang or memory blow-up under
# Tests/FuzzRegressions/<harness>/, where the test suite replays it. Each run is logged in
# Tests/FuzzRegressions/LOG.md. Needs Swift's clang runtime (libFuzzer), present in the
# Linux toolchains.
#
#   Scripts/fuzz.sh                        # every harness, FUZZ_SECONDS (60) each
#   FUZZ_SECONDS=3600 Scripts/fuzz.sh query snapshot
#
# Environment: FUZZ_SECONDS (per harness); FUZZ_BUILD (build folder, default .build-fuzz);
# FUZZ_WORK (corpora, seeds, findings and logs, default .build-fuzz-work: not inside the build
# folder, whose artifacts/ SwiftPM empties on every build); FUZZ_SKIP_BUILD=1 (use the drivers
# already built); FUZZ_EXTRA (folders of more seeds, in the harness's input form, given to
# every harness run); FUZZ_NICE (default 19); FUZZ_ARGS (more libFuzzer flags); FUZZ_LABEL (the
# log's last column, default "make fuzz").
set -eu
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD:-.build-fuzz}
WORK=${FUZZ_WORK:-.build-fuzz-work}
NICE=${FUZZ_NICE:-19}
HARNESSES=${*:-extract query facts snapshot}

# The product, input size limit and seed files of each harness.
product() { case $1 in extract) echo FuzzExtract ;; query) echo FuzzQuery ;; facts) echo FuzzFacts ;;
            snapshot) echo FuzzSnapshot ;; *) echo "fuzz: unknown harness '$1'" >&2; exit 2 ;; esac; }
max_len() { case $1 in query) echo 4096 ;; snapshot) echo 32768 ;; *) echo 20000 ;; esac; }
seed_files() {
  case $1 in
    extract) ls Data/*.txt Data/*.json Data/*.jsonl Tests/ExtractionTests/Fixtures/articles/* 2>/dev/null ;;
    query) ls Queries/*.nq Queries/examples/* 2>/dev/null ;;
    facts) ls Queries/*.facts 2>/dev/null ;;
  esac
}

# lld: gold fails to link libFuzzer's runtime next to SwiftPM's entry point.
FLAGS="-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld"
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  for h in $HARNESSES; do
    nice -n "$NICE" $SWIFT build --build-path "$BUILD" --product "$(product "$h")" $FLAGS
  done
fi
BIN=$($SWIFT build --build-path "$BUILD" $FLAGS --show-bin-path)

export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
for h in $HARNESSES; do
  p=$(product "$h")
  corpus=$WORK/$h/corpus; seeds=$WORK/$h/seeds; artifacts=$WORK/$h/findings; regressions=Tests/FuzzRegressions/$h
  mkdir -p "$corpus" "$artifacts" "$regressions"
  rm -rf "$seeds"
  # shellcheck disable=SC2046
  "$BIN/$p" --write-seeds "$seeds" $(seed_files "$h")
  echo "fuzz: $h for ${SECONDS_EACH}s"
  log=$WORK/$h/fuzz.log
  started=$(date +%s)
  before=$(ls "$artifacts" | wc -l)
  # Fork mode keeps going after a finding, so one run can file several.
  nice -n "$NICE" "$BIN/$p" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECONDS_EACH" -dict="Fuzz/$h.dict" -max_len="$(max_len "$h")" -timeout=20 \
    -rss_limit_mb=4096 -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_ARGS:-} \
    "$corpus" "$seeds" ${FUZZ_EXTRA:-} >"$log" 2>&1 || true
  elapsed=$(($(date +%s) - started))
  runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  found=0
  for f in "$artifacts"/*; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    if [ ! -e "$regressions/$name" ]; then
      cp "$f" "$regressions/$name"
      found=$((found + 1))
      echo "fuzz: new finding $regressions/$name"
    fi
  done
  new_artifacts=$(($(ls "$artifacts" | wc -l) - before))
  printf '| %s | %s | %s | %s | %s new (%s artifacts) | %s |\n' "$(date -u +%Y-%m-%d)" "$h" "$elapsed" \
    "${runs:-?}" "$found" "$new_artifacts" "${FUZZ_LABEL:-make fuzz}" >>Tests/FuzzRegressions/LOG.md
  echo "fuzz: $h: ${runs:-?} runs, $found new finding(s); log in $log"
done
