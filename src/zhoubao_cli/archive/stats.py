"""stats: per unit, over a month, quarter, year or any dates, what was sent and what was printed.

Sent comes from each issue's report (the items of the files collect accepted, and the units that
replied 无); printed from printed.json when the printed issue was recorded, else the bulletin. An
imported issue has no submissions on record: there every printed item counts as sent. Former
names are folded into today's through the units' aliases; a unit the config no longer lists still
gets its row, after the configured ones.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from zhoubao_cli.archive.records import (
    ArchivedIssue,
    UnitNames,
    archived,
    printed_file,
    year_range,
)
from zhoubao_cli.dates import cn_date, cn_period, sent_late
from zhoubao_cli.errors import UsageError
from zhoubao_cli.model import Bulletin, Outcome, Status

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.workspace import Workspace

_QUARTERS = "一二三四"
_MONTH = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*(?:[-年]?\s*(?:[Qq]|第)?)\s*([1-4一二三四])\s*(?:季度?)?\s*$")
_WHO_SUFFIX = re.compile(r"(工作)?(动态|信息|情况)$")


@dataclass(frozen=True)
class Period:
    first: datetime.date | None
    last: datetime.date | None
    label: str  # 2026年第一季度, 2026年1月, 2026年, 2026年1月1日至3月15日


def period_of(
    *,
    month: str | None = None,
    quarter: str | None = None,
    year: int | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    default_year: int,
) -> Period:
    """The range asked for; one kind at a time, the year of the latest issue when none is."""
    asked = (("--month", month), ("--quarter", quarter), ("--year", year))
    kinds = [k for k, v in asked if v is not None]
    if start or end:
        kinds.append("--from/--to")
    if len(kinds) > 1:
        raise UsageError(
            f"{' 和 '.join(kinds)} 不能同时使用。",
            hint="一次只选一种范围：--month、--quarter、--year，或 --from/--to。",
        )
    if month:
        match = _MONTH.match(month)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise UsageError(f"月份“{month}”格式不对。", hint="请写成 YYYY-MM，如 2026-01。")
        y, m = int(match.group(1)), int(match.group(2))
        year_range(y)
        last = datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1)
        return Period(datetime.date(y, m, 1), last, f"{y}年{m}月")
    if quarter:
        match = _QUARTER.match(quarter)
        if not match:
            raise UsageError(
                f"季度“{quarter}”格式不对。", hint="请写成 YYYYQ1 到 YYYYQ4，如 2026Q1。"
            )
        y, q = int(match.group(1)), match.group(2)
        year_range(y)
        number = int(q) if q.isdigit() else _QUARTERS.index(q) + 1
        first = datetime.date(y, 3 * number - 2, 1)
        last_month = 3 * number
        last = datetime.date(y + last_month // 12, last_month % 12 + 1, 1) - datetime.timedelta(
            days=1
        )
        return Period(first, last, f"{y}年第{_QUARTERS[number - 1]}季度")
    if start or end:
        if start and end and start > end:
            raise UsageError(
                f"--from {start} 晚于 --to {end}。", hint="请把较早的日期写在 --from 后面。"
            )
        if start and end:
            label = cn_period(start, end)
        elif start:
            label = f"{cn_date(start)}以来"
        else:
            label = f"截至{cn_date(end)}"  # type: ignore[arg-type]
        return Period(start, end, label)
    y = default_year if year is None else year
    return Period(*year_range(y), f"{y}年")


class UnitStats(BaseModel):
    unit: str
    configured: bool = True  # False: a unit the config no longer lists
    issues: int = 0  # issues in range that expected the unit
    sent_items: int = 0
    printed_items: int = 0
    printed_chars: int = 0
    printed_issues: int = 0  # issues that printed the unit
    nil_issues: int = 0  # replied 无: reported, nothing to print
    silent_issues: int = 0  # 未报送: sent nothing at all
    faulty_issues: int = 0  # sent a file with errors (not used)
    late_issues: int = 0  # sent after the call's deadline
    rank: int = 0

    @property
    def adoption(self) -> float | None:
        """Printed items per sent item, when anything was sent."""
        return self.printed_items / self.sent_items if self.sent_items else None


class IssueRef(BaseModel):
    number: int
    date: datetime.date
    imported: bool


class StatsReport(BaseModel):
    title: str
    period: str
    first: datetime.date | None
    last: datetime.date | None
    issues: list[IssueRef]
    units: list[UnitStats]
    total: UnitStats
    # Files collect could not assign to any unit (their errors went back to an unknown sender).
    unattributed: list[str] = []


def table_title(config: BulletinConfig, period: Period) -> str:
    """2026年第一季度各区县信息报送采用情况统计表: who is named after the units' section."""
    section = config.section("units")
    who = _WHO_SUFFIX.sub("", section.label) if section and section.heading else ""
    return f"{period.label}各{who or '单位'}信息报送采用情况统计表"


def unit_stats(workspace: Workspace, period: Period, title: str | None = None) -> StatsReport:
    config = workspace.config
    names = UnitNames(config)
    rows: dict[str, UnitStats] = {}
    seen: list[str] = []
    issues = []
    unattributed: list[str] = []

    def row(name: str) -> UnitStats:
        if name not in rows:
            rows[name] = UnitStats(unit=name, configured=names.known(name))
            seen.append(name)
        return rows[name]

    for unit in names.canonical:
        row(unit)
    for entry in archived(workspace, first=period.first, last=period.last):
        issues.append(
            IssueRef(number=entry.issue.number, date=entry.issue.date, imported=entry.imported)
        )
        _count_issue(entry, config, names, row, unattributed)
    units = [rows[u] for u in names.order(set(rows), seen) if rows[u].configured or rows[u].issues]
    _rank(units)
    total = UnitStats(unit="合计", issues=len(issues))
    for stats in units:
        for field in (
            "sent_items",
            "printed_items",
            "printed_chars",
            "printed_issues",
            "nil_issues",
            "silent_issues",
            "faulty_issues",
            "late_issues",
        ):
            setattr(total, field, getattr(total, field) + getattr(stats, field))
    return StatsReport(
        title=title or table_title(config, period),
        period=period.label,
        first=period.first,
        last=period.last,
        issues=issues,
        units=units,
        total=total,
        unattributed=unattributed,
    )


def _count_issue(
    entry: ArchivedIssue,
    config: BulletinConfig,
    names: UnitNames,
    row: Callable[[str], UnitStats],
    unattributed: list[str],
) -> None:
    printed_items: dict[str, int] = defaultdict(int)
    for section in entry.printed.sections:
        for unit_entry in section.units:
            unit = names.fold(unit_entry.unit)
            stats = row(unit)
            stats.printed_items += len(unit_entry.items)
            stats.printed_chars += len(unit_entry.paragraph)
            printed_items[unit] += len(unit_entry.items)
    for unit in printed_items:
        row(unit).printed_issues += 1
    report = entry.report
    if report is None:
        # Nothing is known of the submissions: what was printed was sent, the rest sent nothing.
        roster = set(printed_items) | set(names.canonical)
        for unit in roster:
            stats = row(unit)
            stats.issues += 1
            stats.sent_items += printed_items.get(unit, 0)
            if unit not in printed_items:
                stats.silent_issues += 1
        return
    # The record's outcome of each unit (said once, by collect); a unit printed in the published
    # text that the record did not expect still counts as sent.
    outcomes = {names.fold(u.unit): u for u in report.units}
    # An older record counts a file's items, not a unit's: the collected bulletin has them.
    legacy_items = _items_by_unit(_collected(entry), names) if report.legacy else {}
    for file in report.files:
        if file.status is Status.ERROR and file.unit is None:
            unattributed.append(f"第{entry.issue.number}期 {file.file}")
    for unit in {*outcomes, *printed_items}:
        stats = row(unit)
        stats.issues += 1
        record = outcomes.get(unit)
        if record is None:
            stats.sent_items += printed_items[unit]
            continue
        stats.sent_items += legacy_items.get(unit, 0) if report.legacy else record.items
        printed = unit in printed_items
        stats.nil_issues += record.outcome is Outcome.NIL and not printed
        stats.faulty_issues += record.outcome is Outcome.FAULTY
        stats.late_issues += record.late or (report.legacy and _late(entry, config, unit, names))
        stats.silent_issues += record.outcome is Outcome.MISSING and not printed


def _collected(entry: ArchivedIssue) -> Bulletin:
    """The bulletin as collect made it (before the editor's cuts, if printed.json is recorded)."""
    if not printed_file(entry.issue).exists():
        return entry.printed
    try:
        return entry.issue.load_bulletin()
    except UsageError:
        return entry.printed


def _items_by_unit(bulletin: Bulletin, names: UnitNames) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for section in bulletin.sections:
        for entry in section.units:
            counts[names.fold(entry.unit)] += len(entry.items)
    return counts


def _late(entry: ArchivedIssue, config: BulletinConfig, unit: str, names: UnitNames) -> bool:
    """In an older record: a used file of the unit sent after the deadline."""
    assert entry.report is not None
    return any(
        sent_late(config, entry.issue, file.received)
        for file in entry.report.files
        if file.status in (Status.OK, Status.WARNING)
        and unit in {names.fold(u) for u in (file.units or ([file.unit] if file.unit else []))}
    )


def _rank(units: list[UnitStats]) -> None:
    """By items printed, most first; equal counts share a rank (1, 2, 2, 4)."""
    ordered = sorted(units, key=lambda s: -s.printed_items)
    for index, stats in enumerate(ordered):
        if index and stats.printed_items == ordered[index - 1].printed_items:
            stats.rank = ordered[index - 1].rank
        else:
            stats.rank = index + 1
