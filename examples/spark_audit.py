"""Audit a whole archive of articles with copydesk on Spark.

Reads a Parquet table of articles with the columns

    id      any type (int or string): the article's id, copied into the findings
    date    date, timestamp or "YYYY-MM-DD" string (may be null): the article's date, for
            checking lists of a group's members against that day, when the text itself
            carries none (front matter or dateline come first, as with `check --date`)
    format  "md", "txt" or "html" (null: "txt")
    body    the article's text (null rows are skipped)

checks every row with `copydesk.check` inside `mapInArrow`, and writes two Parquet tables:

    OUT/findings   id, rule, severity, line, column, start, end, message, excerpt
                   (one row per finding; start/end are byte offsets into the body as UTF-8,
                   excerpt is the flagged text, at most 120 characters)
    OUT/summary    rule, severity, findings, articles (per rule, most findings first)

The engine is built once per executor process: the `Config` is sent to the executors with
the job, and copydesk rebuilds it there once per Python worker process however many tasks
use it (see `copydesk._unpickle_config`).

Run it on a laptop in local mode:

    pip install ./python pyspark pyarrow
    spark-submit --master 'local[2]' examples/spark_audit.py archive.parquet out/
    python examples/spark_audit.py archive.parquet out/       # the same, with local[*]

and unchanged on a cluster (copydesk must be installed on every executor, e.g. the wheel
built by `pip wheel ./python` shipped with the cluster's Python environment; a config's
vocabulary and rule files must be readable at the same paths on the executors):

    spark-submit --master yarn examples/spark_audit.py s3://desk/archive/ s3://desk/audit/ \
        --config copydesk.toml --partitions 2000
"""

from __future__ import annotations

import argparse
import sys
from typing import Iterator, Optional

#: The findings table's columns after the article id, with their Arrow types.
FINDING_COLUMNS = [
    ("rule", "string"),
    ("severity", "string"),
    ("line", "int32"),
    ("column", "int32"),
    ("start", "int64"),
    ("end", "int64"),
    ("message", "string"),
    ("excerpt", "string"),
]

EXCERPT_CHARS = 120


def excerpt(body: bytes, start: int, end: int, limit: int = EXCERPT_CHARS) -> str:
    """The flagged text of a finding: the body's bytes start..end, whitespace collapsed,
    cut to `limit` characters with an ellipsis."""
    text = " ".join(body[start:end].decode("utf-8", errors="replace").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, str):
        return value[:10] or None
    return value.isoformat()[:10]


def check_batches(batches, config, id_type) -> Iterator:
    """The `mapInArrow` function: articles in, findings out, one Arrow batch at a time."""
    import pyarrow as pa

    import copydesk

    schema = pa.schema(
        [pa.field("id", getattr(pa, id_type)())]
        + [pa.field(name, getattr(pa, t)()) for name, t in FINDING_COLUMNS]
    )
    for batch in batches:
        cols = batch.to_pydict()
        out = {name: [] for name in schema.names}
        for id_, date, fmt, body in zip(cols["id"], cols["date"], cols["format"], cols["body"]):
            if body is None:
                continue
            try:
                findings = copydesk.check(
                    body, format=fmt or "txt", config=config, date=_date(date)
                )
            except copydesk.CopydeskError as e:
                raise ValueError(f"article {id_!r}: {e}") from e
            if not findings:
                continue
            data = body.encode("utf-8")
            for f in findings:
                out["id"].append(id_)
                out["rule"].append(f.rule)
                out["severity"].append(f.severity)
                out["line"].append(f.line)
                out["column"].append(f.column)
                out["start"].append(f.start)
                out["end"].append(f.end)
                out["message"].append(f.message)
                out["excerpt"].append(excerpt(data, f.start, f.end))
        yield pa.RecordBatch.from_pydict(out, schema=schema)


def audit(articles, config=None, partitions: Optional[int] = None):
    """The findings of every article of the DataFrame `articles` (id, date, format, body),
    as a DataFrame; `config` is a `copydesk.Config` (default: the built-in rules)."""
    import copydesk
    from pyspark.sql import types as T

    config = config if config is not None else copydesk.Config()
    missing = {"id", "date", "format", "body"} - set(articles.columns)
    if missing:
        raise ValueError(f"the articles table has no column {', '.join(sorted(missing))}")
    articles = articles.select("id", "date", "format", "body")
    spark = articles.sparkSession
    # One small Parquet file is one partition: spread the articles over every core.
    wanted = partitions or 4 * spark.sparkContext.defaultParallelism
    if partitions or articles.rdd.getNumPartitions() < wanted:
        articles = articles.repartition(wanted)

    spark_types = {
        "string": T.StringType(),
        "int32": T.IntegerType(),
        "int64": T.LongType(),
    }
    # The id keeps its type when it is a number or a string; anything else becomes a string.
    id_spark = articles.schema["id"].dataType
    if isinstance(id_spark, T.LongType):
        id_type = "int64"
    elif isinstance(id_spark, T.IntegerType):
        id_type = "int32"
    else:
        id_type = "string"
    if id_type == "string":
        articles = articles.withColumn("id", articles["id"].cast("string"))
    schema = T.StructType(
        [T.StructField("id", spark_types[id_type], True)]
        + [T.StructField(name, spark_types[t], True) for name, t in FINDING_COLUMNS]
    )
    return articles.mapInArrow(lambda batches: check_batches(batches, config, id_type), schema)


def summarise(findings):
    """Per rule and severity: the number of findings and of articles with one."""
    from pyspark.sql import functions as F

    return (
        findings.groupBy("rule", "severity")
        .agg(F.count("*").alias("findings"), F.countDistinct("id").alias("articles"))
        .orderBy(F.desc("findings"), "rule")
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="Parquet table (file or folder) of id, date, format, body")
    parser.add_argument("out", help="folder for the findings and summary tables")
    parser.add_argument("--config", help="a copydesk.toml (default: the built-in rules)")
    parser.add_argument("--select", default="", help="run only these rules (comma-separated)")
    parser.add_argument("--ignore", default="", help="skip these rules (comma-separated)")
    parser.add_argument("--partitions", type=int, help="partitions to spread the articles over")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (default local[*])")
    args = parser.parse_args(argv)

    import copydesk
    from pyspark.sql import SparkSession

    split = lambda s: [x for x in s.split(",") if x]  # noqa: E731
    try:
        # Checked here, on the driver, so a bad config fails before the job starts, with
        # the message the command line gives.
        config = copydesk.Config(args.config, select=split(args.select), ignore=split(args.ignore))
    except copydesk.CopydeskError as e:
        print(f"copydesk: error: {e}", file=sys.stderr)
        return 2

    builder = SparkSession.builder.appName("copydesk audit")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    findings = audit(spark.read.parquet(args.articles), config, args.partitions)
    findings.write.mode("overwrite").parquet(f"{args.out}/findings")
    # The summary reads the written findings back rather than checking everything again.
    summary = summarise(spark.read.parquet(f"{args.out}/findings"))
    summary.coalesce(1).write.mode("overwrite").parquet(f"{args.out}/summary")
    summary.show(50, truncate=False)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
