"""examples/spark_audit.py in Spark local mode on a generated archive, against the command line.

The archive (at least 10,000 articles by default; COPYDESK_SPARK_ARTICLES changes it) is
written once as Parquet for the Spark job and once as files, one folder per date, for
`copydesk check --date DATE --format json`. The job's findings table must equal the command
line's findings on the same texts, row for row.
"""

from __future__ import annotations

import collections
import importlib.util
import os
import sys
from pathlib import Path

import pyarrow.parquet as pq

import archive
from conftest import ROOT, cli_json

ARTICLES = int(os.environ.get("COPYDESK_SPARK_ARTICLES", "10000"))


def load_example():
    """examples/spark_audit.py as a module whose functions Spark ships by value."""
    from pyspark import cloudpickle

    spec = importlib.util.spec_from_file_location("spark_audit", ROOT / "examples" / "spark_audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["spark_audit"] = module
    spec.loader.exec_module(module)
    cloudpickle.register_pickle_by_value(module)
    return module


def cli_rows(cli, articles, root: Path, excerpt) -> list[tuple]:
    """The command line's findings on the archive's files, as findings-table rows."""
    folders = archive.write_files(articles, root)
    rows = []
    for date in sorted(folders):
        for d in cli_json(cli, "--jobs", "2", "--date", date, date, cwd=root):
            path = root / d["path"]
            rows.append(
                (
                    int(path.stem),
                    d["rule"],
                    d["severity"],
                    d["line"],
                    d["column"],
                    d["start"],
                    d["end"],
                    d["message"],
                    excerpt(path.read_bytes(), d["start"], d["end"]),
                )
            )
    return rows


def test_the_spark_audit_equals_the_command_line_row_for_row(cli, tmp_path):
    assert ARTICLES >= 1000
    audit = load_example()
    articles = archive.generate(ARTICLES)
    archive.write_parquet(articles, tmp_path / "archive.parquet")

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    (
        SparkSession.builder.master("local[2]")
        .appName("copydesk spark test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    # The example's own entry point, as spark-submit runs it (it reuses the session above).
    out = tmp_path / "audit"
    assert audit.main([str(tmp_path / "archive.parquet"), str(out)]) == 0

    findings = pq.read_table(out / "findings")
    assert findings.column_names == [
        "id", "rule", "severity", "line", "column", "start", "end", "message", "excerpt"
    ]
    spark_rows = sorted(tuple(r.values()) for r in findings.to_pylist())
    expected = sorted(cli_rows(cli, articles, tmp_path / "files", audit.excerpt))

    assert len(expected) > ARTICLES // 2
    assert len(spark_rows) == len(expected)
    for got, want in zip(spark_rows, expected):
        assert got == want
    assert spark_rows == expected

    # Every kind of planted error is found, and the membership list is judged by each
    # article's own date: reported on some dates and not on others.
    by_rule = collections.Counter(r[1] for r in expected)
    for rule in [
        "typo",
        "duplicate-list-item",
        "repeated-word",
        "mojibake",
        "page-residue",
        "repeated-caption",
        "inconsistent-membership",
    ]:
        assert by_rule[rule] >= ARTICLES // 50, (rule, by_rule)
    csto = [a for a in articles if "Collective Security Treaty" in a["body"]]
    flagged = {r[0] for r in expected if r[1] == "inconsistent-membership"}
    assert 0 < len(flagged & {a["id"] for a in csto}) < len(csto)

    summary = pq.read_table(out / "summary").to_pylist()
    assert {(s["rule"], s["severity"]): s["findings"] for s in summary} == collections.Counter(
        (r[1], r[2]) for r in expected
    )
    articles_by_rule = collections.defaultdict(set)
    for r in expected:
        articles_by_rule[r[1]].add(r[0])
    assert {s["rule"]: s["articles"] for s in summary} == {k: len(v) for k, v in articles_by_rule.items()}


def test_the_batch_function_takes_string_ids_any_date_type_and_skips_empty_rows():
    import datetime

    import pyarrow as pa
    import pytest

    import copydesk

    audit = load_example()
    csto = archive.CSTO
    batch = pa.RecordBatch.from_pydict(
        {
            "id": ["a", "b", "c", "d", "e"],
            "date": ["2014-01-15", None, "2008-06-01T10:00:00", None, "2014-01-15"],
            "format": ["txt", None, "txt", "md", "html"],
            "body": [csto, "The the end.", csto, None, f"<p>{csto}</p>"],
        }
    )
    out = list(audit.check_batches(iter([batch]), copydesk.Config(), "string"))
    rows = [(r["id"], r["rule"], r["excerpt"]) for b in out for r in b.to_pylist()]
    assert rows == [
        ("a", "inconsistent-membership", "Uzbekistan"),
        ("b", "repeated-word", "the"),
        ("e", "inconsistent-membership", "Uzbekistan"),
    ]
    assert audit.excerpt(b"x" * 300, 0, 300) == "x" * 119 + "…"
    bad = pa.RecordBatch.from_pydict(
        {"id": [7], "date": [datetime.date(2010, 1, 1)], "format": ["docx"], "body": ["text"]}
    )
    with pytest.raises(ValueError, match="article 7: unknown format `docx`"):
        list(audit.check_batches(iter([bad]), copydesk.Config(), "int64"))
