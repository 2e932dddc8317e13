"""Dates in the text against the issue's publication date and reporting period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.collect.checks import check_paragraph
from zhoubao_cli.model import Severity
from zhoubao_cli.rules.dates import BadDate, DateSpan, find_dates, infer_year

PUB = date(2026, 1, 30)


def spans(text: str, near: date = PUB) -> list[tuple[date, date]]:
    found = find_dates(text, near - timedelta(days=6), near)
    return [(s.start, s.end) for s in found if isinstance(s, DateSpan)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1月29日下午，召开会议", [(date(2026, 1, 29), date(2026, 1, 29))]),
        ("1月28日至29日", [(date(2026, 1, 28), date(2026, 1, 29))]),
        ("5月13日—19日", [(date(2025, 5, 13), date(2025, 5, 19))]),
        ("2026年1月30日", [(PUB, PUB)]),
        ("2025年度、2026年第一批", []),
        ("1月28日至2月3日", [(date(2026, 1, 28), date(2026, 2, 3))]),
    ],
)
def test_find_dates(text: str, expected: list[tuple[date, date]]) -> None:
    assert spans(text) == expected


def test_year_boundary() -> None:
    new_year = date(2027, 1, 1)
    assert spans("12月30日", new_year) == [(date(2026, 12, 30), date(2026, 12, 30))]
    assert spans("12月30日至1月1日", new_year) == [(date(2026, 12, 30), date(2027, 1, 1))]
    assert spans("1月1日", date(2026, 12, 31)) == [(date(2027, 1, 1), date(2027, 1, 1))]


def test_impossible_date() -> None:
    (found,) = find_dates("2月30日", PUB - timedelta(days=6), PUB)
    assert isinstance(found, BadDate)


def check(text: str) -> tuple[list[str], list[str]]:
    found = check_paragraph(
        text,
        issue_number=18,
        publication=PUB,
        period_start=date(2026, 1, 24),
        max_chars=300,
    )
    errors = [f.message for f in found if f.severity is Severity.ERROR]
    return errors, [f.message for f in found if f.severity is Severity.WARNING]


def test_future_date_is_an_error() -> None:
    errors, _ = check("2月3日，将召开推进会。")
    assert errors == ["日期“2月3日”晚于出刊日期2026年1月30日，请核对"]


def test_stale_date_is_a_warning() -> None:
    errors, warnings = check("1月20日，召开会议。")
    assert not errors
    assert "早于本期报送时段" in warnings[0]


def test_range_reaching_into_the_period_is_fine() -> None:
    assert check("1月20日至25日，开展培训。") == ([], [])


@pytest.mark.parametrize("text", ["详见周报第17期。", "本文为第17期工作动态。", "已报第17期简报。"])
def test_other_issue_number_warns(text: str) -> None:
    assert "提到“第17期”" in check(text)[1][0]


@pytest.mark.parametrize(
    "text", ["举办高新创投汇第5期路演。", "第三期培训班开班。", "二期工程第2期验收。"]
)
def test_an_event_s_number_is_not_an_issue_number(text: str) -> None:
    assert check(text) == ([], [])


@given(
    st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31)),
    st.integers(min_value=-300, max_value=60),
)
def test_inferred_year_recovers_recent_dates(near: date, offset: int) -> None:
    """Any date from ten months before to two months after publication gets its year right."""
    actual = near + timedelta(days=offset)
    if (actual.month, actual.day) == (2, 29):
        return
    assert infer_year(actual.month, actual.day, near) == actual
