"""Texts for people: the call for submissions and the reminder the editor pastes into the units'
chat group, and the reminders render gives the editor before printing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from zhoubao_cli import dates
from zhoubao_cli.dates import deadline, deadline_at

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import Bulletin, CollectReport, Finding, Severity
    from zhoubao_cli.workspace import Issue


def deadline_passed(config: BulletinConfig, issue: Issue, now: datetime) -> str | None:
    """A warning when the call's deadline is already behind us (an issue opened late, or a past
    issue opened afterwards): the call would ask for files by a time that has gone."""
    due = deadline_at(config, issue)
    if now <= due:
        return None
    return (
        f"第{issue.number}期的截稿时间{dates.cn_date(due.date())}（{dates.cn_weekday(due.date())}）"
        f"{due:%H:%M}已经过了，下面征稿通知里的截稿时间请改为新的时间后再发。"
    )


def _what_to_send(config: BulletinConfig, issue: Issue) -> str:
    """The reporting period, and what it means for the days after the deadline: the checks accept
    anything up to the publication date, and the next issue starts the day after it, so activities
    between the deadline and publication are asked for now, as planned."""
    due = deadline(config, issue)
    period = dates.cn_period(issue.period_start, issue.period_end)
    text = f"请于{dates.cn_date(due)}（{dates.cn_weekday(due)}）{config.call.deadline_time}前报送本单位{period}的工作动态"
    if due < issue.period_end:
        text += f"，截稿后至{dates.cn_month_day(issue.period_end)}的活动请一并报送已确定的安排"
    return text


def call_for_submissions(config: BulletinConfig, issue: Issue) -> str:
    """A 征稿通知 the editor can paste into the units' chat group."""
    limit = config.limits.max_paragraph_chars
    example = config.units[0].name if config.units else "单位名称"
    return (
        f"【征稿通知】{config.title}第{issue.number}期\n"
        f"{config.call.recipients}：\n"
        f"　　第{issue.number}期{config.title}定于{dates.cn_date(issue.date)}"
        f"（{dates.cn_weekday(issue.date)}）印发，{_what_to_send(config, issue)}。\n"
        f"　　要求：每条写明时间、事项和成效，一段一件事，每段不超过{limit}字；"
        f"用 Word（.docx）或纯文本报送，文件名以单位名称开头，"
        f"如“{example}-第{issue.number}期.docx”。本期无动态的单位也请回复“无”。"
    )


def said(finding: Finding, *, for_units: bool = True) -> str:
    """A finding in one sentence without its unit: 第2条（“…”）的日期“2月9日”晚于出刊日期2月6日.
    For units, the words meant for them; for the editor, the message itself."""
    text = (finding.for_unit if for_units else None) or finding.message
    if where := finding.where():
        text = where + ("的" if text.startswith("日期") else "：") + text
    return text.rstrip("。")


def for_editor(finding: Finding) -> str:
    """A finding as the editor reads it beside its file: what, then the way out."""
    text = said(finding, for_units=False)
    if not finding.fix:
        return text
    stop = "" if text.endswith(("？", "！", "?", "!")) else "。"  # 是不是“章丘区”？请把…
    return f"{text}{stop}{finding.fix.rstrip('。')}"


def _who(finding: Finding) -> str:
    return finding.unit or f"文件“{finding.file}”"


def problems(
    report: CollectReport,
    config: BulletinConfig,
    severity: Severity,
    *,
    for_units: bool = True,
) -> list[str]:
    """Each problem of this severity in the files (or units' parts) it concerns, named by unit,
    in the config's order: errors of what was not used, warnings of what was."""
    from zhoubao_cli.model import Severity, Status

    files = {f.file: f for f in report.files}
    wanted = (Status.ERROR,) if severity is Severity.ERROR else (Status.OK, Status.WARNING)
    order = {u: i for i, u in enumerate(config.unit_names())}
    found = [
        f
        for f in report.findings
        if f.severity is severity and f.file in files and files[f.file].status_for(f.unit) in wanted
    ]
    found.sort(key=lambda f: order.get(f.unit or "", len(order)))
    return [f"{_who(f)}：{said(f, for_units=for_units)}" for f in found]


def reminder(
    config: BulletinConfig,
    issue: Issue,
    report: CollectReport | None,
    now: datetime | None = None,
) -> str:
    """A 催报 text: who sent nothing, and each problem of the files that must be sent again.
    Before any collect, every unit is reminded."""
    from zhoubao_cli.model import Severity

    silent = config.unit_names() if report is None else report.sent_nothing()
    faulty = [] if report is None else problems(report, config, Severity.ERROR)
    if not silent and not faulty:
        return f"第{issue.number}期各单位材料已收齐，无需催报。"
    lines = [f"【催报提醒】{config.title}第{issue.number}期"]
    if silent:
        lines.append(f"以下单位尚未报送：{'、'.join(silent)}。")
    if faulty:
        lines.append("以下材料有问题，请改正后重新报送：")
        lines += [f"　　{problem}。" for problem in faulty]
    now = now or datetime.now()
    if now > deadline_at(config, issue):
        # Past the deadline, repeating it reads as a mistake: ask for the files now.
        period = dates.cn_period(issue.period_start, issue.period_end)
        day = f"{dates.cn_month_day(issue.date)}（{dates.cn_weekday(issue.date)}）"
        if now.date() < issue.date:
            when = f"定于{day}印发"
        else:
            when = "今天印发" if now.date() == issue.date else f"原定于{day}印发"
        lines.append(
            f"截稿时间已过，本期{when}，请尽快报送本单位{period}的工作动态；"
            "本期无动态的也请回复“无”。"
        )
    else:
        lines.append(f"{_what_to_send(config, issue)}；本期无动态的也请回复“无”。")
    return "\n".join(lines)


def before_printing(config: BulletinConfig, bulletin: Bulletin, report: CollectReport) -> list[str]:
    """What the editor should know before the bulletin goes out: who is missing (a unit that
    replied 无 is not), empty sections, files not used, and every warning of the files used
    (old material among them)."""
    from zhoubao_cli.model import Outcome, Severity, Status

    present = bulletin.units_present()
    silent = [u for u in report.with_outcome(Outcome.MISSING) if u not in present]
    faulty = [u for u in report.with_outcome(Outcome.FAULTY) if u not in present]
    notes = []
    if silent:
        notes.append(f"{Outcome.MISSING.word}（{len(silent)}）：{'、'.join(silent)}")
    if faulty:
        notes.append(f"{Outcome.FAULTY.word}（{len(faulty)}）：{'、'.join(faulty)}")
    for section in config.sections:
        if section.kind != "units" and not any(
            s.key == section.key and not s.empty for s in bulletin.sections
        ):
            notes.append(f"栏目“{section.heading or section.label}”没有内容")
    failed = [f.file for f in report.files if f.status is Status.ERROR]
    if failed:
        notes.append(f"上次汇编有 {len(failed)} 个文件出错未采用：{'、'.join(failed)}")
    notes += problems(report, config, Severity.WARNING, for_units=False)
    if undecided := report.undecided():
        notes.append(
            f"有 {len(undecided)} 句存疑未定（zhoubao collect 的“请看一眼”），"
            "已照印；请用 zhoubao keep 或 zhoubao drop 决定"
        )
    return notes
