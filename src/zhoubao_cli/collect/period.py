"""Whether the folder collected is another week's: most of its dated items outside the period."""

from __future__ import annotations

from datetime import date
from statistics import median_low

from zhoubao_cli.dates import cn_period
from zhoubao_cli.model import CollectReport, Fate, Status
from zhoubao_cli.rules.dates import DateSpan, find_dates
from zhoubao_cli.workspace import Issue

_AT_LEAST = 3  # fewer dated items say too little about the week
_READ = (Fate.PRINTED, Fate.CHANGED, Fate.DOUBTFUL, Fate.UNUSED)


def item_dates(report: CollectReport, issue: Issue) -> list[date]:
    """The first date of each line that has one, in every file read (used or not)."""
    found = []
    for file in report.files:
        if file.status is Status.IGNORED:
            continue
        for line in file.lines:
            if line.fate not in _READ:
                continue
            spans = [
                s
                for s in find_dates(line.text, issue.period_start, issue.date)
                if isinstance(s, DateSpan)
            ]
            if spans:
                found.append(spans[0].start)
    return found


def other_week(report: CollectReport, issue: Issue, issues: list[Issue]) -> str | None:
    """One warning when most dated items fall before the issue's period or after its publication
    (an inbox of another week collected into this issue), naming the issue they look like."""
    dated = item_dates(report, issue)
    outside = sorted(d for d in dated if d < issue.period_start or d > issue.date)
    if len(dated) < _AT_LEAST or len(outside) * 2 <= len(dated):
        return None
    middle = median_low(outside)
    likely = next((i for i in issues if i.period_start <= middle <= i.date), None)
    if likely is not None:
        number: int | None = likely.number
    else:  # not opened (yet): a weekly bulletin's number, counted from this one
        number = issue.number + (middle - issue.period_start).days // 7
    which = f"像是第{number}期的材料" if number and number != issue.number and number > 0 else ""
    which = which or ("像是以前的材料" if middle < issue.period_start else "像是以后的材料")
    return (
        f"这些材料的日期大多在{cn_period(outside[0], outside[-1])}，{which}"
        f"（第{issue.number}期的报送时段是{cn_period(issue.period_start, issue.date)}）；"
        "请确认文件夹没有选错。"
    )
