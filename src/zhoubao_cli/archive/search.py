"""search: every printed item that mentions the words, with its issue's number and date.

An item is what the bulletin prints as one: a lead paragraph, a ★ item, or one of the items a
unit's paragraph joins with ；. The printed text is searched (printed.json where recorded).
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from pydantic import BaseModel

from zhoubao_cli.archive.records import UnitNames, archived, year_range
from zhoubao_cli.errors import UsageError
from zhoubao_cli.units import Recogniser

if TYPE_CHECKING:
    from zhoubao_cli.workspace import Workspace


class Hit(BaseModel):
    number: int
    date: datetime.date
    section: str  # the section's heading without brackets, 导语 for the lead
    unit: str | None  # for a unit's item: the unit, former names folded
    text: str
    spans: list[tuple[int, int]]  # where the words are in text


class SearchResult(BaseModel):
    words: list[str]
    unit: str | None
    year: int | None
    issues_searched: int
    hits: list[Hit]


def search(
    workspace: Workspace, words: list[str], *, unit: str | None = None, year: int | None = None
) -> SearchResult:
    words = [w.strip() for w in words if w.strip()]
    if not words:
        raise UsageError("没有给出要找的词。", hint="例如：zhoubao search 脑机接口")
    config = workspace.config
    names = UnitNames(config)
    wanted = None
    if unit is not None:
        wanted = names.fold(unit)
        if not names.known(unit):
            wanted = Recogniser(config).unit_title(unit.strip()) or wanted
    patterns = [re.compile(re.escape(word), re.IGNORECASE) for word in words]
    first, last = year_range(year) if year is not None else (None, None)
    hits: list[Hit] = []
    searched = 0
    units_seen: set[str] = set()
    for entry in archived(workspace, first=first, last=last, with_reports=False):
        searched += 1
        issue = entry.printed
        for section in issue.sections:
            label = section.heading.strip("【】[] ") or "导语"
            if section.kind == "units":
                for unit_entry in section.units:
                    who = names.fold(unit_entry.unit)
                    units_seen.add(who)
                    if wanted is not None and who != wanted:
                        continue
                    for item in unit_entry.items:
                        _match(hits, patterns, issue.number, issue.date, label, who, item)
            elif wanted is None:
                for paragraph in section.paragraphs:
                    _match(hits, patterns, issue.number, issue.date, label, None, paragraph)
    if wanted is not None and wanted not in units_seen and not names.known(wanted):
        guesses = Recogniser(config).suggest(unit or "")
        hint = f"是不是{'或'.join(f'“{g}”' for g in guesses)}？" if guesses else ""
        raise UsageError(
            f"没有单位“{unit}”的刊出记录。",
            hint=f"{hint}单位名称或别名见 zhoubao.toml 的 [[units]]。",
        )
    return SearchResult(words=words, unit=wanted, year=year, issues_searched=searched, hits=hits)


def _match(
    hits: list[Hit],
    patterns: list[re.Pattern[str]],
    number: int,
    date: datetime.date,
    section: str,
    unit: str | None,
    text: str,
) -> None:
    spans = []
    for pattern in patterns:
        found = [m.span() for m in pattern.finditer(text)]
        if not found:
            return
        spans += found
    hits.append(
        Hit(number=number, date=date, section=section, unit=unit, text=text, spans=sorted(spans))
    )
