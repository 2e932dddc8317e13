"""Opening a new issue: its number, date, reporting period and folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from zhoubao_cli import dates
from zhoubao_cli.errors import UsageError
from zhoubao_cli.workspace import (
    BROKEN_ISSUE_SECTION,
    ISSUES_DIR,
    Issue,
    Workspace,
    find_workspace,
    issue_folder_name,
    workspace_or_default,
    write_default_config,
)


@dataclass
class OpenedIssue:
    issue: Issue
    workspace: Workspace
    warnings: list[str] = field(default_factory=list)
    created_config: bool = False  # the folder had no zhoubao.toml; the default one was written


def open_issue(start: Path, number: int, when: date | None, today: date) -> OpenedIssue:
    """Open issue `number` in the workspace at or above start, or make one there with the default
    config. Everything is checked before anything is written: a refusal leaves the disk as it was."""
    workspace, created = workspace_or_default(start)
    with workspace.writing(f"第{number}期"):  # two `new`s at once: the second sees the first's
        if created and find_workspace(start) is not None:  # made while we waited
            workspace, created = workspace_or_default(start)
        opened = plan_issue(workspace, number, when, today)
        if created:
            write_default_config(workspace)
        workspace.write_issue(opened.issue)
    opened.created_config = created
    return opened


def plan_issue(workspace: Workspace, number: int, when: date | None, today: date) -> OpenedIssue:
    """Work out the new issue's dates and check it against the previous one; writes nothing."""
    if number < 1:
        raise UsageError(f"期号应为正整数，而不是 {number}。")
    config = workspace.config
    existing, broken = workspace.read_issues()
    folder = workspace.root / ISSUES_DIR / issue_folder_name(number)
    if any(i.number == number for i in existing) or number in broken or folder.exists():
        raise UsageError(
            f"第{number}期已经存在（{folder}），未做任何改动。",
            hint="换一个期号；确需重建，请先自行移走该文件夹。",
        )
    later = sorted(n for n in [*(i.number for i in existing), *broken] if n > number)
    if later and when is None:
        have = "、".join(f"第{n}期" for n in later)
        raise UsageError(
            f"已有{have}，第{number}期排在它们之前，无法自动推算出刊日期；未做任何改动。",
            hint=f"确需补开第{number}期，请用 --date 指定出刊日期；要开新的一期，期号应大于 {later[-1]}。",
        )
    earlier = [i for i in existing if i.number < number]
    previous = earlier[-1] if earlier else None
    nearest_broken = max((n for n in broken if n < number), default=None)
    if (
        when is None
        and nearest_broken is not None
        and (previous is None or nearest_broken > previous.number)
    ):
        raise UsageError(
            broken[nearest_broken].message + "新一期的出刊日期要按它推算。",
            hint=f"先修正它（见 docs/guide.md 中“{BROKEN_ISSUE_SECTION}”一节），或用 --date 指定出刊日期。",
        )
    prev_date = previous.date if previous else None
    publication = when or dates.default_date(prev_date, today, config.publication_weekday)
    start, end = dates.default_period(publication, prev_date)

    warnings = []
    if previous is not None and number != previous.number + 1:
        warnings.append(f"上一期是第{previous.number}期，新期号 {number} 不连续，请确认。")
    if previous is None and existing:
        warnings.append(f"已有更大的期号（第{existing[-1].number}期），新期号 {number} 请确认。")
    if previous is not None and publication <= previous.date:
        warnings.append(
            f"出刊日期 {dates.cn_date(publication)} 不晚于上一期的 {dates.cn_date(previous.date)}。"
        )
    following = next((i for i in existing if i.number > number), None)
    if following is not None and publication >= following.date:
        warnings.append(
            f"出刊日期 {dates.cn_date(publication)} 不早于第{following.number}期的 {dates.cn_date(following.date)}。"
        )
    if publication.isoweekday() != config.publication_weekday:
        warnings.append(
            f"{dates.cn_date(publication)} 是{dates.cn_weekday(publication)}，不是惯常的出刊日。"
        )
    issue = Issue(number, publication, start, end, folder)
    return OpenedIssue(issue, workspace, warnings)
