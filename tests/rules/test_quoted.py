"""rules/quoted.py: the editor's call quoted back goes whole; the unit's answer stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.quoted import QUOTED, QuotedCall, is_call

NEWS = "2月3日，举办科技成果转化对接活动，组织15家企业与高校专家团队开展技术对接，达成合作意向3项。"


def run(lines: list[str]) -> tuple[list[str], Trace]:
    rule = QuotedCall(lines)
    trace = Trace()
    kept = []
    for index, line in enumerate(lines):
        trace.at = index
        kept.append(rule(line, trace))
    return [line for line in kept if line.strip()], trace


@pytest.mark.parametrize(
    "quote",
    [
        "「张编辑：请各单位于2月5日前报送本周工作动态，谢谢！」",
        "「陈静：各区县科技局：第19期周报请于2月5日12:00前报送本周工作动态，文件请命名为“区县名-第19期动态”，谢谢！」",
        "“张编辑：请各区县于周四中午前报送第19期稿件”",
        "『市科技局陈静：本周动态周四前报来』",
        "回复 张编辑：请各单位于2月5日前报送本周工作动态",
        "回复@张编辑：各区县：请于2月5日前报送第19期周报。",
        "回复张编辑：",
        "引用 张编辑 的消息：请各单位于2月5日前报送…",
        "> 请各单位于2月5日前报送本周工作动态",
        "＞ 各区县科技局：",
        "各区县：",
        "各区县科技局：请于2月5日12:00前报送本周工作动态。",
        "请各单位于2月5日前报送本周工作动态。",
    ],
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_the_quoted_call_goes_and_the_answer_stays(quote: str, where: str) -> None:
    lines = [quote, NEWS] if where == "before" else [NEWS, quote]
    kept, trace = run(lines)
    assert kept == [NEWS]
    assert [d.reason for d in trace.dropped] == [QUOTED]


def test_a_block_of_quoted_lines_goes_whole_when_it_holds_the_call() -> None:
    lines = ["> 张编辑：", "> 请各单位于2月5日前报送本周工作动态", "> 逾期不候", "", NEWS]
    kept, trace = run(lines)
    assert kept == [NEWS]
    assert len(trace.dropped) == 3


def test_an_answer_after_the_reply_prefix_stays() -> None:
    kept, trace = run([f"回复 张编辑：{NEWS}"])
    assert kept == [NEWS]
    assert trace.dropped[0].text.startswith("回复 张编辑")


def test_a_quoted_line_that_is_no_call_keeps_its_text() -> None:
    kept, _ = run([f"> {NEWS}"])
    assert kept == [NEWS]


@pytest.mark.parametrize(
    "line",
    [
        # Hard negatives: news of a unit's own notice, quotes and replies in news.
        "2月3日，发布申报通知，请各企业于3月1日前提交申报材料。",
        "组织召开会议，要求各单位于2月底前报送年度总结材料。",
        "2月4日，回复企业诉求12件，办结率100%。",
        "2月3日，为企业颁发「科技副总」聘书5份。",
        "各区县科技局分管负责人参加会议，部署2026年重点工作。",
        "引用率前10%的论文3篇获评优秀成果。",
    ],
)
def test_news_stays(line: str) -> None:
    kept, trace = run([line])
    assert kept == [line]
    assert trace.dropped == []


def test_is_call_knows_the_call_but_not_dated_news() -> None:
    assert is_call("第19期周报请于2月5日12:00前报送")
    assert is_call("文件请命名为“区县名-第19期动态”")
    assert not is_call("2月3日，请专家对5家企业的研发项目进行评审。")
