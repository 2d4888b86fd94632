#!/usr/bin/env python3
"""SQLite side of `newsq bench`: the same TSV, tables, indexes and SQL as peer_bench.py.

Loads the TSV written by `peer_bench.py --dump` into a ":memory:" database
(table triples(s, p, o, article, sentence); indexes on (s,p), (p,o), (o,p); ANALYZE),
then runs Q1-Q5 with fetchall(): 1 warm-up + REPS timed runs each, and prints one JSON
object: load seconds, facts/s, RSS delta, page bytes, per-query median ms and row counts.

Each query is timed two ways: through Python's statement cache (`median_ms`: the statement
prepared for the same SQL text is reused, never parsed or planned again, as a prepared
statement is) and through a second connection over a copy of the same database
(`Connection.backup`) opened with `cached_statements=0` (`typed_ms`: each call prepares the
statement again, as a statement typed by a user is). The copy is made after the RSS and page
figures are read, so they count one database.

Usage: python3 Scripts/sqlite_bench.py facts.tsv [--reps 5]
       python3 Scripts/sqlite_bench.py --sql-only     # the SQL of Q1-Q5 as one JSON object
"""
import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import time

# The peer benchmark sits in ../shared/bench beside the repository.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench"))
try:  # the one definition of the queries, when the peer benchmark is at hand
    from peer_bench import SQL, QUERY_NAMES  # noqa: E402
except ImportError:  # the same text, copied from peer_bench.py
    SQL = {
        "Q1 point lookup": "SELECT p, o, article, sentence FROM triples WHERE s = 'person/1234'",
        "Q2 2-pattern join": "SELECT a.s FROM triples a JOIN triples b ON b.s = a.s "
                             "WHERE a.p = 'title' AND a.o = 'minister' AND b.p = 'country' AND b.o = 'country_07'",
        "Q3 3-way join": "SELECT d.s, pa.o, t.o FROM triples d JOIN triples pa ON pa.s = d.s AND pa.p = 'participant' "
                         "JOIN triples t ON t.s = pa.o AND t.p = 'title' WHERE d.p = 'date' AND d.o = '2024-03-15'",
        "Q4 aggregate": "SELECT o, count(*) FROM triples WHERE p = 'type' GROUP BY o",
        "Q5 negation": "SELECT t.s FROM triples t WHERE t.p = 'title' AND NOT EXISTS "
                       "(SELECT 1 FROM triples q WHERE q.p = 'speaker' AND q.o = t.s)",
    }
    QUERY_NAMES = list(SQL)


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def timed(con, sql, reps):
    """Seconds of each `con.execute(sql).fetchall()`: at least REPS runs, more until 0.2 s
    have passed (at most 10,000), so a query of a few microseconds gets a stable median.
    newsq's side follows the same rule."""
    times = []
    start = time.perf_counter()
    while len(times) < reps or (time.perf_counter() - start < 0.2 and len(times) < 10000):
        t = time.perf_counter()
        con.execute(sql).fetchall()
        times.append(time.perf_counter() - t)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tsv", nargs="?")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--sql-only", action="store_true", help="print the SQL of Q1-Q5 as JSON and stop")
    a = ap.parse_args()
    if a.sql_only:
        print(json.dumps({q: SQL[q] for q in QUERY_NAMES}))
        return
    if a.tsv is None:
        ap.error("the TSV file is required")

    t0 = time.perf_counter()
    with open(a.tsv, encoding="utf-8") as f:
        rows = [(s, p, o, int(art), int(sn)) for s, p, o, _k, art, sn in
                (line.rstrip("\n").split("\t") for line in f)]
    parse_s = time.perf_counter() - t0
    gc.collect()
    r0 = rss_bytes()
    t0 = time.perf_counter()
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE triples(s TEXT, p TEXT, o TEXT, article INTEGER, sentence INTEGER)")
    con.executemany("INSERT INTO triples VALUES (?,?,?,?,?)", rows)
    con.execute("CREATE INDEX i_sp ON triples(s, p)")
    con.execute("CREATE INDEX i_po ON triples(p, o)")
    con.execute("CREATE INDEX i_op ON triples(o, p)")
    con.commit()
    con.execute("ANALYZE")
    load_s = time.perf_counter() - t0
    rss_delta = rss_bytes() - r0
    n = len(rows)
    del rows
    gc.collect()
    pages = con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]

    # The same database without a statement cache: each call prepares the statement.
    typed = sqlite3.connect(":memory:", cached_statements=0)
    con.backup(typed)
    queries = {}
    for name in QUERY_NAMES:
        count = len(con.execute(SQL[name]).fetchall())  # warm-up; gives the row count
        times = timed(con, SQL[name], a.reps)
        typed.execute(SQL[name]).fetchall()  # warm-up: the pages, not the statement
        typed_times = timed(typed, SQL[name], a.reps)
        queries[name] = {"rows": count, "median_ms": statistics.median(times) * 1000,
                         "times_ms": [x * 1000 for x in times],
                         "typed_ms": statistics.median(typed_times) * 1000}
    print(json.dumps({
        "engine": "sqlite", "version": sqlite3.sqlite_version, "facts": n,
        "parse_s": parse_s, "load_s": load_s, "facts_per_s": n / load_s,
        "rss_delta": rss_delta, "engine_bytes": pages, "queries": queries,
        "sql": {q: SQL[q] for q in QUERY_NAMES},
    }))


if __name__ == "__main__":
    main()
