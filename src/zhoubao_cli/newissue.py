"""Opening a new issue: its number, date, reporting period and folder, and the call for submissions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from zhoubao_cli import dates
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import UsageError
from zhoubao_cli.workspace import ISSUES_DIR, Issue, Workspace, issue_folder_name


@dataclass
class OpenedIssue:
    issue: Issue
    warnings: list[str] = field(default_factory=list)


def plan_issue(workspace: Workspace, number: int, when: date | None, today: date) -> OpenedIssue:
    """Work out the new issue's dates and check it against the previous one; writes nothing."""
    if number < 1:
        raise UsageError(f"期号应为正整数，而不是 {number}。")
    config = workspace.config
    existing = workspace.issues()
    folder = workspace.root / ISSUES_DIR / issue_folder_name(number)
    if any(i.number == number for i in existing) or folder.exists():
        raise UsageError(
            f"第{number}期已经存在（{folder}），未做任何改动。",
            hint="换一个期号；确需重建，请先自行移走该文件夹。",
        )
    earlier = [i for i in existing if i.number < number]
    previous = earlier[-1] if earlier else None
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
    if publication.isoweekday() != config.publication_weekday:
        warnings.append(
            f"{dates.cn_date(publication)} 是{dates.cn_weekday(publication)}，不是惯常的出刊日。"
        )
    issue = Issue(number, publication, start, end, folder)
    return OpenedIssue(issue, warnings)


def deadline(config: BulletinConfig, issue: Issue) -> date:
    return issue.date - timedelta(days=config.call.deadline_days_before)


def call_for_submissions(config: BulletinConfig, issue: Issue) -> str:
    """A 征稿通知 the editor can paste into the units' chat group."""
    due = deadline(config, issue)
    limit = config.limits.max_paragraph_chars
    example = config.units[0].name if config.units else "单位名称"
    return (
        f"【征稿通知】{config.title}第{issue.number}期\n"
        f"{config.call.recipients}：\n"
        f"　　第{issue.number}期{config.title}定于{dates.cn_date(issue.date)}"
        f"（{dates.cn_weekday(issue.date)}）印发，"
        f"请于{dates.cn_date(due)}（{dates.cn_weekday(due)}）{config.call.deadline_time}前"
        f"报送本单位{dates.cn_period(issue.period_start, issue.period_end)}的工作动态。\n"
        f"　　要求：每条写明时间、事项和成效，一段一件事，每段不超过{limit}字；"
        f"用 Word（.docx）或纯文本报送，文件名以单位名称开头，"
        f"如“{example}-第{issue.number}期.docx”。本期无动态的单位也请回复“无”。"
    )


def relative(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)
