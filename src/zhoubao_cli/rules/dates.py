"""Dates: every shape a unit writes becomes 2月9日 (or 2026年2月9日), and every date is found.

Why: official documents write dates as 2026年2月9日 — Arabic numerals, no zero padding, 日 not 号
(GB/T 9704 and 15835). Units write 2月9号, 二月十日, 2026/2/9, 2026-02-09, 02月09日, 2/9 and 2.9. A
date in any of these shapes must also be checked against the issue (a date after publication is
an error), which the checks can only do for dates they can find: so the shapes are first written
the official way, each change listed, and the checks read the text exactly as it will print.

2/9 and 2.9 are dates only where a date stands (after 于, 在, a comma or the start, and before a
comma, 召开, 赴 …); 1.06亿元 and 1/3的企业 stay numbers. A day alone (28日) is read in the month
nearest the reporting period.

Units also write dates relative to the day they write: 本周三, 上周五, 本月5日, 昨天, 今天. Those
are read against the file's date (when it is known and near the period) and checked like written
dates; they print as written (the text is the unit's), the finding says the date they stand for.
本月15日前 is a deadline, and 下周一 a plan: neither is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.numerals import cn_number
from zhoubao_cli.textrules import has_cjk, lazy_re

_FULL = lazy_re(
    r"(?<![\d.])(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?![\d]|\.\d)",
    screen="-/.",
)
# 2月9号, 02月09日: 日 and no zero padding.
_MONTH_DAY = lazy_re(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]", screen="月")
_CHINESE = lazy_re(
    r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])[日号]",
    screen=lazy_re("[一二三四五六七八九十]月"),
)
_BEFORE_SHORT = r"(?:(?<=^)|(?<=[，,。；;、：:（(\s—\-~～])|(?<=[于在自从至到和及与]))"
_AFTER_SHORT = (
    r"(?=[，,、：:\s（(）)]|$|[至到]|[—\-~～]\d|[日号]|上午|下午|晚上|起|以来|召开|举办|组织|开展|赴|前往|"
    r"在|与|对|参加|走访|调研|陪同|联合|深入|会同|到|完成|印发|发布|启动|举行)"
)
_SHORT = lazy_re(
    rf"{_BEFORE_SHORT}(?P<m>\d{{1,2}})\s*(?P<sep>[./])\s*(?P<d>\d{{1,2}})(?![\d./]){_AFTER_SHORT}",
    screen=lazy_re(r"\d\s*[./]\s*\d"),
)


def canonical_dates(text: str, trace: Trace) -> str:
    """Write every date the official way; each change is counted under its own label."""

    def done(old: str, new: str) -> str:
        if old != new:
            trace.changed(f"日期“{old}”改为“{new}”")
        return new

    def full(m: re.Match[str]) -> str:
        month, day = int(m["m"]), int(m["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group()
        return done(m.group(), f"{int(m['y'])}年{month}月{day}日")

    def chinese(m: re.Match[str]) -> str:
        year = f"{cn_number(m['y']):04d}年" if m["y"] else ""
        return done(m.group(), f"{year}{cn_number(m['m'])}月{cn_number(m['d'])}日")

    def short(m: re.Match[str]) -> str:
        month, day = int(m["m"]), int(m["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group()
        tail = "" if m.string[m.end() : m.end() + 1] in ("日", "号") else "日"
        return done(m.group(), f"{month}月{day}{tail}")

    text = _FULL.sub(full, text)
    if ("/" in text or "." in text) and has_cjk(text):  # 1.1 in a line of Latin is a number
        text = _SHORT.sub(short, text)
    if "月" in text:
        text = _CHINESE.sub(chinese, text)
    return _MONTH_DAY.sub(lambda m: done(m.group(), f"{int(m['m'])}月{int(m['d'])}日"), text)


# -- finding dates, for the checks -------------------------------------------------------------

_DASH = r"(?:至|到|—|－|-|~|～|–)"
_DATE = lazy_re(
    rf"(?:(?P<y>\d{{4}})年)?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})(?P<ri>日)?"
    rf"(?:\s*{_DASH}\s*(?:(?:(?P<y2>\d{{4}})年)?(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?"
)
# A day without its month (28日); not a span of days (15日内) or a day of every month (每月15日).
_DAY = lazy_re(
    r"(?<![月\d.\-/])(?<!每月)(?<!每)(?<!第)(?<!近)(?<!约)(?<!满)(?<!共)(?<!历时)(?<!连续)"
    r"(?P<d>\d{1,2})日(?!内|以内|之内|以上|左右|前后|之后|以后|后)"
)


# 本周三 / 这周五 / 上星期二 / 本月5日 / 上月28日 / 昨天 / 今天 / 前天 / 昨日 / 今日上午.
_RELATIVE = lazy_re(
    r"(?<!每)(?P<week>本|这|上)(?:个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
    r"|(?<!每)(?P<month>本|当|这个|上|上个)月(?P<md>\d{1,2})[日号]"
    r"(?!内|以内|之内|前|之前|以前|后|之后|以后|左右)"
    r"|(?P<day>前天|昨天|今天|前日|昨日|今日(?=[，,上下晚早]))",
    screen=lazy_re("周|星期|礼拜|月|天|日"),
)
_WEEKDAYS = "一二三四五六"
_DAY_WORDS = {"前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0}


def relative_date(match: re.Match[str], today: date) -> date:
    """The date a relative date stands for, written on `today`; ValueError if it is none."""
    if match["week"]:
        monday = today - timedelta(days=today.weekday())
        if match["week"] == "上":
            monday -= timedelta(days=7)
        weekday = _WEEKDAYS.find(match["wd"])
        return monday + timedelta(days=weekday if weekday >= 0 else 6)
    if match["month"]:
        year, month = today.year, today.month
        if match["month"].startswith("上"):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return date(year, month, int(match["md"]))
    return today + timedelta(days=_DAY_WORDS[match["day"]])


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


def day_in_period(day: int, period_start: date, period_end: date) -> date:
    """28日 without a month: the date with that day nearest the reporting period."""
    candidates = []
    first = period_start.replace(day=1)
    for offset in (-1, 0, 1, 2):
        month_index = first.month - 1 + offset
        year, month = first.year + month_index // 12, month_index % 12 + 1
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"{day}日")

    def distance(candidate: date) -> int:
        if candidate < period_start:
            return (period_start - candidate).days
        return max(0, (candidate - period_end).days)

    return min(candidates, key=distance)


def find_dates(
    text: str, period_start: date, period_end: date, *, today: date | None = None
) -> list[DateSpan | BadDate]:
    """Dates and date ranges in text; a bare year (2025年度, 2026年第一批) is not a date. With
    `today` (the day the text was written), relative dates too: 本周三 is 本周三（2月4日）."""
    found: list[DateSpan | BadDate] = []
    if today is not None:
        for m in _RELATIVE.finditer(text):
            try:
                day = relative_date(m, today)
            except ValueError:
                found.append(BadDate(m.group()))
                continue
            found.append(DateSpan(f"{m.group()}（{day.month}月{day.day}日）", day, day))
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        if not (m.group("ri") or m.group("d2")):
            continue  # 3月5 without 日 is not a date we can be sure of
        taken.append(m.span())
        try:
            start = _make(m.group("y"), m.group("m"), m.group("d"), period_end)
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
    for m in _DAY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        try:
            day = day_in_period(int(m.group("d")), period_start, period_end)
        except ValueError:
            found.append(BadDate(m.group()))
            continue
        found.append(DateSpan(m.group(), day, day))
    return found


def _make(year: str | None, month: str, day: str, near: date) -> date:
    if year is not None:
        return date(int(year), int(month), int(day))
    return infer_year(int(month), int(day), near)
