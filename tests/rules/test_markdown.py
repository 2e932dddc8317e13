"""rules/markdown.py: Markdown prints as plain text; its tables become tables."""

from __future__ import annotations

import pytest

from zhoubao_cli.content import Table
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.markdown import IMAGE, to_plain


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("详见[科技局网站](https://kjj.example.gov.cn)。", "详见科技局网站。"),
        ("**重点**推进", "重点推进"),
        ("__重点__推进", "重点推进"),
        ("*重点*推进", "重点推进"),
        ("聚焦_创新平台建设_等工作", "聚焦创新平台建设等工作"),
        ("`OPC`赛道", "OPC赛道"),
        ("> 引用的一段话", "引用的一段话"),
        ("- [x] 完成任务", "- 完成任务"),
        ("面积2\\*3米", "面积2*3米"),
        ("第一行<br>第二行", "第一行\n第二行"),
    ],
)
def test_inline_markup(line: str, plain: str) -> None:
    pieces = to_plain([line], Trace())
    assert "\n".join(p for p in pieces if isinstance(p, str)) == plain


def test_reference_links_only_where_defined() -> None:
    """[报告][1] with [1]: … is a link; [强][强] in a chat paste is two emoticons, not a link."""
    trace = Trace()
    pieces = to_plain(["参见[报告][1]。", "30家企业参加[强][强]", "[1]: http://x.cn"], trace)
    assert [p for p in pieces if p] == ["参见报告。", "30家企业参加[强][强]"]


def test_a_table_becomes_a_table() -> None:
    pieces = to_plain(
        [
            "| 序号 | 工作动态 |",
            "| :-: | --- |",
            "| 1 | 2月2日，调研企业。 |",
            "| 2 | **2月4日**，座谈。 |",
        ],
        Trace(),
    )
    tables = [p for p in pieces if isinstance(p, Table)]
    assert tables[0].rows == [
        ["序号", "工作动态"],
        ["1", "2月2日，调研企业。"],
        ["2", "2月4日，座谈。"],
    ]


def test_pipes_without_a_rule_row_stay_text() -> None:
    pieces = to_plain(["东城区 | 2月3日召开会议"], Trace())
    assert pieces == ["东城区 | 2月3日召开会议"]


def test_images_comments_and_fences_go_and_are_listed() -> None:
    trace = Trace()
    pieces = to_plain(
        [
            "![现场照片](a.jpg)",
            "<!-- 报送稿 -->",
            "```",
            "2月3日，召开推进会。",
            "```",
            "[1]: http://x.cn",
        ],
        trace,
    )
    assert [p for p in pieces if p] == ["2月3日，召开推进会。"]
    assert trace.dropped[0].reason == IMAGE or any(d.reason == IMAGE for d in trace.dropped)
    assert len(trace.dropped) == 5
