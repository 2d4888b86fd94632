#!/usr/bin/env python3
"""newsq in memory beside DuckDB over the exported tables as Parquet: Q1-Q5 of the peer
benchmark at several sizes, with the bytes each holds; and extraction by `newsq extract` alone
beside Spark local[2] piping articles through it. Run by `make bench` (Scripts/bench.sh, which
appends what it writes to bench-results.md) and by `make bench-engines` alone.

For each scale (1.0 = 1,000,000 facts) it writes the peer fact set (`peer_bench.py --dump
--scale S`), opens it in newsq and runs each query 1 + REPS times in one process (`--timer`:
parse, plan, run; the median), exports it with `newsq export --dir`, turns the CSV into
Parquet as the README shows (in a child process, for its peak memory), and runs the SQL `newsq
sql` prints for each query on DuckDB over `read_parquet` views (1 + REPS times, median; in a child
process too). Bytes: newsq's peak resident memory less that of the same process over no data, the
Parquet files' size on disk, and DuckDB's peak resident memory while it answers. Each step's
wall time goes to standard error as it ends, and the load average beside each size's figures (the
machine may be shared).

    engine_bench.py --newsq .build/release/newsq --peer ../shared/bench/peer_bench.py \
        --work bench-out --scales 1 10 50 [--reps 5] [--out bench-engines.md]
"""
import argparse
import json
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


def log(message):
    print(f"engine_bench: {message}", file=sys.stderr, flush=True)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:4])}…\n{p.stderr[-2000:]}")
    return p


def peak_rss_kb(cmd):
    p = run(["/usr/bin/time", "-f", "%M", *cmd])
    return int(p.stderr.strip().splitlines()[-1]), p.stdout


def measured(cmd, **kw):
    """Runs cmd; its output, peak resident memory (bytes), wall and CPU seconds (user + system)."""
    t = time.perf_counter()
    p = run(["/usr/bin/time", "-f", "%M %U %S", *cmd], **kw)
    wall = time.perf_counter() - t
    peak, user, system = p.stderr.strip().splitlines()[-1].split()
    return p, int(peak) * 1024, wall, float(user) + float(system)


def newsq_side(newsq, tsv, reps):
    """Median ms and rows per query, and the bytes the store adds to the process."""
    cmd = [newsq, "--no-data", "--verbose", "--timer", "--format", "table", tsv]
    for _, q in QUERIES:
        cmd += ["-e", q] * (1 + reps)
    # What the process holds once loaded and asked (the file and the import's columns freed).
    cmd += ["-e", ".shell grep VmRSS /proc/$PPID/status"]
    p, rss, _, cpu = measured(cmd)
    out = p.stdout
    base, _ = peak_rss_kb([newsq, "--no-data", "-e", ".format tsv"])
    base *= 1024
    # At rest, like for like: the empty process read by the same `.shell` line, whose child
    # process start maps pages (threads, Foundation's Process) the plain empty run never does.
    empty = run([newsq, "--no-data", "-e", ".shell grep VmRSS /proc/$PPID/status"]).stdout
    base_rest = int(re.search(r"^VmRSS:\s+(\d+) kB", empty, re.M).group(1)) * 1024
    footers = re.findall(r"^(\d+) rows? · ([\d.]+) ms$", out, re.M)
    result = {}
    for i, (name, _) in enumerate(QUERIES):
        runs = footers[i * (1 + reps):(i + 1) * (1 + reps)][1:]
        result[name] = (statistics.median(float(ms) for _, ms in runs), int(runs[0][0]))
    loaded = re.search(r"^loaded 1 file \(.*?\) in ([\d.]+) s", p.stderr, re.M)
    at_rest = int(re.search(r"^VmRSS:\s+(\d+) kB", out, re.M).group(1)) * 1024
    return result, (rss - base, at_rest - base_rest), float(loaded.group(1)) if loaded else float("nan"), cpu


# The README's recipe for a large export: each CSV straight to Parquet with schema.sql's types,
# streamed (loading the tables into a database first and exporting it took 2.3 GB at 10 million
# facts where this takes 0.8 GB, and a third more CPU time).
CONVERT = """
import os, re, sys, duckdb
folder = sys.argv[1]
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
os.makedirs(os.path.join(folder, "parquet"), exist_ok=True)
os.chdir(folder)
for t, cols in re.findall(r"CREATE TABLE (\\w+) \\((.*)\\);", open("schema.sql", encoding="utf-8").read()):
    types = dict(c.split() for c in cols.split(", "))
    con.execute(f"COPY (FROM read_csv('{t}.csv', header = true, auto_detect = false, columns = {types})) "
                f"TO 'parquet/{t}.parquet' (FORMAT parquet)")
"""

ANSWER = """
import json, os, statistics, sys, time, duckdb
parquet, reps = sys.argv[1], int(sys.argv[2])
items = json.load(sys.stdin)
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")  # it writes on standard output
for t in ("facts", "qualifiers", "entities", "articles"):
    con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{os.path.join(parquet, t)}.parquet')")
out = []
for sql in items:
    rows = con.execute(sql).fetchall()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        con.execute(sql).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    out.append((statistics.median(times), len(rows)))
print(json.dumps(out))
"""


def duckdb_side(newsq, tsv, work, reps):
    """Median ms and rows per query on DuckDB over Parquet made from `newsq export --dir`, with
    the Parquet files' size, the seconds and peak memory of making them, and DuckDB's peak memory
    while answering."""
    folder = os.path.join(work, "tables")
    _, export_peak, export, export_cpu = measured(
        [newsq, "export", "--no-data", tsv, "--format", "csv", "--dir", folder])
    log(f"newsq export --dir (csv): {export:.1f} s ({export_cpu:.1f} s CPU), peak {export_peak / 1e6:.0f} MB")
    _, convert_peak, convert, convert_cpu = measured([sys.executable, "-c", CONVERT, folder])
    log(f"DuckDB CSV -> Parquet: {convert:.1f} s ({convert_cpu:.1f} s CPU), peak {convert_peak / 1e6:.0f} MB")
    parquet = os.path.join(folder, "parquet")
    size = sum(os.path.getsize(os.path.join(parquet, f"{t}.parquet")) for t in TABLES)
    translated = run([newsq, "sql", "--no-data", "--load", tsv, "--json", "--", *(q for _, q in QUERIES)]).stdout
    sqls = [json.loads(line)["sql"] for line in translated.splitlines()]
    p, answer_peak, wall, cpu = measured([sys.executable, "-c", ANSWER, parquet, str(reps)], input=json.dumps(sqls))
    log(f"DuckDB Q1-Q5 x {1 + reps}: {wall:.1f} s ({cpu:.1f} s CPU), peak {answer_peak / 1e6:.0f} MB")
    result = {name: tuple(r) for (name, _), r in zip(QUERIES, json.loads(p.stdout.splitlines()[-1]))}
    return result, size, (export, export_cpu), (convert, convert_cpu, convert_peak), answer_peak


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
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    rdd = spark.sparkContext.parallelize(lines, 2).cache()
    rdd.count()
    piped = []
    for _ in range(4):
        t = time.perf_counter()
        n = rdd.pipe(f"{os.path.abspath(newsq)} extract --format jsonl").count()
        piped.append(time.perf_counter() - t)
    size = os.path.getsize(path)
    alone_s, piped_s = statistics.median(alone[1:]), statistics.median(piped[1:])
    return ("Extraction as a map step: generated articles as JSON lines through `newsq extract --format jsonl`, "
            "alone (one process, one core) and in a Spark `local[2]` job piping two partitions through it "
            "(`rdd.pipe`); medians of 3 runs after one:\n\n"
            "| articles | JSON lines | table rows | newsq alone | Spark local[2] | speed-up | newsq peak memory |\n"
            "|---:|---:|---:|---:|---:|---:|---:|\n"
            f"| {len(lines):,} | {size / 1e6:.1f} MB | {rows:,} | {alone_s:.2f} s ({size / 1e6 / alone_s:.2f} MB/s) "
            f"| {piped_s:.2f} s ({size / 1e6 / piped_s:.2f} MB/s) | {alone_s / piped_s:.2f}× "
            f"| {peak / 1024:.0f} MB |\n" + ("" if n == rows else f"\nSpark's job gave {n:,} rows, not {rows:,}.\n"))


def ms(x):
    return "<0.001 ms" if x < 0.0005 else f"{x:.3f} ms" if x < 100 else f"{x:,.0f} ms"


def megabytes(n):
    return f"{n / 1e6:,.0f} MB" if n < 1e10 else f"{n / 1e9:,.1f} GB"


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
    queries = ["| facts | query | newsq (memory) | DuckDB (Parquet) | DuckDB/newsq | rows newsq / DuckDB |",
               "|---:|---|---:|---:|---:|---:|"]
    held = ["| facts | TSV | newsq: load (process CPU) | newsq: memory, peak; at rest | newsq export as CSV (CPU) "
            "| DuckDB: CSV to Parquet (CPU; peak memory) | Parquet on disk | DuckDB answering: memory | load average |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for scale in a.scales:
        work = os.path.join(a.work, f"engines-{scale:g}")
        os.makedirs(work, exist_ok=True)
        tsv = os.path.join(work, "facts.tsv")
        if not os.path.exists(tsv):
            step = time.perf_counter()
            run([sys.executable, a.peer, "--dump", tsv + ".part", "--scale", str(scale)])
            os.replace(tsv + ".part", tsv)
            log(f"peer_bench.py --dump --scale {scale:g}: {time.perf_counter() - step:.1f} s")
        facts = sum(1 for _ in open(tsv, "rb"))
        before = os.getloadavg()[0]
        step = time.perf_counter()
        n, (newsq_bytes, newsq_rest), load, newsq_cpu = newsq_side(a.newsq, tsv, a.reps)
        log(f"{facts:,} facts: newsq load {load:.1f} s, with Q1-Q5 x {1 + a.reps}: {time.perf_counter() - step:.1f} s "
            f"({newsq_cpu:.1f} s CPU), {newsq_bytes / 1e6:.0f} MB held")
        d, size, (export, export_cpu), (convert, convert_cpu, convert_peak), answer_peak = duckdb_side(
            a.newsq, tsv, work, a.reps)
        after = os.getloadavg()[0]
        for name, _ in QUERIES:
            ratio = d[name][0] / n[name][0] if n[name][0] >= 0.0005 else float("inf")
            shown = f"{ratio:,.0f}×" if ratio != float("inf") else "—"
            queries.append(f"| {facts:,} | {name} | {ms(n[name][0])} | {ms(d[name][0])} | {shown} "
                           f"| {n[name][1]:,} / {d[name][1]:,} |")
        csv_bytes = sum(os.path.getsize(os.path.join(work, "tables", t + ".csv")) for t in TABLES)
        held.append(f"| {facts:,} | {megabytes(os.path.getsize(tsv))} | {load:.1f} s ({newsq_cpu:.1f} s) "
                    f"| {megabytes(newsq_bytes)} ({newsq_bytes / facts:.0f} B/fact); at rest {megabytes(newsq_rest)} "
                    f"({newsq_rest / facts:.0f}) "
                    f"| {megabytes(csv_bytes)} in {export:.1f} s ({export_cpu:.1f} s) "
                    f"| {convert:.1f} s ({convert_cpu:.1f} s; {megabytes(convert_peak)}) "
                    f"| {megabytes(size)} ({size / facts:.0f} B/fact) "
                    f"| {megabytes(answer_peak)} | {before:.1f} → {after:.1f} |")
        print("\n".join(queries[-5:] + held[-1:]), flush=True)
    extract = ""
    if a.extract_articles:
        bench = a.bench or os.path.join(os.path.dirname(a.newsq), "newsq-bench")
        extract = extract_side(a.newsq, bench, a.work, a.extract_articles)
    text = ("## newsq beside DuckDB and Spark\n\n"
            f"Run {time.strftime('%Y-%m-%d %H:%M')} by Scripts/engine_bench.py on {os.cpu_count()} cores. ")
    if a.scales:
        text += ("Q1–Q5 of the peer benchmark, medians of " + str(a.reps) + " runs after one: newsq in memory "
            "(parse, plan, run) beside DuckDB over the tables `newsq export --dir` writes, made Parquet (the SQL "
            "`newsq sql` prints; execute and fetch):\n\n" + "\n".join(queries) + "\n\n"
            "What each holds and what it takes: newsq's load of the TSV (wall time; in brackets the CPU time of "
            "the whole process, load and queries) and its resident memory over an empty process: the peak (the "
            "TSV being imported included) and at rest, once loaded and asked, against the empty process read the same "
            "way (bytes a fact in brackets); the "
            "CSV export, DuckDB streaming it to Parquet (wall; CPU and peak memory), "
            "the Parquet files on disk and DuckDB's peak resident memory while answering; the load average "
            "(1 minute) before and after each size, since the machine may be shared:\n\n"
            + "\n".join(held) + "\n")
    if extract:
        text = text.rstrip() + "\n\n" + extract
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
