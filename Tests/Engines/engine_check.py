#!/usr/bin/env python3
"""Runs every statement of Queries/*.nq that `newsq sql` translates on a real SQL engine over
the tables `newsq export --dir` writes (turned into Parquet as the README shows), and checks that the engine returns the rows newsq
returns over the same corpus. Statements newsq sql refuses are listed with the reason.

    engine_check.py --newsq .build/debug/newsq [--engine duckdb|spark] [--queries Queries] [--work DIR]

With --engine spark (PySpark in local[2]) the tables are read from the JSON-lines export with
schema.sql's column types, and the check also pipes Data/'s articles, as JSON lines, through
`newsq extract --format jsonl` in a Spark job and compares the facts with `newsq export`'s.

With --engine duckdb, every such statement also goes through `newsq sql --engine duckdb --dir`
(the duckdb program beside this script's python, as engines-venv.sh installs it), and must print
newsq's rows; the python-package route and the errors for no DuckDB and no tables are checked once.

Exit status 1 when an engine disagrees or fails on a statement newsq translated; 0 otherwise.
"""
import argparse
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def load_args(script_path):
    """The corpus a script names on its first line (`-- load: sample.facts` or `../Data`)."""
    with open(script_path, encoding="utf-8") as f:
        first = f.readline().strip()
    if not first.startswith("-- load:"):
        raise SystemExit(f"{script_path}:1: the first line must be '-- load: FILE_OR_FOLDER'")
    target = os.path.normpath(os.path.join(os.path.dirname(script_path), first[len("-- load:"):].strip()))
    if target.endswith(".facts"):
        return ["--no-data", target], ["--no-data", "--load", target], target
    return ["--data", target], ["--data", target], target


def norm(v):
    """A cell as text the way both sides can agree on: numbers by value, NULL as empty."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        x = float(v)
        if math.isfinite(x) and x == round(x) and abs(x) < 1e15:
            return str(int(x))
        return format(x, ".10g")
    return str(v)


def newsq_rows(newsq, corpus, rules, statement):
    cmd = [newsq, "--format", "json", *corpus]
    for r in rules + [statement]:
        cmd += ["-e", r]
    p = run(cmd)
    if p.returncode != 0:
        return None, p.stderr.strip()
    rows, headers = [], []
    for line in p.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            headers = list(row)
            rows.append(tuple(norm(v) for v in row.values()))
    return (rows, headers), None


QUESTIONS_ORDERED_BY_FIRST_COLUMN = ("who holds", "who met", "when did", "articles about")


def order_columns(statement, headers):
    """The output columns a statement orders by, or None when they are not all outputs."""
    if statement.startswith(QUESTIONS_ORDERED_BY_FIRST_COLUMN):
        return [0]
    m = re.search(r"\border by (.*?)(?:\s+(?:limit|offset)\s+\d+)*\s*$", statement, re.S)
    if not m:
        return None
    columns = []
    for key in m.group(1).split(","):
        name = re.sub(r"\s+(asc|desc)$", "", key.strip()).replace("?", "")
        if name not in headers:
            return None
        columns.append(headers.index(name))
    return columns


TABLES = ("facts", "qualifiers", "entities", "articles")


class DuckDB:
    """The exported CSV tables turned into Parquet as the README says, queried as Parquet."""

    def __init__(self, folder):
        import duckdb
        load = duckdb.connect()
        with open(os.path.join(folder, "schema.sql"), encoding="utf-8") as f:
            load.execute(f.read())
        # The README's line, run in the export folder.
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            load.execute("; ".join(f"COPY {t} FROM '{t}.csv' (HEADER)" for t in TABLES)
                         + "; EXPORT DATABASE 'parquet' (FORMAT parquet)")
        finally:
            os.chdir(cwd)
        self.con = duckdb.connect()
        for t in TABLES:
            path = os.path.join(folder, "parquet", f"{t}.parquet").replace("'", "''")
            self.con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{path}')")

    def rows(self, sql):
        return [tuple(norm(v) for v in row) for row in self.con.execute(sql).fetchall()]


class Spark:
    """PySpark in local mode with two workers, over the JSON-lines export read with schema.sql's types."""

    session = None

    @classmethod
    def spark(cls):
        if cls.session is None:
            from pyspark.sql import SparkSession
            cls.session = (SparkSession.builder.master("local[2]").appName("newsq-engine-check")
                           .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                           .getOrCreate())
            cls.session.sparkContext.setLogLevel("ERROR")
        return cls.session

    def __init__(self, folder):
        import re
        self.prefix = f"t{abs(hash(folder)) % 100000}_"
        with open(os.path.join(folder, "schema.sql"), encoding="utf-8") as f:
            self.ddl = dict(re.findall(r"CREATE TABLE (\w+) \((.*)\);", f.read()))
        self.folder = folder

    def rows(self, sql):
        spark = Spark.spark()
        # The views of this corpus under the names the SQL reads.
        for t, cols in self.ddl.items():
            spark.read.schema(cols).json(os.path.join(self.folder, f"{t}.jsonl")).createOrReplaceTempView(t)
        return [tuple(norm(v) for v in row) for row in spark.sql(sql.rstrip().rstrip(";")).collect()]


NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def csv_cell(v):
    """A cell of `newsq sql --engine duckdb`'s CSV, or of newsq's rows, as both can agree on it:
    a number by its value (CSV has no types), anything else as it is."""
    return norm(float(v)) if NUMBER.fullmatch(v) else v


def engine_flag_rows(newsq, sql_corpus, folder, rules, statement, path):
    """`newsq sql --engine duckdb --dir FOLDER` run with PATH as given: its rows (from its CSV),
    or None and what it said when it failed."""
    env = dict(os.environ, PATH=path)
    p = run([newsq, "sql", *sql_corpus, "--engine", "duckdb", "--dir", folder, "--", *rules, statement], env=env)
    if p.returncode != 0:
        return None, p.stderr.strip()
    rows = list(csv.reader(io.StringIO(p.stdout)))
    return [tuple(csv_cell(c) for c in r) for r in rows[1:]], None


def engine_flag_check(newsq, sql_corpus, folder, rules, statement, expected, path):
    """Whether `newsq sql --engine duckdb` prints newsq's rows (as a bag); the problem if not."""
    got, failure = engine_flag_rows(newsq, sql_corpus, folder, rules, statement, path)
    if got is None:
        return f"newsq sql --engine duckdb failed: {failure}"
    want = [tuple(csv_cell(c) for c in r) for r in expected]
    if sorted(got) != sorted(want):
        missing = [r for r in want if r not in got][:3]
        extra = [r for r in got if r not in want][:3]
        return (f"newsq {len(want)} rows, newsq sql --engine duckdb {len(got)}; only newsq: {missing}; "
                f"only the engine: {extra}")
    return None


def engine_flag_routes(newsq, data, work):
    """`--engine duckdb` over `data`'s tables through a python3 with the duckdb package when no
    duckdb program is on the PATH, and its errors when there is no DuckDB or no folder of tables:
    the problems found."""
    problems = []
    folder = os.path.join(work, "route-tables")
    p = run([newsq, "export", "--data", data, "--format", "csv", "--dir", folder])
    if p.returncode != 0:
        return [f"newsq export failed: {p.stderr}"]
    wrapper = os.path.join(work, "python-only")
    os.makedirs(wrapper, exist_ok=True)
    # A script, not a link: a virtual environment's python knows itself by the path it runs from.
    with open(os.path.join(wrapper, "python3"), "w", encoding="utf-8") as f:
        f.write(f"#!/bin/sh\nexec {sys.executable} \"$@\"\n")
    os.chmod(os.path.join(wrapper, "python3"), 0o755)
    statement = "find ?kind, count(?e) where ?e kind ?kind group by ?kind"
    cli, failure = engine_flag_rows(newsq, ["--data", data], folder, [], statement,
                                    os.path.dirname(sys.executable))
    py, py_failure = engine_flag_rows(newsq, ["--data", data], folder, [], statement, f"{wrapper}:/usr/bin:/bin")
    if cli is None or py is None or not cli or sorted(cli) != sorted(py):
        problems.append(f"the duckdb program and the python package disagree: {cli or failure} / {py or py_failure}")
    empty = os.path.join(work, "no-engine")
    os.makedirs(empty, exist_ok=True)
    none, said = engine_flag_rows(newsq, ["--data", data], folder, [], statement, empty)
    if none is not None or "DuckDB not found" not in said:
        problems.append(f"with no DuckDB on the PATH, expected 'DuckDB not found' and exit status 1, got: {said!r}")
    missing, said = engine_flag_rows(newsq, ["--data", data], os.path.join(work, "no-tables"), [], statement,
                                     os.path.dirname(sys.executable))
    if missing is not None or "no folder of tables" not in said:
        problems.append(f"with no tables, expected 'no folder of tables' and exit status 1, got: {said!r}")
    return problems


def articles_as_json_lines(data):
    """Data/'s articles as the JSON lines a crawler writes (a .txt's header becomes fields)."""
    out = []
    for name in sorted(os.listdir(data)):
        path = os.path.join(data, name)
        stem, ext = os.path.splitext(name)
        if ext == ".jsonl":
            with open(path, encoding="utf-8") as f:
                out += [line.rstrip("\n") for line in f if line.strip()]
        elif ext == ".json":
            with open(path, encoding="utf-8") as f:
                value = json.load(f)
            items = value if isinstance(value, list) else [value]
            for k, item in enumerate(items):
                item.setdefault("id", stem if len(items) == 1 else f"{stem}-{k + 1}")
                out.append(json.dumps(item, ensure_ascii=False))
        elif ext == ".txt":
            with open(path, encoding="utf-8") as f:
                text = f.read()
            fields, lines = {}, text.split("\n")
            header = {"title": "title", "source": "source", "date": "date", "url": "url", "id": "id"}
            i = 0
            while i < len(lines) and ":" in lines[i] and lines[i].split(":", 1)[0].strip().lower() in header:
                key, value = lines[i].split(":", 1)
                fields[header[key.strip().lower()]] = value.strip()
                i += 1
            if fields and i < len(lines) and lines[i].strip() == "":
                text = "\n".join(lines[i + 1:])
            else:
                fields = {}
            fields.setdefault("id", stem)
            fields["text"] = text
            out.append(json.dumps(fields, ensure_ascii=False))
    return out


def pipe_check(newsq, data, work):
    """Data/ piped through `newsq extract --format jsonl` by Spark: the facts newsq export writes?"""
    folder = os.path.join(work, "pipe-export")
    p = run([newsq, "export", "--data", data, "--format", "jsonl", "--dir", folder])
    if p.returncode != 0:
        return f"newsq export failed: {p.stderr}"
    lines = articles_as_json_lines(data)
    sc = Spark.spark().sparkContext
    piped = sc.parallelize(lines, 2).pipe(f"{os.path.abspath(newsq)} extract --format jsonl").map(json.loads)
    rows = piped.collect()
    for table in ("facts", "qualifiers"):
        with open(os.path.join(folder, f"{table}.jsonl"), encoding="utf-8") as f:
            exported = sorted(json.dumps(json.loads(l), sort_keys=True) for l in f)
        streamed = sorted(json.dumps({k: v for k, v in r.items() if k != "table"}, sort_keys=True)
                          for r in rows if r["table"] == table)
        if exported != streamed:
            only_export = [r for r in exported if r not in set(streamed)][:3]
            only_spark = [r for r in streamed if r not in set(exported)][:3]
            return (f"{table}: newsq export {len(exported)} rows, Spark pipe {len(streamed)}; "
                    f"only export: {only_export}; only Spark: {only_spark}")
        print(f"spark pipe: {len(streamed)} {table} rows from {len(lines)} articles on 2 workers, "
              f"the rows newsq export writes")
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsq", required=True)
    ap.add_argument("--engine", default="duckdb", choices=["duckdb", "spark"])
    ap.add_argument("--data", default="Data", help="the folder the Spark pipe check extracts")
    ap.add_argument("--queries", nargs="+", default=["Queries"], help="folders of .nq scripts")
    ap.add_argument("--work", default=None)
    args = ap.parse_args()
    if args.work:
        return check(args, args.work)
    # A folder of its own, removed with the tables in it when the check ends, passed or failed.
    with tempfile.TemporaryDirectory(prefix="newsq-engines-") as work:
        return check(args, work)


def check(args, work):
    """Runs every script's statements on newsq and on the engine, over tables exported into
    `work`, and prints where they disagree; 1 when any does."""
    scripts = [os.path.join(q, f) for q in args.queries for f in sorted(os.listdir(q)) if f.endswith(".nq")]
    engines, folders = {}, {}
    agreed, disagreed, order_only, refused, errors = [], [], [], [], []
    # `newsq sql --engine duckdb` finds the duckdb program of this virtual environment.
    engine_path = os.path.dirname(sys.executable)
    flag_agreed, flag_disagreed = 0, []
    for path in scripts:
        name = os.path.relpath(path)
        corpus, sql_corpus, target = load_args(path)
        if target not in engines:
            folder = os.path.join(work, f"tables-{len(engines)}")
            fmt = "csv" if args.engine == "duckdb" else "jsonl"
            p = run([args.newsq, "export", *corpus, "--format", fmt, "--dir", folder])
            if p.returncode != 0:
                raise SystemExit(f"newsq export for {target} failed:\n{p.stderr}")
            engines[target] = DuckDB(folder) if args.engine == "duckdb" else Spark(folder)
            folders[target] = folder
        engine = engines[target]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        p = run([args.newsq, "sql", *sql_corpus, "--dialect", args.engine, "--json", "--", text])
        rules = []
        for line in p.stdout.splitlines():
            item = json.loads(line)
            stmt = item["statement"].strip()
            where = f"{name}: {stmt}"
            if "rule" in item:
                rules.append(stmt)
            elif "refused" in item:
                refused.append((where, item["refused"]))
            elif "error" in item:
                errors.append((where, item["error"].strip().splitlines()[0]))
            else:
                answer, failure = newsq_rows(args.newsq, corpus, rules, stmt)
                if answer is None:
                    disagreed.append((where, f"newsq failed: {failure}"))
                    continue
                expected, headers = answer
                try:
                    got = engine.rows(item["sql"])
                except Exception as e:  # the engine's own message says what it could not do
                    disagreed.append((where, f"{args.engine} failed: {e}\n{item['sql']}"))
                    continue
                if args.engine == "duckdb":
                    problem = engine_flag_check(args.newsq, sql_corpus, folders[target], rules, stmt, expected,
                                                engine_path)
                    if problem:
                        flag_disagreed.append((where, problem))
                    else:
                        flag_agreed += 1
                if got == expected:
                    agreed.append(where)
                elif sorted(got) == sorted(expected):
                    # Same rows in another order: fine where newsq leaves the order open (no order
                    # by, or ties of its keys); the keys' sequence must be the same.
                    keys = order_columns(stmt, headers)
                    ordered = keys is not None or " order by " in f" {stmt} "
                    if keys is not None and [tuple(r[i] for i in keys) for r in got] != [
                            tuple(r[i] for i in keys) for r in expected]:
                        disagreed.append((where, f"same rows, but not in the order of its keys\n{item['sql']}"))
                        continue
                    agreed.append(where)
                    if ordered:
                        order_only.append(where)
                else:
                    missing = [r for r in expected if r not in got][:3]
                    extra = [r for r in got if r not in expected][:3]
                    disagreed.append(
                        (where, f"newsq {len(expected)} rows, {args.engine} {len(got)}; "
                                f"only newsq: {missing}; only {args.engine}: {extra}\n{item['sql']}"))
    total = len(agreed) + len(disagreed)
    print(f"{args.engine}: {len(agreed)} of {total} translated statements return newsq's rows"
          f" ({len(refused)} refused, {len(errors)} with errors newsq also reports)")
    for where in order_only:
        print(f"  same rows, ties in another order: {where}")
    for where, reason in refused:
        print(f"  refused: {where}\n    {reason}")
    for where, reason in disagreed:
        print(f"  DISAGREES: {where}\n    {reason}")
    failed = bool(disagreed)
    if args.engine == "duckdb":
        print(f"newsq sql --engine duckdb: {flag_agreed} of {flag_agreed + len(flag_disagreed)} statements "
              f"print newsq's rows")
        problems = [f"{where}\n    {problem}" for where, problem in flag_disagreed]
        problems += engine_flag_routes(args.newsq, args.data, work)
        for problem in problems:
            print(f"  DISAGREES: newsq sql --engine duckdb: {problem}")
        failed = failed or bool(problems)
    if args.engine == "spark":
        problem = pipe_check(args.newsq, args.data, work)
        if problem:
            print(f"  DISAGREES: Spark pipe through newsq extract\n    {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
