"""Calendar rules of the bulletin: publication dates, reporting periods, Chinese date text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.workspace import Issue

WEEKDAYS = "一二三四五六日"


def cn_date(day: date) -> str:
    """2026年1月30日: full year, no zero padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_month_day(day: date, *, relative_to: date | None = None) -> str:
    """1月30日, with the year only when it differs from relative_to's."""
    if relative_to is not None and relative_to.year != day.year:
        return cn_date(day)
    return f"{day.month}月{day.day}日"


def cn_weekday(day: date) -> str:
    return "星期" + WEEKDAYS[day.weekday()]


def next_weekday(start: date, iso_weekday: int) -> date:
    """The first day on or after start that falls on iso_weekday (1 = Monday)."""
    return start + timedelta(days=(iso_weekday - start.isoweekday()) % 7)


def default_date(previous: date | None, today: date, iso_weekday: int) -> date:
    if previous is not None:
        return previous + timedelta(days=7)
    return next_weekday(today, iso_weekday)


def default_period(publication: date, previous: date | None) -> tuple[date, date]:
    """From the day after the previous issue to publication (a holiday gap stays covered)."""
    if previous is not None and previous < publication:
        return previous + timedelta(days=1), publication
    return publication - timedelta(days=6), publication


def cn_period(start: date, end: date) -> str:
    """2026年1月24日至30日, 2026年1月31日至2月6日, 2026年12月26日至2027年1月1日."""
    if start.year != end.year:
        return f"{cn_date(start)}至{cn_date(end)}"
    if start.month != end.month:
        return f"{cn_date(start)}至{end.month}月{end.day}日"
    return f"{cn_date(start)}至{end.day}日"


def deadline(config: BulletinConfig, issue: Issue) -> date:
    """The day the call asks the units to send by."""
    return issue.date - timedelta(days=config.call.deadline_days_before)


def deadline_at(config: BulletinConfig, issue: Issue) -> datetime:
    """The call's deadline to the minute."""
    return datetime.combine(
        deadline(config, issue), time.fromisoformat(config.call.deadline_time.zfill(5))
    )


def sent_late(config: BulletinConfig, issue: Issue, received: datetime | None) -> bool:
    """Received after the deadline, before the issue went out. A file whose time is later still
    was copied or touched after the week (a checkout, an archive unpacked): its time says nothing."""
    if received is None:
        return False
    return deadline_at(config, issue) < received <= datetime.combine(issue.date, time.max)
