"""rules/dates.py: dates in any shape are written the official way, and found for the checks."""

from __future__ import annotations

from datetime import date

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.dates import BadDate, DateSpan, canonical_dates, find_dates

START, END = date(2026, 1, 31), date(2026, 2, 6)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("2月9号，召开会议", "2月9日，召开会议"),
        ("二月十日，召开会议", "2月10日，召开会议"),
        ("二〇二六年二月十日召开", "2026年2月10日召开"),
        ("三月三十一日", "3月31日"),
        ("2026/2/9召开", "2026年2月9日召开"),
        ("2026-02-09，召开", "2026年2月9日，召开"),
        ("2026.2.9，召开", "2026年2月9日，召开"),
        ("于2/9召开会议", "于2月9日召开会议"),
        ("2.9，赴企业调研", "2月9日，赴企业调研"),
        ("02月09日召开", "2月9日召开"),
        ("2.3-2.5举办", "2月3日-2月5日举办"),
    ],
)
def test_shapes_become_official(text: str, official: str) -> None:
    trace = Trace()
    assert canonical_dates(text, trace) == official
    assert trace.changes


@pytest.mark.parametrize(
    "text",
    [
        "申请总金额达1.06亿元",
        "约1/3的企业",
        "增长1.28，同比提高",
        "2.9万元",
        "9/10的企业",
        "A, 1.1",
        "2026年第一批",
        "版本2.1.3发布",
    ],
)
def test_numbers_stay_numbers(text: str) -> None:
    trace = Trace()
    assert canonical_dates(text, trace) == text
    assert not trace.changes


def spans(text: str) -> list[tuple[date, date]]:
    return [(s.start, s.end) for s in find_dates(text, START, END) if isinstance(s, DateSpan)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2月3日，召开会议", [(date(2026, 2, 3), date(2026, 2, 3))]),
        ("2月3日-5日举办", [(date(2026, 2, 3), date(2026, 2, 5))]),
        ("1月28日至2月2日", [(date(2026, 1, 28), date(2026, 2, 2))]),
        ("9日，召开会议", [(date(2026, 2, 9), date(2026, 2, 9))]),  # nearest the period: February
        ("28日，召开", [(date(2026, 1, 28), date(2026, 1, 28))]),  # …and here January
        ("31日，召开", [(date(2026, 1, 31), date(2026, 1, 31))]),
        ("15日内完成", []),
        ("每月15日例会", []),
        ("12月31日", [(date(2025, 12, 31), date(2025, 12, 31))]),
    ],
)
def test_find_dates(text: str, found: list[tuple[date, date]]) -> None:
    assert spans(text) == found


def test_an_impossible_date_is_found_as_such() -> None:
    (bad,) = find_dates("2月30日召开", START, END)
    assert isinstance(bad, BadDate)


# Written on Wednesday 4 February 2026.
WRITTEN = date(2026, 2, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("本周三，召开科技创新推进会。", date(2026, 2, 4)),
        ("本周一组织企业参加培训。", date(2026, 2, 2)),
        ("这周五将举办对接会。", date(2026, 2, 6)),
        ("本周日开展科普活动。", date(2026, 2, 8)),
        ("上周五，走访企业5家。", date(2026, 1, 30)),
        ("上星期二，召开座谈会。", date(2026, 1, 27)),
        ("本月5日，召开推进会。", date(2026, 2, 5)),
        ("本月3号召开推进会。", date(2026, 2, 3)),
        ("当月12日举办路演。", date(2026, 2, 12)),
        ("上月28日，完成验收。", date(2026, 1, 28)),
        ("昨天，组织企业参加培训。", date(2026, 2, 3)),
        ("今天上午召开会议。", date(2026, 2, 4)),
        ("前天走访企业3家。", date(2026, 2, 2)),
        ("今日上午，召开推进会。", date(2026, 2, 4)),
        ("组织召开会议，昨日完成签约。", date(2026, 2, 3)),
    ],
)
def test_relative_dates_are_read_against_the_day_written(text: str, day: date) -> None:
    (span,) = find_dates(text, START, END, today=WRITTEN)
    assert isinstance(span, DateSpan)
    assert (span.start, span.end) == (day, day)
    assert span.text.endswith(f"（{day.month}月{day.day}日）")


@pytest.mark.parametrize(
    "text",
    [
        "每周三召开例会。",
        "本月15日前完成申报。",  # a deadline
        "本月底前完成验收。",
        "下周一召开推进会。",  # a plan
        "今日头条客户端发布了相关报道。",
        "本周工作动态",
        "本周召开会议。",
    ],
)
def test_hard_negatives_are_no_relative_dates(text: str) -> None:
    assert find_dates(text, START, END, today=WRITTEN) == []


def test_without_the_day_written_relative_dates_are_not_read() -> None:
    assert find_dates("本周三，召开推进会。", START, END) == []


def test_an_impossible_relative_date() -> None:
    (bad,) = find_dates("本月30日召开", START, END, today=WRITTEN)
    assert isinstance(bad, BadDate)
