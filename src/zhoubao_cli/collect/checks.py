"""Checks of a paragraph's content against the issue: dates, issue numbers, length.

They read the paragraph exactly as it will be printed (after the text rules), so a date is
checked in the shape the reader will see. Each problem is a Finding without its place: the caller
says which file, unit and item it is about.
"""

from __future__ import annotations

from datetime import date

from zhoubao_cli.dates import cn_date, cn_month_day
from zhoubao_cli.model import Finding, Severity
from zhoubao_cli.rules.dates import BadDate, find_dates
from zhoubao_cli.textrules import lazy_re

_ISSUE_NUMBER = lazy_re(r"第\s*(\d{1,4})\s*期")
# In the text, 第N期 is an issue number only beside the bulletin's name or kind: 高新创投汇第5期
# is the fifth of an event.
_ISSUE_IN_TEXT = lazy_re(
    r"(?:周报|简报|快报|动态|信息|材料)\s*第\s*(\d{1,4})\s*期"
    r"|第\s*(\d{1,4})\s*期\s*(?:周报|简报|快报|工作动态|动态|信息|材料)"
)


def check_paragraph(
    text: str,
    *,
    issue_number: int,
    publication: date,
    period_start: date,
    max_chars: int,
    written: date | None = None,
) -> list[Finding]:
    """`written`: the day the file was written, for its relative dates (本周三, 昨天)."""
    found: list[Finding] = []
    short = cn_month_day(publication)
    for span in find_dates(text, period_start, publication, today=written):
        if isinstance(span, BadDate):
            found.append(
                Finding(
                    kind="date.impossible",
                    severity=Severity.ERROR,
                    message=f"日期“{span.text}”不存在，请核对",
                    for_unit=f"日期“{span.text}”不存在",
                )
            )
        elif span.end > publication:  # a span that runs past publication has not happened yet
            found.append(
                Finding(
                    kind="date.after_publication",
                    severity=Severity.ERROR,
                    message=f"日期“{span.text}”晚于出刊日期{cn_date(publication)}，请核对",
                    for_unit=f"日期“{span.text}”晚于出刊日期{short}",
                )
            )
        elif span.end < period_start:
            start = cn_date(period_start)
            found.append(
                Finding(
                    kind="date.before_period",
                    severity=Severity.WARNING,
                    message=f"日期“{span.text}”早于本期报送时段（自{start}起），是否旧材料？",
                    for_unit=f"日期“{span.text}”早于本期报送时段（自{start}起），是否旧材料",
                )
            )
    mentioned = {int(a or b) for a, b in _ISSUE_IN_TEXT.findall(text)}
    for number in sorted(mentioned - {issue_number}):
        found.append(
            Finding(
                kind="issue_number.in_text",
                severity=Severity.WARNING,
                message=f"提到“第{number}期”，本期是第{issue_number}期，是否发错了材料？",
                for_unit=f"提到“第{number}期”，本期是第{issue_number}期，是否发错了材料",
            )
        )
    if len(text) > max_chars:
        found.append(
            Finding(
                kind="length",
                severity=Severity.WARNING,
                message=f"共 {len(text)} 字，超过 {max_chars} 字，建议压缩",
                for_unit=f"共 {len(text)} 字，超过 {max_chars} 字，请压缩",
            )
        )
    return found


def issue_number_in_name(name: str, issue_number: int) -> Finding | None:
    for number in sorted({int(n) for n in _ISSUE_NUMBER.findall(name)} - {issue_number}):
        return Finding(
            kind="issue_number.in_name",
            severity=Severity.WARNING,
            message=f"文件名写的是第{number}期，本期是第{issue_number}期，是否发错了文件？",
            for_unit=f"文件名写的是第{number}期，本期是第{issue_number}期，是否发错了文件",
        )
    return None
