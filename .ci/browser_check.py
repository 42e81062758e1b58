"""Checks the HTML report as Chromium rendered it (its DOM after load, dumped with
--dump-dom) against the report file and the same run's JSON findings.

usage: browser_check.py REPORT.html DOM.html FINDINGS.json SCREENSHOT.png
"""

import html
import json
import sys
from html.parser import HTMLParser


class Tree(HTMLParser):
    """The elements in document order (tag and attributes), the title, and the text of
    every margin entry (<li>) per section."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.title = ""
        self.sections = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, tuple(sorted(attrs))))
        self.stack.append(tag)
        if tag == "section":
            self.sections.append({"name": "", "items": []})
        elif tag == "li" and self.sections:
            self.sections[-1]["items"].append("")

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self.stack:
            self.title += data
        if not self.sections:
            return
        if "h2" in self.stack:
            self.sections[-1]["name"] += data
        if "li" in self.stack:
            self.sections[-1]["items"][-1] += data


def parse(text):
    t = Tree()
    t.feed(text)
    t.close()
    return t


def fail(message):
    print(f"browser-test: FAILED, {message}", file=sys.stderr)
    sys.exit(1)


def main():
    report_path, dom_path, findings_path, shot_path = sys.argv[1:5]
    report = parse(open(report_path, encoding="utf-8").read())
    dom_text = open(dom_path, encoding="utf-8").read()
    if "<body" not in dom_text:
        fail("Chromium dumped no DOM (see target/ci/browser/chromium-dom.log)")
    dom = parse(dom_text)
    findings = json.load(open(findings_path, encoding="utf-8"))["diagnostics"]

    # No script ran: the title is the report's own, no mark of a payload is anywhere, and the
    # DOM after load has exactly the elements and attributes the file has.
    if dom.title != "copydesk report":
        fail(f"the page title became {dom.title!r}")
    if "PWNED-" in dom_text:
        fail("a payload ran: its mark is in the DOM")
    for tag, attrs in dom.elements:
        if tag in ("script", "img", "svg", "iframe", "object", "embed"):
            fail(f"the report contains a <{tag}> element")
        for name, _ in attrs:
            if name.startswith("on") or name == "data-pwned":
                fail(f"<{tag}> carries a {name} attribute")
    def normal(elements):
        # Chromium moves nothing in this page; it only adds <html>/<head>/<body> if missing.
        return [e for e in elements if e[0] not in ("html", "head", "body")]
    if normal(dom.elements) != normal(report.elements):
        fail("the DOM after load differs from the report file")

    # Every finding is shown: each file's section lists its findings, in order, with their
    # messages; each file with findings has a section.
    by_path = {}
    for d in findings:
        by_path.setdefault(d["path"], []).append(d)
    sections = {s["name"]: s["items"] for s in dom.sections}
    shown = 0
    for path, diags in by_path.items():
        items = sections.get(path)
        if items is None:
            fail(f"no section for {path}")
        if len(items) != len(diags):
            fail(f"{path}: {len(items)} findings shown, {len(diags)} found")
        for item, d in zip(items, diags):
            if d["message"] not in item or d["rule"] not in item:
                fail(f"{path}: finding {d['rule']}: {d['message']!r} not shown (got {item!r})")
            shown += 1
    hostile = [p for p in by_path if "hostile" in p]
    if len(hostile) < 4:
        fail(f"the hostile articles gave findings in {len(hostile)} files, not 4")

    png = open(shot_path, "rb").read()
    if not png.startswith(b"\x89PNG") or len(png) < 10_000:
        fail("no screenshot")
    print(f"browser-test: {shown} findings in {len(by_path)} files shown; no script ran")


if __name__ == "__main__":
    main()
