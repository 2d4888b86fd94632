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
  : >"$log"
  started=$(date +%s)
  deadline=$((started + SECONDS_EACH))
  before=$(ls "$artifacts" | wc -l)
  runs=0; cpu=0; restarts=0
  # One libFuzzer process at a time; a finding stops it, so it is started again for the time
  # left (fork mode would not stop, but re-runs part of the corpus for every job it starts).
  while left=$((deadline - $(date +%s))); [ "$left" -gt 5 ] && [ "$restarts" -lt 100 ]; do
    # GNU time: the machine is shared, so the log records CPU seconds, not just wall seconds.
    nice -n "$NICE" /usr/bin/time -f '%U %S' -o "$WORK/$h/cpu" "$BIN/$p" -max_total_time="$left" \
      -dict="Fuzz/$h.dict" -max_len="$(max_len "$h")" -timeout=20 -rss_limit_mb=4096 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_ARGS:-} \
      "$corpus" "$seeds" ${FUZZ_EXTRA:-} >"$log.part" 2>&1 && status=0 || status=$?
    cat "$log.part" >>"$log"
    part=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log.part" | grep -Eo '[0-9]+$' || true)
    [ -n "$part" ] || part=$(grep -Eo '^#[0-9]+' "$log.part" | tail -1 | tr -d '#')
    runs=$((runs + ${part:-0}))
    # The last line: GNU time puts "Command exited with non-zero status" before it.
    cpu=$((cpu + $(tail -n 1 "$WORK/$h/cpu" 2>/dev/null | awk '{ s = $1 + $2 } END { printf "%d", s }')))
    [ "$status" -ne 0 ] || break
    restarts=$((restarts + 1))
    # A corpus or seed input that fails at start-up would stop every restart: it is filed, so
    # it leaves the corpus (matched by content; FUZZ_EXTRA folders are left alone).
    for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
      [ -f "$f" ] || continue
      for c in "$corpus"/* "$seeds"/*; do
        if [ -f "$c" ] && cmp -s "$f" "$c"; then rm -f "$c"; fi
      done
    done
  done
  rm -f "$log.part"
  elapsed=$(($(date +%s) - started))
  found=0
  for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    if [ ! -e "$regressions/$name" ]; then
      cp "$f" "$regressions/$name"
      found=$((found + 1))
      echo "fuzz: new finding $regressions/$name"
    fi
  done
  new_artifacts=$(($(ls "$artifacts" | wc -l) - before))
  printf '| %s | %s | %s | %s | %s | %s new (%s artifacts) | %s |\n' "$(date -u +%Y-%m-%d)" "$h" \
    "$elapsed" "$cpu" "${runs:-?}" "$found" "$new_artifacts" "${FUZZ_LABEL:-make fuzz}" >>Tests/FuzzRegressions/LOG.md
  echo "fuzz: $h: ${runs:-?} runs in ${elapsed}s (${cpu} CPU s), $found new finding(s); log in $log"
done
