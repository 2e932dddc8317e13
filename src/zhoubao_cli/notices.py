"""Texts for people: the call for submissions and the reminder the editor pastes into the units'
chat group, and the reminders render gives the editor before printing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from zhoubao_cli import dates
from zhoubao_cli.dates import deadline, deadline_at
from zhoubao_cli.textrules import lazy_re  # compiled only when a problem is worded

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import Bulletin, CollectReport, FileReport, Status
    from zhoubao_cli.workspace import Issue


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


_FULL_DATE = lazy_re(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_PART = lazy_re(r"^(?P<part>第\d+[段条](?:（“[^”]*”）)?)：(?P<rest>.*)$")
_FOR_THE_UNITS = (("请对方", "请"), ("，是否旧材料？", "，是否旧材料"))
_CHECK_IT = lazy_re(r"，请核对。?$")
# Parts of a message that are advice to the editor, not to the unit that sent the file.
_EDITOR_ONLY = lazy_re(r"zhoubao|collect|limits\.|编辑")
_NO_UNIT = "认不出是哪个单位发的，请发送的单位在文件名前写上单位名称后重发"


def plain_problem(who: str, message: str, year: int, *, for_units: bool = True) -> str:
    """One problem in the words a unit reads: 天桥区第2条：日期“2月9日”晚于出刊日期2026年2月6日，请核对
    → 天桥区：第2条的日期“2月9日”晚于出刊日期2月6日. For the editor (for_units=False) the
    message keeps its advice, with the unit's name put in front."""
    text = message.removeprefix(who)
    if match := _PART.match(text):
        rest = match["rest"]
        text = match["part"] + ("的" if rest.startswith("日期") else "：") + rest
    if for_units:
        if who.startswith("文件“") and "可识别的报送单位" in text:
            text = _NO_UNIT
        text = "；".join(p for p in text.split("；") if not _EDITOR_ONLY.search(p))
        text = _CHECK_IT.sub("", text)
        for wordy, plain in _FOR_THE_UNITS:
            text = text.replace(wordy, plain)
    text = _FULL_DATE.sub(
        lambda m: m[0] if int(m[1]) != year else f"{int(m[2])}月{int(m[3])}日", text
    )
    return f"{who}：{text.rstrip('。')}"


def _who(file: FileReport) -> str:
    return file.unit or f"文件“{file.file}”"


def problems(
    report: CollectReport,
    config: BulletinConfig,
    status: Status,
    year: int,
    *,
    for_units: bool = True,
) -> list[str]:
    """Each problem of the files with this status, named by unit, in the config's order. The
    errors of a unit's part refused in a file for several units count as that unit's."""
    from zhoubao_cli.model import Status

    order = {u: i for i, u in enumerate(config.unit_names())}
    found = [
        (f.unit or "", _who(f), m) for f in report.files if f.status is status for m in f.messages
    ]
    if status is Status.ERROR:
        found += [
            (unit, unit, m)
            for f in report.files
            if f.status is not Status.ERROR
            for unit in f.refused_units
            for m in f.messages
            if m.startswith(unit)
        ]
    found.sort(key=lambda item: order.get(item[0], len(order)))
    return [plain_problem(who, m, year, for_units=for_units) for _, who, m in found]


def reminder(
    config: BulletinConfig,
    issue: Issue,
    report: CollectReport | None,
    now: datetime | None = None,
) -> str:
    """A 催报 text: who sent nothing, and each problem of the files that must be sent again.
    Before any collect, every unit is reminded."""
    from zhoubao_cli.model import Status

    silent = config.unit_names() if report is None else report.sent_nothing()
    faulty = [] if report is None else problems(report, config, Status.ERROR, issue.date.year)
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
    from zhoubao_cli.model import Status

    present, nil = bulletin.units_present(), set(report.nil_units())
    missing = [u for u in config.unit_names() if u not in present and u not in nil]
    notes = []
    if missing:
        notes.append(f"本期缺少 {len(missing)} 个单位的材料：{'、'.join(missing)}")
    for section in config.sections:
        if section.kind != "units" and not any(
            s.key == section.key and not s.empty for s in bulletin.sections
        ):
            notes.append(f"栏目“{section.heading or section.label}”没有内容")
    failed = [f.file for f in report.files if f.status is Status.ERROR]
    if failed:
        notes.append(f"上次汇编有 {len(failed)} 个文件出错未采用：{'、'.join(failed)}")
    notes += problems(report, config, Status.WARNING, bulletin.date.year, for_units=False)
    return notes
