"""Checks of a paragraph's content against the issue: dates, issue numbers, length."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from zhoubao_cli.dates import cn_date

_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"(?:\s*(?:至|到|—|－|-|~|～|–)\s*(?:(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日)?"
)
_ISSUE_NUMBER = re.compile(r"第\s*(\d{1,4})\s*期")


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: date
    end: date


class BadDate(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


_FUTURE_REACH = timedelta(days=60)


def infer_year(month: int, day: int, near: date) -> date:
    """The latest such date at most two months after near: a bulletin reports what has happened,
    so 12月30日 in an issue of 1 January is last year's, and 1月28日 is this month's."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"{month}月{day}日")
    reachable = [d for d in candidates if d <= near + _FUTURE_REACH]
    return max(reachable) if reachable else min(candidates)


def find_dates(text: str, near: date) -> list[DateSpan | BadDate]:
    """Dates and date ranges in text; a bare year (2025年度, 2026年第一批) is not a date."""
    found: list[DateSpan | BadDate] = []
    for m in _DATE.finditer(text):
        try:
            start = _make(m.group("y"), m.group("m"), m.group("d"), near)
            end = start
            if m.group("d2"):
                month2 = m.group("m2") or str(start.month)
                end = _make(
                    m.group("y2") or (None if m.group("m2") else str(start.year)),
                    month2,
                    m.group("d2"),
                    start,
                )
                if end < start:  # 12月30日至1月2日 crosses a year
                    end = _make(str(start.year + 1), month2, m.group("d2"), start)
        except ValueError:
            found.append(BadDate(m.group()))
            continue
        found.append(DateSpan(m.group(), start, end))
    return found


def _make(year: str | None, month: str, day: str, near: date) -> date:
    if year is not None:
        return date(int(year), int(month), int(day))
    return infer_year(int(month), int(day), near)


@dataclass
class Findings:
    errors: list[str]
    warnings: list[str]


def check_paragraph(
    text: str,
    where: str,
    *,
    issue_number: int,
    publication: date,
    period_start: date,
    max_chars: int,
) -> Findings:
    errors: list[str] = []
    warnings: list[str] = []
    for span in find_dates(text, publication):
        if isinstance(span, BadDate):
            errors.append(f"{where}：日期“{span.text}”不存在，请核对")
        elif span.start > publication:
            errors.append(f"{where}：日期“{span.text}”晚于出刊日期{cn_date(publication)}，请核对")
        elif span.end < period_start:
            warnings.append(
                f"{where}：日期“{span.text}”早于本期报送时段（自{cn_date(period_start)}起），是否旧材料？"
            )
    for number in {int(n) for n in _ISSUE_NUMBER.findall(text)} - {issue_number}:
        warnings.append(f"{where}：提到“第{number}期”，本期是第{issue_number}期，是否发错了材料？")
    if len(text) > max_chars:
        warnings.append(f"{where}：共 {len(text)} 字，超过 {max_chars} 字，建议压缩")
    return Findings(errors, warnings)


def issue_number_in_name(name: str, issue_number: int) -> str | None:
    for number in {int(n) for n in _ISSUE_NUMBER.findall(name)} - {issue_number}:
        return f"文件名写的是第{number}期，本期是第{issue_number}期，是否发错了文件？"
    return None
