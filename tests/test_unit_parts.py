"""A file for several units: parts that begin with a unit's name and a colon, and parts sent on
behalf of another unit (代报：槐荫区, （代槐荫区报送）) go to that unit."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from conftest import Cli
from test_line_breaks import printed
from zhoubao_cli.collect.blocks import ON_BEHALF, split_blocks
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import layout_of
from zhoubao_cli.units import Recogniser

RECOGNISER = Recogniser(parse_config(default_config_text()))
A = "2月3日，召开科技创新推进会，企业20家参加。"
B = "2月4日，组织企业参加政策培训。"
C = "2月5日，开展科技特派员服务。"


def parts(lines: list[str]) -> tuple[dict[str | None, list[str]], Trace]:
    trace = Trace()
    blocks = split_blocks(lines, None, RECOGNISER, layout_of(lines), trace)
    out: dict[str | None, list[str]] = {}
    for block in blocks:
        out.setdefault(block.target.unit if block.target else None, []).extend(block.paragraphs)
    return out, trace


@pytest.mark.parametrize(
    "heading",
    [
        "代报：槐荫区",
        "代报单位：槐荫区",
        "（代槐荫区报送）",
        "(代槐荫区报送)",
        "代槐荫区报送：",
        "槐荫区（代报）",
        "【代报：槐荫区】",
        "受槐荫区委托代报",
        "代为报送：槐荫区科技局",
    ],
)
@pytest.mark.parametrize("first", ["历下区：", "【历下区】", "历下区科技局"])
def test_a_part_sent_on_behalf_of_another_unit(heading: str, first: str) -> None:
    got, trace = parts([first, A, B, heading, C])
    assert got == {"历下区": [A, B], "槐荫区": [C]}
    assert [d.text for d in trace.dropped if d.reason == ON_BEHALF] == [heading]


@pytest.mark.parametrize("heading", ["代报：槐荫区", "（代槐荫区报送）"])
def test_on_behalf_first_in_a_file_named_for_nobody(heading: str) -> None:
    got, _ = parts([heading, A, "历下区：", B])
    assert got == {"槐荫区": [A], "历下区": [B]}


def test_unit_name_and_colon_on_one_line_or_alone() -> None:
    got, _ = parts([f"历下区：{A}", B, "槐荫区：", C, f"天桥区：{B}"])
    assert got == {"历下区": [A, B], "槐荫区": [C], "天桥区": [B]}


@pytest.mark.parametrize(
    "line",
    [
        "2月3日，代表团一行12人来历下区调研科技创新工作。",
        "2月4日，代市科技局报送科技型中小企业名单。",
        "组织企业代报研发费用加计扣除，服务企业15家。",
        "代报：某某公司",  # not a unit: text, not a heading
    ],
)
def test_hard_negatives_news_that_mentions_代报_stays(line: str) -> None:
    got, trace = parts(["历下区：", A, line])
    assert got == {"历下区": [A, line]}
    assert not [d for d in trace.dropped if d.reason == ON_BEHALF]


@pytest.mark.parametrize("kind", ["utf-8", "gbk", "docx", "wechat"])
def test_a_combined_file_of_several_units(cli: Cli, tmp_path: Path, kind: str) -> None:
    lines = ["区县科技工作动态汇总", f"历下区：{A}", B, "槐荫区：", C, "（代天桥区报送）", B]
    if kind == "wechat":
        lines = ["张伟 2026-02-04 10:12", *lines]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    if kind == "docx":
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(str(inbox / "汇总.docx"))
    else:
        encoding = "gbk" if kind == "gbk" else "utf-8"
        (inbox / "汇总.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    got = printed(cli, inbox)
    assert got == {"历下区": A[:-1] + "；" + B, "槐荫区": C, "天桥区": B}
