"""Units' pinyin abbreviations in file names (gxq.docx, lx-19.txt, zq动态.docx) through the
config's Latin aliases, and a did-you-mean on an unknown short Latin name."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from conftest import Cli
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.units import Recogniser, Target

R = Recogniser(parse_config(default_config_text()))
UNITS = Target("units", None).section


@pytest.mark.parametrize(
    ("stem", "unit"),
    [
        ("gxq", "济南高新区"),
        ("GXQ", "济南高新区"),
        ("lx-19", "历下区"),
        ("LXQ_第19期", "历下区"),
        ("zq动态", "章丘区"),
        ("第19期 zqq", "章丘区"),
        ("hy(2)", "槐荫区"),
        ("qbq.第19期动态", "起步区"),
        ("19-gcq", "钢城区"),
    ],
)
def test_a_pinyin_abbreviation_names_the_unit(stem: str, unit: str) -> None:
    assert R.target(stem) == Target(UNITS, unit)


@pytest.mark.parametrize(
    "text",
    ["gcqkjj@126.com", "Excel汇总", "新建文本文档", "report", "lxqa"],
)
def test_hard_negatives_a_latin_word_that_is_no_alias(text: str) -> None:
    assert R.target(text) is None


def test_a_line_of_text_is_never_a_unit_by_a_latin_word() -> None:
    assert R.unit_in("组织开发PY脚本，服务SH公司") is None
    assert R.unit_title("lx") is None
    assert "lx" not in R.names  # names are a sign of news in a line: Latin ones are not


@pytest.mark.parametrize(
    ("stem", "unit"),
    [("lxx", "历下区"), ("gxqq", "济南高新区"), ("zqu动态", "章丘区"), ("qbqu", "起步区")],
)
def test_did_you_mean_on_a_short_latin_name(stem: str, unit: str) -> None:
    assert R.target(stem) is None
    assert R.suggest(stem)[:1] == [unit]


def test_no_suggestion_for_a_long_latin_word() -> None:
    assert R.suggest("documentation") == []


@pytest.mark.parametrize("kind", ["docx", "utf-8", "gbk"])
def test_collect_reads_the_unit_from_a_pinyin_name(cli: Cli, tmp_path: Path, kind: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = "2月3日，召开科技创新推进会，企业20家参加。"
    if kind == "docx":
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(inbox / "zq动态.docx"))
    else:
        (inbox / "LX-19.txt").write_bytes(text.encode(kind))
    (inbox / "lxx.txt").write_text(text, encoding="utf-8")
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    report = json.loads(cli("collect", inbox, "--json").stdout)
    bulletin = json.loads((cli.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    units = {u["unit"] for s in bulletin["sections"] for u in s["units"]}
    assert units == {"章丘区" if kind == "docx" else "历下区"}
    unknown = [f["message"] for f in report["findings"] if f["kind"] == "unit.unknown"]
    assert unknown and "是不是“历下区”" in unknown[0]
