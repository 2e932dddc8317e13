"""General rules, checked on generated input: no word is lost, no input makes collect crash."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhoubao_cli.collect import collect_issue
from zhoubao_cli.collect.blocks import split_blocks
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.model import Severity, Status
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import layout_of, strip_marker
from zhoubao_cli.units import Recogniser, Target
from zhoubao_cli.workspace import Issue

CONFIG = parse_config(default_config_text())
RECOGNISER = Recogniser(CONFIG)
CJK = re.compile(r"[\u4e00-\u9fff]")

# Characters that spell no unit, section keyword or title word, so every line is content.
words = st.text(alphabet="科技调研企平台召开会议组织推进创新成果转化", min_size=1, max_size=12)
punct = st.sampled_from(["", "，", "。", "；", "：", "、", "！"])
marker = st.sampled_from(["", "★", "1.", "2、", "（一）", "- ", "● "])
space = st.sampled_from(["", " ", "\t"])
blank = st.just(("", "", "", ""))


@given(st.lists(st.one_of(st.tuples(marker, space, words, punct), blank), min_size=1, max_size=30))
def test_no_chinese_character_is_lost(parts: list[tuple[str, str, str, str]]) -> None:
    """Joining broken lines and removing list markers never drops a Chinese character."""
    lines = ["".join(part) for part in parts]
    trace = Trace()
    blocks = split_blocks(lines, Target("units", "历下区"), RECOGNISER, layout_of(lines), trace)
    # A dropped line is listed whole, its list marker (（一）) with it: the marker is not a word.
    dropped = "".join(strip_marker(d.text)[0] for d in trace.dropped)
    kept = "".join(p for b in blocks for p in b.paragraphs) + dropped
    written = "".join(word for _, _, word, _ in parts)
    assert sorted(CJK.findall(kept)) == sorted(CJK.findall(written))


ISSUE_DATE = date(2026, 2, 6)


@contextmanager
def _without_libreoffice() -> Iterator[None]:
    """Converting random bytes with LibreOffice would take seconds a file and prove nothing more."""
    saved = os.environ.get("ZHOUBAO_SOFFICE")
    os.environ["ZHOUBAO_SOFFICE"] = ""
    try:
        yield
    finally:
        if saved is None:
            del os.environ["ZHOUBAO_SOFFICE"]
        else:
            os.environ["ZHOUBAO_SOFFICE"] = saved


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["历下区.txt", "市中区.docx", "材料.md", "槐荫区.doc", "x.txt"]),
            st.one_of(
                st.binary(max_size=300),
                st.text(max_size=200).map(lambda t: t.encode("utf-8")),
                st.text(max_size=200).map(lambda t: t.encode("gb18030")),
                st.just(b"PK\x03\x04" + b"\x00" * 40),
            ),
        ),
        min_size=1,
        max_size=4,
        unique_by=lambda pair: pair[0],
    )
)
def test_collect_never_crashes(files: list[tuple[str, bytes]]) -> None:
    """Whatever the bytes, every file gets a verdict and collect returns a report."""
    with tempfile.TemporaryDirectory() as tmp, _without_libreoffice():
        root = Path(tmp)
        inbox = root / "inbox"
        inbox.mkdir()
        for name, data in files:
            (inbox / name).write_bytes(data)
        folder = root / "issues" / "第19期"
        folder.mkdir(parents=True)
        issue = Issue(19, ISSUE_DATE, date(2026, 1, 31), ISSUE_DATE, folder)
        report = collect_issue(CONFIG, issue, inbox).report
        assert {f.file for f in report.files} == {name for name, _ in files}
        for file in report.files:
            # A file refused says why, in words, and what it read is accounted for line by line.
            if file.status is Status.ERROR:
                said = [f for f in report.findings_of(file.file) if f.severity is Severity.ERROR]
                assert said and all(f.message for f in said)
            assert all(line.text for line in file.lines)
