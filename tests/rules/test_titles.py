"""rules/titles.py: introductions and signature dates are not bulletin text; content stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.titles import drop_intro, drop_sign_off_date, says_title


@pytest.mark.parametrize(
    "line", ["现将本周主要工作汇报如下：", "主要工作如下：", "本周开展了以下几项工作："]
)
def test_introductions_go(line: str) -> None:
    trace = Trace()
    assert drop_intro(line, trace) == ""
    assert trace.dropped


@pytest.mark.parametrize(
    "line", ["2026年2月5日", "2026-02-05", "二〇二六年二月五日", "2026 年 2 月 5 日"]
)
def test_a_date_alone_is_a_signature_date(line: str) -> None:
    assert drop_sign_off_date(line, Trace()) == ""


@pytest.mark.parametrize("line", ["会议强调：", "2月5日，召开推进会。", "2026年2月5日召开推进会"])
def test_content_stays(line: str) -> None:
    trace = Trace()
    assert drop_sign_off_date(drop_intro(line, trace), trace) == line


def test_a_nil_reply_is_not_a_title() -> None:
    assert says_title("东城区科技工作动态")
    assert not says_title("本周无动态")
