"""Throughput of the Python API and of the Spark job, against the command line, on the same
generated articles (tests/archive.py).

    python python/tests/bench.py [--articles 10000] [--cli target/python/release/copydesk]

Prints articles per second (and MB/s) for: the command line with one and two jobs; the
Python API on one core (one thread) and on two threads; examples/spark_audit.py in Spark
local mode with two cores (local[2]), timed from the read of the Parquet table to the
written findings, after the session has started. Run it on an otherwise idle machine
(`nice` if you must share it); the CPU-seconds figure is less sensitive to other load.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import archive  # noqa: E402
import copydesk  # noqa: E402
from conftest import ROOT, _find_cli  # noqa: E402


def timed(f):
    """Wall-clock seconds, and CPU seconds of this process and its finished children."""
    t, c = time.perf_counter(), _cpu()
    f()
    return time.perf_counter() - t, _cpu() - c


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=10000)
    p.add_argument("--cli", type=Path)
    p.add_argument("--skip-spark", action="store_true")
    args = p.parse_args()
    cli = (args.cli or _find_cli()).resolve()

    articles = archive.generate(args.articles)
    mb = sum(len(a["body"].encode()) for a in articles) / 1e6
    n = len(articles)
    results = []

    def report(name, times, cpu=True):
        seconds, cpu_seconds = times
        results.append((name, seconds))
        per_cpu = f"{n / cpu_seconds:7.0f} articles per CPU-second" if cpu else ""
        print(
            f"{name:42} {n / seconds:6.0f} articles/s {mb / seconds:6.2f} MB/s ({seconds:6.2f} s)  {per_cpu}",
            flush=True,
        )

    print(f"{n} articles, {mb:.1f} MB, {mb * 1e6 / n:.0f} bytes each on average", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = archive.write_files(articles, tmp / "files")
        for jobs in (1, 2):
            def run_cli():
                for date in sorted(folders):
                    subprocess.run(
                        [str(cli), "check", "--format", "json", "--jobs", str(jobs), "--date", date, date],
                        cwd=tmp / "files", stdout=subprocess.DEVNULL, check=False,
                    )
            report(f"command line, --jobs {jobs}", timed(run_cli))

        config = copydesk.Config()
        def one_thread():
            for a in articles:
                copydesk.check(a["body"], format=a["format"], config=config, date=a["date"])
        report("Python API, one thread", timed(one_thread))

        def two_threads():
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda a: copydesk.check(a["body"], format=a["format"], config=config, date=a["date"]), articles))
        report("Python API, two threads", timed(two_threads))

        if args.skip_spark:
            return
        archive.write_parquet(articles, tmp / "archive.parquet")
        os.environ["PYSPARK_PYTHON"] = sys.executable
        from pyspark.sql import SparkSession
        from test_spark import load_example

        audit = load_example()
        spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        # Warm up: start the Python workers and import copydesk in them.
        audit.audit(spark.read.parquet(str(tmp / "archive.parquet")).limit(50)).count()

        def spark_job():
            findings = audit.audit(spark.read.parquet(str(tmp / "archive.parquet")), config)
            findings.write.mode("overwrite").parquet(str(tmp / "findings"))
        # The executors' CPU time is not this process's: wall-clock only.
        report("Spark local[2] (examples/spark_audit.py)", timed(spark_job), cpu=False)
        spark.stop()


if __name__ == "__main__":
    main()
