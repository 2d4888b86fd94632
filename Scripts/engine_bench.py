#!/usr/bin/env python3
"""newsq in memory beside DuckDB over the exported tables as Parquet: Q1-Q5 of the peer
benchmark at several sizes, with the bytes each holds. Run by `make bench-engines`.

For each scale (1.0 = 1,000,000 facts) it writes the peer fact set (`peer_bench.py --dump
--scale S`), opens it in newsq and runs each query 1 + REPS times in one process (`--timer`:
parse, plan, run; the median), exports it with `newsq export --dir`, turns the CSV into
Parquet as the README shows, and runs the SQL `newsq sql` prints for each query on DuckDB
over `read_parquet` views (1 + REPS times, median). Bytes: newsq's peak resident memory less
that of the same process over no data, and the Parquet files' size on disk.

    engine_bench.py --newsq .build/release/newsq --peer ../shared/bench/peer_bench.py \
        --work bench-out --scales 1 10 50 [--reps 5] [--out bench-engines.md]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

QUERIES = [
    ("Q1 point lookup", "find ?p, ?o where person/1234 ?p ?o"),
    ("Q2 2-pattern join", "find ?s where ?s title minister, ?s country country_07"),
    ("Q3 3-way join", "find ?e, ?x, ?t where ?e date 2024-03-15, ?e participant ?x, ?x title ?t"),
    ("Q4 aggregate", "find ?type, count(?e) where ?e type ?type group by ?type"),
    ("Q5 negation", "find ?s where ?s title ?t, not ?q speaker ?s"),
]
TABLES = ("facts", "qualifiers", "entities", "articles")


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:4])}…\n{p.stderr[-2000:]}")
    return p


def peak_rss_kb(cmd):
    p = run(["/usr/bin/time", "-f", "%M", *cmd])
    return int(p.stderr.strip().splitlines()[-1]), p.stdout


def newsq_side(newsq, tsv, reps):
    """Median ms and rows per query, and the bytes the store adds to the process."""
    cmd = [newsq, "--no-data", "--timer", "--format", "table", tsv]
    for _, q in QUERIES:
        cmd += ["-e", q] * (1 + reps)
    rss, out = peak_rss_kb(cmd)
    base, _ = peak_rss_kb([newsq, "--no-data", "-e", ".format tsv"])
    footers = re.findall(r"^(\d+) rows? · ([\d.]+) ms$", out, re.M)
    result = {}
    for i, (name, _) in enumerate(QUERIES):
        runs = footers[i * (1 + reps):(i + 1) * (1 + reps)][1:]
        result[name] = (statistics.median(float(ms) for _, ms in runs), int(runs[0][0]))
    return result, (rss - base) * 1024


def duckdb_side(newsq, tsv, work, reps):
    import duckdb
    folder = os.path.join(work, "tables")
    run([newsq, "export", "--no-data", tsv, "--format", "csv", "--dir", folder])
    load = duckdb.connect()
    with open(os.path.join(folder, "schema.sql"), encoding="utf-8") as f:
        load.execute(f.read())
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        t = time.perf_counter()
        load.execute("; ".join(f"COPY {t} FROM '{t}.csv' (HEADER)" for t in TABLES)
                     + "; EXPORT DATABASE 'parquet' (FORMAT parquet)")
        convert = time.perf_counter() - t
    finally:
        os.chdir(cwd)
    load.close()
    parquet = os.path.join(folder, "parquet")
    size = sum(os.path.getsize(os.path.join(parquet, f"{t}.parquet")) for t in TABLES)
    con = duckdb.connect()
    for t in TABLES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{os.path.join(parquet, t)}.parquet')")
    result = {}
    for name, q in QUERIES:
        sql = run([newsq, "sql", "--no-data", "--load", tsv, "--", q]).stdout
        rows = con.execute(sql).fetchall()
        times = []
        for _ in range(reps):
            t = time.perf_counter()
            con.execute(sql).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        result[name] = (statistics.median(times), len(rows))
    return result, size, convert


def extract_side(newsq, bench, work, articles):
    """`newsq extract --format jsonl` alone beside a Spark local[2] job piping the same articles
    through it: seconds (median of 3, after one warm-up) and peak memory of newsq alone."""
    folder = os.path.join(work, f"articles-{articles}")
    if not os.path.isdir(folder):
        run([bench, "gen", "--articles", str(articles), "--seed", "7", folder])
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Engines"))
    from engine_check import articles_as_json_lines
    lines = []
    for root, dirs, _ in os.walk(folder):
        dirs.sort()
        lines += articles_as_json_lines(root)
    path = os.path.join(work, f"articles-{articles}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    alone = []
    for _ in range(4):
        t = time.perf_counter()
        with open(path, encoding="utf-8") as f:
            p = subprocess.run(["/usr/bin/time", "-f", "%M", newsq, "extract", "--format", "jsonl"], stdin=f,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        alone.append(time.perf_counter() - t)
        rows = p.stdout.count("\n")
        peak = int(p.stderr.strip().splitlines()[-1])
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    rdd = spark.sparkContext.parallelize(lines, 2).cache()
    rdd.count()
    piped = []
    for _ in range(4):
        t = time.perf_counter()
        n = rdd.pipe(f"{os.path.abspath(newsq)} extract --format jsonl").count()
        piped.append(time.perf_counter() - t)
    size = os.path.getsize(path)
    return (f"Extraction of {len(lines):,} generated articles ({size / 1e6:.1f} MB of JSON lines, {rows:,} table rows): "
            f"`newsq extract --format jsonl` alone {statistics.median(alone[1:]):.2f} s ({size / 1e6 / statistics.median(alone[1:]):.1f} MB/s, "
            f"peak {peak / 1024:.0f} MB); Spark local[2] piping it {statistics.median(piped[1:]):.2f} s "
            f"({size / 1e6 / statistics.median(piped[1:]):.1f} MB/s, {n:,} rows).\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsq", required=True)
    ap.add_argument("--peer", default="../shared/bench/peer_bench.py")
    ap.add_argument("--work", default="bench-out")
    ap.add_argument("--scales", nargs="*", type=float, default=[1, 10, 50])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--out", default="bench-engines.md")
    ap.add_argument("--extract-articles", type=int, default=0,
                    help="also time extraction of this many generated articles, alone and under Spark (needs pyspark)")
    ap.add_argument("--bench", default=None, help="newsq-bench (default: beside --newsq)")
    a = ap.parse_args()
    lines = ["| facts | query | newsq (memory) | DuckDB (Parquet) | rows newsq / DuckDB |", "|---:|---|---:|---:|---:|"]
    notes = []
    for scale in a.scales:
        work = os.path.join(a.work, f"engines-{scale:g}")
        os.makedirs(work, exist_ok=True)
        tsv = os.path.join(work, "facts.tsv")
        if not os.path.exists(tsv):
            run([sys.executable, a.peer, "--dump", tsv, "--scale", str(scale)])
        facts = sum(1 for _ in open(tsv, encoding="utf-8"))
        n, held = newsq_side(a.newsq, tsv, a.reps)
        d, size, convert = duckdb_side(a.newsq, tsv, work, a.reps)
        def ms(x):
            return "<0.001 ms" if x < 0.0005 else f"{x:.3f} ms"

        for name, _ in QUERIES:
            lines.append(f"| {facts:,} | {name} | {ms(n[name][0])} | {ms(d[name][0])} | {n[name][1]:,} / {d[name][1]:,} |")
        notes.append(f"- {facts:,} facts: newsq {held / 1e6:.0f} MB ({held / facts:.0f} bytes a fact: peak resident "
                     f"memory over an empty process, the TSV being imported included); the Parquet tables {size / 1e6:.0f} MB "
                     f"({size / facts:.0f} bytes a fact), made from the CSV export in {convert:.1f} s")
        print(lines[-5:], notes[-1], flush=True)
    extract = ""
    if a.extract_articles:
        bench = a.bench or os.path.join(os.path.dirname(a.newsq), "newsq-bench")
        extract = "\n" + extract_side(a.newsq, bench, a.work, a.extract_articles)
    text = ("Q1-Q5 medians, newsq in memory (parse, plan, run) beside DuckDB over the exported tables as Parquet "
            "(the SQL `newsq sql` prints; execute and fetch):\n\n" + "\n".join(lines) + "\n\n" + "\n".join(notes) + "\n" + extract)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
