"""rules/separators.py: a line drawn with marks goes, in any width and spacing; text stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.separators import SEPARATOR, drop_separators


@pytest.mark.parametrize(
    "line",
    [
        "------------------",
        "- - - - - - - - -",
        "——————",
        "——",
        "＿＿＿＿＿＿＿＿",
        "________________",
        "==========",
        "= = = = =",
        "＝＝＝＝＝＝",
        "※※※※※※",
        "※ ※ ※",
        "***",
        "＊＊＊＊",
        "~~~~~~",
        "··········",
        "－－－－－－",
        "　———　———　",
        "-----\n",
    ],
)
def test_a_separator_line_goes(line: str) -> None:
    trace = Trace()
    assert drop_separators(line, trace) == ""
    assert [d.reason for d in trace.dropped] == [SEPARATOR]


@pytest.mark.parametrize(
    "line",
    [
        "2—3家企业",
        "——2月3日，召开会议。",
        "第一部分 —— 科技创新",
        "-----原始邮件-----",
        "***公司完成技术改造",
        "一、科技创新",
        "-",
        "……",
    ],
)
def test_text_with_marks_stays(line: str) -> None:
    trace = Trace()
    assert drop_separators(line, trace) == line
    assert trace.dropped == []
