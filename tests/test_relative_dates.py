"""Relative dates (本周三, 本月9日, 昨天) are checked against the period, read from the file's date."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import docx
import pytest

from conftest import Cli


def findings(cli: Cli, inbox: Path) -> list[tuple[str, str]]:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    report = json.loads(cli("collect", inbox, "--json").stdout)
    return [(f["kind"], f["message"]) for f in report["findings"] if f["kind"].startswith("date")]


def write(inbox: Path, kind: str, text: str, written: datetime | None) -> None:
    inbox.mkdir()
    if kind == "docx":
        path = inbox / "历下区.docx"
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(path))
    else:
        path = inbox / "历下区.txt"
        path.write_bytes(text.encode(kind))
    if written is not None:
        stamp = written.timestamp()
        os.utime(path, (stamp, stamp))


WEDNESDAY = datetime(2026, 2, 4, 10, 30)  # issue 19 is published on Friday 6 February


@pytest.mark.parametrize("kind", ["utf-8", "gbk", "docx"])
@pytest.mark.parametrize(
    ("text", "kind_of_finding", "shown"),
    [
        ("本月9日，召开科技创新推进会。", "date.after_publication", "本月9日（2月9日）"),
        ("本周日，开展科普进社区活动。", "date.after_publication", "本周日（2月8日）"),
        ("上月20日，完成项目验收。", "date.before_period", "上月20日（1月20日）"),
        ("上周一，走访企业5家。", "date.before_period", "上周一（1月26日）"),
    ],
)
def test_a_relative_date_outside_the_period_is_found(
    cli: Cli, tmp_path: Path, kind: str, text: str, kind_of_finding: str, shown: str
) -> None:
    write(tmp_path / "inbox", kind, text, WEDNESDAY)
    got = findings(cli, tmp_path / "inbox")
    assert [k for k, _ in got] == [kind_of_finding]
    assert shown in got[0][1]


@pytest.mark.parametrize(
    "text", ["本周三，召开科技创新推进会。", "昨天，组织企业参加培训。", "本月3日，走访企业5家。"]
)
def test_hard_negatives_relative_dates_in_the_period_are_fine(
    cli: Cli, tmp_path: Path, text: str
) -> None:
    write(tmp_path / "inbox", "utf-8", text, WEDNESDAY)
    assert findings(cli, tmp_path / "inbox") == []


def test_a_file_date_far_from_the_period_reads_no_relative_date(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "inbox", "utf-8", "本月9日，召开科技创新推进会。", datetime(2026, 5, 4, 9))
    assert findings(cli, tmp_path / "inbox") == []
