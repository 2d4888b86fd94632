#!/bin/sh
# `make bench`: newsq-bench (Sources/Tools/newsq-bench) times the release newsq against generated corpora (1,000 / 10,000 / 100,000 articles)
# and against SQLite on the peer benchmark's 1,000,000 facts, in one run on this machine: in process, and one
# question from the shell (whole `newsq --data DIR -e Qn` against the sqlite3 shell over a database file).
# Then, in the same run, the query shapes and their growth (`newsq-bench shapes`, bench-shapes.md)
# and newsq beside DuckDB and Spark (Scripts/engine_bench.py, see "Engines" below).
# Writes bench-results.md and bench-shapes.md at the repository root, then rewrites README.md's
# performance figures from them (Scripts/readme_performance.py). Not part of `make test`.
#
#   Scripts/bench.sh                          # everything
#   Scripts/bench.sh --max-articles 10000     # skip the 100,000-article corpus
#   Scripts/bench.sh --skip-corpora --one-shot-only   # only the one-shot table
#   ENGINE_SCALES="1 10" Scripts/bench.sh     # the engines part without 50 million facts
#   ENGINE_SCALES= EXTRACT_ARTICLES=0 Scripts/bench.sh   # no engines part
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

# Engines: Q1-Q5 at ENGINE_SCALES million peer facts (default 1, 10 and 50; 50 takes about 8 GB of
# memory and 10 more minutes) for newsq in memory and DuckDB over the exported tables as Parquet, and
# EXTRACT_ARTICLES generated articles through `newsq extract` alone and under Spark local[2]. DuckDB,
# PySpark (about 320 MB the first time) and Java come from Scripts/engines-venv.sh. Appended to
# bench-results.md; the peer fact sets stay in bench-out/engines-N/ for the next run.
ENGINE_SCALES=${ENGINE_SCALES-1 10 50}
EXTRACT_ARTICLES=${EXTRACT_ARTICLES-20000}
if [ -n "$ENGINE_SCALES" ] || [ "$EXTRACT_ARTICLES" != 0 ]; then
  engines=duckdb
  [ "$EXTRACT_ARTICLES" = 0 ] || engines="duckdb spark"
  py=$(ENGINES="$engines" Scripts/engines-venv.sh)
  # shellcheck disable=SC2086 # the scales are words
  "$py" Scripts/engine_bench.py --newsq "$(dirname "$BIN")/newsq" --bench "$BIN" --peer ../shared/bench/peer_bench.py \
    --work bench-out --scales $ENGINE_SCALES --extract-articles "$EXTRACT_ARTICLES" --out bench-out/engines.md
  { echo; cat bench-out/engines.md; } >> bench-results.md
fi

# The README's performance figures come from the two result files just written.
python3 Scripts/readme_performance.py
