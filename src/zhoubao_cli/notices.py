"""Texts the editor pastes into the units' chat group: the call for submissions and the reminder."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from zhoubao_cli import dates

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import CollectReport
    from zhoubao_cli.workspace import Issue


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


def reminder(config: BulletinConfig, issue: Issue, report: CollectReport) -> str:
    """A 催报 text for the units that sent nothing, or whose files must be sent again."""
    due = deadline(config, issue)
    silent = report.sent_nothing()
    order = {u: i for i, u in enumerate(config.unit_names())}
    resend = sorted(report.to_resend(), key=lambda name: order.get(name, len(order)))
    if not silent and not resend:
        return f"第{issue.number}期各单位材料已收齐，无需催报。"
    lines = [f"【催报提醒】{config.title}第{issue.number}期"]
    if silent:
        lines.append(f"以下单位尚未报送：{'、'.join(silent)}。")
    if resend:
        lines.append(f"以下材料有问题，请改正后重新报送：{'、'.join(resend)}（具体问题另行告知）。")
    lines.append(
        f"请于{dates.cn_date(due)}（{dates.cn_weekday(due)}）{config.call.deadline_time}前报送"
        f"{dates.cn_period(issue.period_start, issue.period_end)}的工作动态；本期无动态的也请回复“无”。"
    )
    return "\n".join(lines)
