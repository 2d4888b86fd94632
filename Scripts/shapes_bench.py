#!/usr/bin/env python3
"""The SQL side of the query-shapes table of `make bench` (newsq-bench, QueryShapes.swift).

Loads the TSV written by `peer_bench.py --dump` into an in-memory database as the table
facts(s, p, o) holding each (s, p, o) once -- newsq's semantics: a fact stated in several
sentences is one fact -- then runs each shape's SQL (from the JSON object {name: sql} in
SHAPES) with fetchall(): one warm-up, then at least REPS timed runs and more until 0.2 s have
passed (at most 1,000). Prints one JSON object: engine, version, load seconds, and per shape
the median ms (wall, and CPU: SQLite's thread, DuckDB's process), the row count and a digest of the rows (each row's values as text joined by
tabs, NULL as empty, the lines sorted), which newsq-bench compares with newsq's rows.

SQLite is timed two ways: `median_ms`/`cpu_ms` through the connection's statement cache
(Python's sqlite3 keeps prepared statements keyed by the SQL text, so a repeated statement is
never parsed or planned again: a prepared statement reused), and `typed_ms`/`typed_cpu_ms`
through a second connection over a copy of the same database (`Connection.backup`) opened with
`cached_statements=0`, so each call prepares (parses and plans) the statement again, as a
statement typed by a user is (the copy doubles SQLite's memory while the script runs). DuckDB's
Python `execute` prepares every call (it has no such cache): its one figure is both.

  sqlite: Python's sqlite3, indexes on (s,p), (p,o), (o,p) and ANALYZE, as peer_bench.py.
  duckdb: the duckdb package (make it with Scripts/engines-venv.sh), no secondary indexes
          (DuckDB's default, as peer_bench.py), its `LIKE` made `ILIKE` (SQLite's LIKE is
          case-insensitive for ASCII, as newsq's `contains` is).

Usage: python3 Scripts/shapes_bench.py facts.tsv shapes.json [--engine sqlite|duckdb] [--reps 5]
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time


def rows_digest(rows):
    """FNV-1a (64 bits, hex) of the rows as newsq-bench digests newsq's: values as text,
    tab-joined, the lines sorted (by their UTF-8 bytes) and joined by line breaks."""
    def text(v):
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    lines = sorted("\t".join(text(v) for v in r).encode("utf-8") for r in rows)
    h = 0xCBF29CE484222325
    for b in b"\n".join(lines):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "x")


def load(engine, tsv):
    """A connection holding facts(s, p, o) from `tsv`, and its engine's version."""
    with open(tsv, encoding="utf-8") as f:
        rows = sorted({tuple(line.rstrip("\n").split("\t")[:3]) for line in f})
    if engine == "sqlite":
        import sqlite3
        con = sqlite3.connect(":memory:")
        con.execute("CREATE TABLE facts(s TEXT, p TEXT, o TEXT)")
        con.executemany("INSERT INTO facts VALUES (?,?,?)", rows)
        con.execute("CREATE INDEX i_sp ON facts(s, p)")
        con.execute("CREATE INDEX i_po ON facts(p, o)")
        con.execute("CREATE INDEX i_op ON facts(o, p)")
        con.commit()
        con.execute("ANALYZE")
        return con, sqlite3.sqlite_version
    import duckdb
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE facts(s VARCHAR, p VARCHAR, o VARCHAR)")
    # executemany is slow in DuckDB: the distinct rows are written to a file and read in bulk.
    fd, path = tempfile.mkstemp(suffix=".tsv")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for r in rows:
            out.write("\t".join(r) + "\n")
    con.execute(
        "INSERT INTO facts SELECT * FROM read_csv(?, delim='\t', header=false, quote='', escape='', "
        "columns={'s': 'VARCHAR', 'p': 'VARCHAR', 'o': 'VARCHAR'})", [path])
    os.unlink(path)
    return con, duckdb.__version__


def timed(con, sql, reps, cpu_clock):
    """Median wall and CPU seconds of `con.execute(sql).fetchall()`: at least `reps` runs and
    more until 0.2 s have passed (at most 1,000)."""
    times, cpus = [], []
    start = time.perf_counter()
    while len(times) < reps or (time.perf_counter() - start < 0.2 and len(times) < 1000):
        c = cpu_clock()
        t = time.perf_counter()
        con.execute(sql).fetchall()
        times.append(time.perf_counter() - t)
        cpus.append(cpu_clock() - c)
    return statistics.median(times), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tsv")
    ap.add_argument("shapes")
    ap.add_argument("--engine", choices=["sqlite", "duckdb"], default="sqlite")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--only", help="run only the shapes whose name contains this text (or one of these, comma-separated)")
    a = ap.parse_args()
    with open(a.shapes, encoding="utf-8") as f:
        shapes = json.load(f)
    t0 = time.perf_counter()
    con, version = load(a.engine, a.tsv)
    load_s = time.perf_counter() - t0
    typed = None
    if a.engine == "sqlite":
        import sqlite3
        # The same database, without a statement cache: each call prepares the statement.
        typed = sqlite3.connect(":memory:", cached_statements=0)
        con.backup(typed)
    out = {}
    for name, sql in shapes.items():
        if a.only and not any(part.strip() in name for part in a.only.split(",")):
            continue
        if a.engine == "duckdb":
            sql = sql.replace(" LIKE ", " ILIKE ")
        rows = con.execute(sql).fetchall()  # warm-up; gives the rows
        # CPU: this thread's for SQLite (it runs in it); the process's for DuckDB (its own threads).
        cpu_clock = time.thread_time if a.engine == "sqlite" else time.process_time
        wall, cpu = timed(con, sql, a.reps, cpu_clock)
        out[name] = {"rows": len(rows), "digest": rows_digest(rows), "median_ms": wall * 1000, "cpu_ms": cpu * 1000}
        if typed is not None:
            typed.execute(sql).fetchall()  # warm-up: the pages, not the statement
            wall, cpu = timed(typed, sql, a.reps, cpu_clock)
            out[name]["typed_ms"], out[name]["typed_cpu_ms"] = wall * 1000, cpu * 1000
        print(f"shapes_bench {a.engine}: {name}: {out[name]['median_ms']:.3f} ms"
              + (f" (prepared each call {out[name]['typed_ms']:.3f} ms)" if typed is not None else "")
              + f", {len(rows)} rows", file=sys.stderr)
    print(json.dumps({"engine": a.engine, "version": version, "load_s": load_s, "shapes": out}))


if __name__ == "__main__":
    main()
