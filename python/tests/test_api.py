"""The Python API against the command line: same findings, same fixes, same messages."""

from __future__ import annotations

import datetime
import pickle
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import copydesk
from conftest import ROOT, cli_json, run_cli

ARTICLES = ROOT / "fixtures" / "articles"
FIXTURES = ROOT / "fixtures"
ARTICLE_EXTENSIONS = {".txt", ".md", ".html", ".htm"}

CSTO = (
    "The Collective Security Treaty Organization, which comprises Russia, Armenia, "
    "Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, held drills this week.\n"
)


def dicts(findings):
    return [f.to_dict() for f in findings]


def cli_error(cli, *args, cwd=ROOT) -> str:
    """The message of a command that must fail with exit code 2."""
    r = run_cli(cli, *args, cwd=cwd, ok=(2,))
    prefix = "copydesk: error: "
    lines = [l for l in r.stderr.splitlines() if l.startswith(prefix)]
    assert lines, r.stderr
    return lines[0][len(prefix):]


@pytest.mark.parametrize("name, fmt", [("seed-article.txt", "txt"), ("seed-article-as-html.html", "html")])
def test_the_seed_article_gives_the_findings_of_check_format_json(cli, name, fmt):
    expected = cli_json(cli, name, cwd=ARTICLES)
    text = (ARTICLES / name).read_text(encoding="utf-8")
    got = copydesk.check(text, format=fmt, path=name)
    assert len(expected) >= 5
    assert dicts(got) == expected
    # The format follows the path's extension when not given.
    assert copydesk.check(text, path=name) == got


def test_every_fixture_gives_the_findings_of_the_command_line(cli):
    files = sorted(
        p for p in FIXTURES.rglob("*") if p.suffix in ARTICLE_EXTENSIONS and p.is_file()
    )
    plain = [p for p in files if not p.with_suffix(".toml").exists()]
    configured = [p for p in files if p.with_suffix(".toml").exists()]
    assert len(plain) > 300 and configured
    by_path: dict[str, list] = {}
    for d in cli_json(cli, "--jobs", "2", *(str(p.relative_to(ROOT)) for p in plain)):
        by_path.setdefault(d["path"], []).append(d)
    checked = 0
    for p in plain:
        rel = str(p.relative_to(ROOT))
        # bytes, as the command line reads the file: encodings and offsets must agree too.
        got = copydesk.check(p.read_bytes(), path=rel)
        assert dicts(got) == by_path.get(rel, []), rel
        checked += bool(got)
    assert checked > 100
    for p in configured:
        rel = str(p.relative_to(ROOT))
        config_path = p.with_suffix(".toml")
        expected = cli_json(cli, "--config", str(config_path), rel)
        got = copydesk.check(p.read_bytes(), path=rel, config=copydesk.Config(config_path))
        assert dicts(got) == expected, rel


def test_str_and_bytes_in_any_encoding_agree_with_the_command_line(cli, tmp_path):
    text = "Leaders of Russia, China and Russia met.\r\nThe the talks went on.\r\n"
    for name, data in [
        ("utf8.txt", text.encode("utf-8")),
        ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("utf16.txt", b"\xff\xfe" + text.encode("utf-16-le")),
        # Named explicitly, a file of another kind is read as plain text.
        ("notes.rst", text.encode("utf-8")),
    ]:
        (tmp_path / name).write_bytes(data)
        expected = cli_json(cli, name, cwd=tmp_path)
        assert len(expected) == 2
        assert dicts(copydesk.check(data, path=name)) == expected
    assert dicts(copydesk.check(text, path="utf8.txt")) == cli_json(cli, "utf8.txt", cwd=tmp_path)


def test_the_date_checks_lists_as_check_date_does(cli, tmp_path):
    (tmp_path / "a.txt").write_text(CSTO, encoding="utf-8")
    assert copydesk.check(CSTO, format="txt") == []
    for date in ["2014-01-15", "2008-06-01", "1998-03-03"]:
        expected = cli_json(cli, "--date", date, "a.txt", cwd=tmp_path)
        got = copydesk.check(CSTO, format="txt", path="a.txt", date=date)
        assert dicts(got) == expected
        as_date = copydesk.check(CSTO, format="txt", path="a.txt", date=datetime.date.fromisoformat(date))
        assert as_date == got
    assert [f.rule for f in copydesk.check(CSTO, format="txt", date="2014-01-15")] == ["inconsistent-membership"]
    # The config's date is used when none is given, and a given date comes before it.
    dated = copydesk.Config({"date": "2014-01-15"})
    assert dated.date == "2014-01-15"
    assert len(copydesk.check(CSTO, format="txt", config=dated)) == 1
    assert copydesk.check(CSTO, format="txt", config=dated, date="2008-06-01") == []
    # The article's own front matter comes first.
    front = "---\ndate: 2008-06-01\n---\n\n" + CSTO
    assert copydesk.check(front, format="md", date="2014-01-15") == []


def test_fix_gives_the_text_check_fix_writes(cli, tmp_path):
    cases = sorted(
        p for p in FIXTURES.rglob("*") if p.suffix in ARTICLE_EXTENSIONS and p.with_suffix(".fixed").exists()
        and not p.with_suffix(".toml").exists()
    )
    assert len(cases) > 50
    for i, p in enumerate(cases):
        shutil.copy(p, tmp_path / f"{i}{p.suffix}")
    run_cli(cli, "check", "--fix", "--quiet", ".", cwd=tmp_path)
    changed = 0
    for i, p in enumerate(cases):
        original = p.read_text(encoding="utf-8")
        fixed = copydesk.fix(original, path=p.name)
        assert fixed == (tmp_path / f"{i}{p.suffix}").read_text(encoding="utf-8"), p
        changed += fixed != original
    assert changed > 50
    assert copydesk.fix("The the cat sat on the the mat.", format="txt") == "The cat sat on the mat."


def test_rules_and_explain_are_the_command_lines(cli):
    listed = run_cli(cli, "rules").stdout.splitlines()
    rules = copydesk.rules()
    assert [r.id for r in rules] == [l.split()[0] for l in listed]
    for r, line in zip(rules, listed):
        assert r.severity == line.split()[1]
        assert r.summary in line
        assert (r.fix == "safe") == line.endswith("(fixable)")
        assert copydesk.explain(r.id) == run_cli(cli, "explain", r.id).stdout
    assert "dialect" in next(r for r in rules if r.id == "typo").options


def test_errors_are_exceptions_with_the_command_lines_messages(cli, tmp_path):
    with pytest.raises(copydesk.UnknownRuleError) as e:
        copydesk.explain("tyop")
    assert str(e.value) == cli_error(cli, "explain", "tyop")

    with pytest.raises(copydesk.UnknownRuleError) as e:
        copydesk.Config(select=["tyop"])
    assert str(e.value) == cli_error(cli, "check", "--select", "tyop", "x.txt")

    (tmp_path / "conf").mkdir()
    bad = tmp_path / "conf" / "copydesk.toml"
    bad.write_text('fail-on = "error"\n[rules]\nrepated-word = "error"\n')
    with pytest.raises(copydesk.ConfigError) as e:
        copydesk.Config(bad)
    assert str(e.value) == cli_error(cli, "check", "--config", str(bad), "x.txt")
    assert str(e.value).startswith(f"{bad}:3: unknown rule `repated-word`")

    missing = tmp_path / "nothing.toml"
    with pytest.raises(copydesk.ConfigError) as e:
        copydesk.Config(str(missing))
    assert str(e.value) == cli_error(cli, "check", "--config", str(missing), "x.txt")

    (tmp_path / "bad.txt").write_bytes(b"fine\nnot \xc3\x28 fine\n")
    with pytest.raises(copydesk.DecodeError) as e:
        copydesk.check((tmp_path / "bad.txt").read_bytes(), path="bad.txt")
    assert str(e.value) == cli_error(cli, "check", "bad.txt", cwd=tmp_path)

    with pytest.raises(copydesk.CopydeskError, match="not a date; write it as YYYY-MM-DD"):
        copydesk.check("text", date="7 June 2012")
    with pytest.raises(copydesk.CopydeskError, match="unknown format `docx`"):
        copydesk.check("text", format="docx")
    with pytest.raises(copydesk.ConfigError, match="<dict>: unknown rule `tyop` in \\[rules\\]"):
        copydesk.Config({"rules": {"tyop": "off"}})
    with pytest.raises(copydesk.ConfigError, match="<dict>: unknown key `colour`; known keys: fail-on"):
        copydesk.Config({"colour": "blue"})
    with pytest.raises(copydesk.ConfigError, match="`fail-on` is `sometimes`"):
        copydesk.Config({"fail-on": "sometimes"})
    with pytest.raises(TypeError):
        copydesk.check(42)
    with pytest.raises(TypeError):
        copydesk.Config(3.5)
    # Every copydesk error is a ValueError.
    assert issubclass(copydesk.ConfigError, ValueError)


def test_a_config_dict_is_the_same_as_its_file(tmp_path):
    (tmp_path / "names.txt").write_text("Atambayev\n")
    toml = (
        'date = "2012-06-07"\n'
        '[rules]\nserial-comma = "off"\nrepeated-word = "warning"\n'
        '[vocabulary]\naccept = ["suport"]\nfiles = ["names.txt"]\n'
        '[[rule]]\nid = "house/ceasefire"\npattern = "\\\\bcease-fire\\\\b"\nreplace = "ceasefire"\n'
        'message = "house style is `ceasefire`"\nseverity = "warning"\n'
    )
    (tmp_path / "copydesk.toml").write_text(toml)
    settings = {
        "date": datetime.date(2012, 6, 7),
        "rules": {"serial-comma": "off", "repeated-word": "warning"},
        "vocabulary": {"accept": ["suport"], "files": ["names.txt"]},
        "rule": [
            {
                "id": "house/ceasefire",
                "pattern": "\\bcease-fire\\b",
                "replace": "ceasefire",
                "message": "house style is `ceasefire`",
                "severity": "warning",
            }
        ],
    }
    from_file = copydesk.Config(tmp_path / "copydesk.toml")
    from_dict = copydesk.Config(settings, base_dir=tmp_path)
    assert from_dict.path == "<dict>" and from_file.path == str(tmp_path / "copydesk.toml")
    assert "serial-comma" not in from_dict.rules and from_dict.rules == from_file.rules
    text = (ARTICLES / "seed-article.txt").read_text() + "\nA cease-fire with Atambayev. The the end.\n"
    got = copydesk.check(text, format="txt", config=from_dict)
    assert got == copydesk.check(text, format="txt", config=from_file)
    rules = {f.rule: f for f in got}
    assert "house/ceasefire" in rules and rules["repeated-word"].severity == "warning"
    assert not any("suport" in f.message or "Atambayev" in f.message for f in got)
    assert "serial-comma" not in rules and "serial-comma" in {f.rule for f in copydesk.check(text, format="txt")}
    assert copydesk.Config.discover(tmp_path).rules == from_file.rules


def test_a_config_survives_pickling_and_is_built_once_per_process(tmp_path):
    c = copydesk.Config({"rules": {"typo": "off"}}, ignore=["serial-comma"])
    again = pickle.loads(pickle.dumps(c))
    assert again.rules == c.rules
    assert "typo" not in c.rules and "serial-comma" not in c.rules and "repeated-word" in c.rules
    # As with --select, a rule selected by name runs even when the config turns it off.
    assert copydesk.Config({"rules": {"typo": "off"}}, select=["typo"]).rules == ["typo"]
    assert pickle.loads(pickle.dumps(c)) is again
    assert copydesk.shared_config({"rules": {"typo": "off"}}) is copydesk.shared_config({"rules": {"typo": "off"}})
    assert pickle.loads(pickle.dumps(copydesk.Config())).rules == copydesk.Config().rules


def test_threads_give_the_same_findings_as_one_thread():
    texts = []
    for p in sorted(FIXTURES.rglob("*")):
        if p.suffix in ARTICLE_EXTENSIONS and not p.with_suffix(".toml").exists():
            texts.append((p.read_bytes(), p.name))
    texts = texts * 3
    config = copydesk.Config()
    one = [copydesk.check(t, path=n, config=config) for t, n in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        many = list(pool.map(lambda tn: copydesk.check(tn[0], path=tn[1], config=config), texts))
    assert many == one
    assert sum(map(len, one)) > 500


def test_the_gil_is_released_while_checking():
    # A long text checked in a thread: the main thread keeps running Python meanwhile only
    # if the check does not hold the GIL.
    text = (ARTICLES / "seed-article.txt").read_text() * 400
    ticks = 0
    t = threading.Thread(target=copydesk.check, args=(text,), kwargs={"format": "txt"})
    t.start()
    while t.is_alive():
        ticks += 1
    t.join()
    assert ticks > 10_000
