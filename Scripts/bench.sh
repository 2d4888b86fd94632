#!/bin/sh
# `make bench`: newsq-bench (Sources/Tools/newsq-bench) times the release newsq against generated corpora (1,000 / 10,000 / 100,000 articles)
# and against SQLite on the peer benchmark's 1,000,000 facts, in one run on this machine: in process, and one
# question from the shell (whole `newsq --data DIR -e Qn` against the sqlite3 shell over a database file).
# Writes bench-results.md and bench-shapes.md (`newsq-bench shapes`) at the repository root. Not part of `make test`.
#
#   Scripts/bench.sh                          # everything
#   Scripts/bench.sh --max-articles 10000     # skip the 100,000-article corpus
#   Scripts/bench.sh --skip-corpora --one-shot-only   # only the one-shot table
set -eu
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
BIN=$($SWIFT build -c release --show-bin-path ${SCRATCH:+--scratch-path "$SCRATCH"})/newsq-bench
if [ ! -x "$BIN" ]; then
  echo "bench: $BIN is missing; run 'make release' first" >&2
  exit 1
fi
mkdir -p bench-out
"$BIN" run --work bench-out --results bench-results.md "$@"
# Q1-Q5 and the query shapes at BENCH_SCALES million facts beside SQLite and DuckDB (from
# .build/engines-venv, made by Scripts/engines-venv.sh), and how each grows with the data.
"$BIN" shapes --work bench-out --scales "${BENCH_SCALES:-1,10}" --results bench-shapes.md
