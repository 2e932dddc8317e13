"""One submission: a file read, its text through the rules, cut into blocks, mended and checked.

What one file gives the bulletin (its blocks), and what the report says of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from zhoubao_cli import normalize, rules
from zhoubao_cli.collect.blocks import split_blocks
from zhoubao_cli.collect.checks import check_paragraph, issue_number_in_name
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.dates import deadline_at, sent_late
from zhoubao_cli.errors import ZhoubaoError
from zhoubao_cli.model import Dropped, FileReport, Status
from zhoubao_cli.rules import chat as chat_rules
from zhoubao_cli.rules import nil_reply
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import Layout
from zhoubao_cli.rules.nil_reply import is_nil_reply
from zhoubao_cli.rules.quotes import unbalanced
from zhoubao_cli.sources.reader import SourceReader
from zhoubao_cli.sources.scan import Found
from zhoubao_cli.units import Recogniser, Target
from zhoubao_cli.workspace import Issue


@dataclass
class Accepted:
    target: Target
    paragraphs: list[str]
    nil: bool = False  # the unit replied it has nothing this week


@dataclass
class FileResult:
    found: Found
    report: FileReport
    blocks: list[Accepted] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Errors in one unit's part of a file that speaks for several units (a 综合 office's table):
    # that part goes back to its unit, the others are used.
    unit_errors: dict[str, list[str]] = field(default_factory=dict)
    # The file has no text to print at all (an archive, a picture, a scan, an empty file): beside
    # a readable file of the same unit it is an attachment, not a submission to be redone.
    no_text: bool = False


def read_submission(
    found: Found, reader: SourceReader, recogniser: Recogniser, config: BulletinConfig, issue: Issue
) -> FileResult:
    received = datetime.fromtimestamp(found.mtime).replace(microsecond=0) if found.mtime else None
    result = FileResult(found, FileReport(file=found.name, received=received))
    if sent_late(config, issue, received) and found.kind != "ignored" and received is not None:
        due = deadline_at(config, issue)
        result.report.notes.append(
            f"晚于截稿时间（{due.month}月{due.day}日 {due:%H:%M}）：文件修改于 "
            f"{received.month}月{received.day}日 {received:%H:%M}"
        )
    if found.kind == "ignored":
        result.report.status = Status.IGNORED
        result.report.notes.append("系统文件、临时文件或隐藏文件，已跳过")
        return result
    named = recogniser.target(Path(found.name).stem)
    result.report.unit = named.unit if named else None  # who to ask again, if the file is bad
    try:
        extracted = reader.read(found)
    except ZhoubaoError as exc:
        message = _strip_name(exc.message, found.name).rstrip("。")
        result.errors.append(f"{message}。{exc.hint}" if exc.hint else message)
        result.no_text = found.kind == "unsupported" or found.size == 0
        return result
    except OSError:
        result.errors.append("无法读取（没有权限，或正被其他程序占用）；请关闭它或把它复制出来再试")
        return result
    result.report.encoding = extracted.encoding
    trace = Trace(dropped=list(extracted.dropped))
    if extracted.has_text():
        lines, layout = rules.clean_lines(
            extracted.pieces,
            markdown_source=extracted.plain_text,
            unit_of=recogniser.unit_in,
            trace=trace,
        )
        _parse(result, lines, layout, named, recogniser, config, issue, trace)
    elif extracted.pictures:
        result.errors.append(
            f"文件里只有图片（{extracted.pictures} 处），没有文字；"
            "请对方把文字写在 Word 文档或文本里发送，图片另行报送"
        )
        result.no_text = True
    else:
        result.errors.append("没有正文内容，请对方核对是否发错了文件")
        result.no_text = True
    result.warnings += trace.warnings
    result.report.notes += normalize.describe(trace.changes)
    result.report.dropped = [Dropped(text=d.text, reason=d.reason) for d in trace.dropped]
    return result


def _strip_name(message: str, name: str) -> str:
    prefix = f"{name}："
    return message[len(prefix) :] if message.startswith(prefix) else message


def _parse(
    result: FileResult,
    lines: list[str],
    layout: Layout,
    name_target: Target | None,
    recogniser: Recogniser,
    config: BulletinConfig,
    issue: Issue,
    trace: Trace,
) -> None:
    stem = Path(result.found.name).stem
    blocks = split_blocks(lines, name_target, recogniser, layout, trace)
    if not any(b.paragraphs for b in blocks):
        what = "除标题、聊天记录、署名和联系方式外" if trace.dropped else ""
        result.errors.append(f"{what}没有正文内容，请对方核对是否发错了文件")
    if len(blocks) > 1:  # 第二条删掉 in a file for several units: whose second item?
        for words in trace.withdrawn_items.values():
            result.warnings.append(f"对方在材料里说“{words}”，请核对是否要照此删改")
        trace.withdrawn_items.clear()
    chat = any(d.reason == chat_rules.SENDER for d in trace.dropped)
    some_unit = any(b.target and b.target.unit for b in blocks)
    for block in blocks:
        target = block.target
        if chat and some_unit and target is None and block.unknown_heading is None:
            # In a group chat, messages before any unit's sender (the editor's own call for
            # material) belong to no unit: they are not the file's content.
            for paragraph in block.paragraphs:
                trace.drop(paragraph, chat_rules.NOT_A_UNIT)
            continue
        if block.unknown_heading is not None:
            result.errors.append(
                _unknown_unit(
                    f"标题“【{block.unknown_heading}】”", block.unknown_heading, recogniser
                )
            )
            continue
        if target is None or (target.section == recogniser.units_key and target.unit is None):
            if block.paragraphs:
                result.errors.append(_unknown_unit("文件名和标题都", stem, recogniser))
            continue
        if not block.paragraphs:
            continue
        names = recogniser.names
        if len(block.paragraphs) > 1 and nil_reply.withdraws_the_rest(
            block.paragraphs[-1], config.nil_replies, names
        ):
            for paragraph in block.paragraphs[:-1]:  # 发错了，本期无，上面那条是上期的
                trace.drop(paragraph, nil_reply.WITHDRAWN)
            result.report.notes.append(f"对方随后说“{block.paragraphs[-1]}”，此前的内容不采用")
            block.paragraphs = block.paragraphs[-1:]
        if trace.withdrawn_items:
            _take_out(block.paragraphs, trace, result)
        reply = "".join(block.paragraphs)
        if is_nil_reply(reply, config.nil_replies, names):
            result.blocks.append(Accepted(target, [], nil=True))
            who = f"{target.unit}：" if target.unit and len(blocks) > 1 else ""
            # A reply with more than 无 in it (a reason, an apology) is quoted: nothing unseen.
            words = f"：“{reply}”" if len(reply) > _BARE_REPLY else ""
            result.report.notes.append(f"{who}{nil_reply.NOTE}{words}")
            continue
        paragraphs = []
        label = target.unit or config.section_by_key(target.section).label
        errors = result.unit_errors.setdefault(target.unit, []) if target.unit else result.errors
        for index, paragraph in enumerate(block.paragraphs, start=1):
            mended = normalize.normalise(paragraph)
            trace.changes.update(mended.changes)
            # Which item: its number, and its first words, to find it in the unit's own file.
            where = f"{label}第{index}条（“{_opening(mended.text)}”）"
            for unpaired in unbalanced(mended.text, mended.unpaired_quotes):
                result.warnings.append(f"{where}：{unpaired}不成对，请核对")
            findings = check_paragraph(
                mended.text,
                where,
                issue_number=issue.number,
                publication=issue.date,
                period_start=issue.period_start,
                max_chars=config.limits.max_paragraph_chars,
            )
            errors += findings.errors
            result.warnings += findings.warnings
            if mended.text:
                paragraphs.append(mended.text)
        result.blocks.append(Accepted(target, paragraphs))
    if wrong := issue_number_in_name(result.found.name, issue.number):
        result.warnings.append(wrong)
    named_units = {b.target.unit for b in result.blocks}
    if name_target and name_target.unit and result.blocks and name_target.unit not in named_units:
        result.warnings.append(
            f"文件名是“{name_target.unit}”，内容标题却是“{'、'.join(sorted(u for u in named_units if u))}”，已按标题归属"
        )


_OPENING = 10
_BARE_REPLY = 8  # 本周无工作动态。 and shorter: nothing more to show


def _take_out(paragraphs: list[str], trace: Trace, result: FileResult) -> None:
    """The items the sender asked to take out (第二条删掉), in a file for one unit: out, listed,
    and said as a warning so that the editor checks."""
    for number, words in sorted(trace.withdrawn_items.items(), reverse=True):
        if number > len(paragraphs):
            result.warnings.append(f"对方说“{words}”，但材料里没有第{number}条，请核对")
            continue
        item = paragraphs.pop(number - 1)
        trace.drop(item, f"对方要求删去的第{number}条")
        result.warnings.append(f"按对方“{words}”删去了第{number}条（“{_opening(item)}”），请核对")


def _opening(text: str) -> str:
    return text if len(text) <= _OPENING else text[:_OPENING] + "…"


def _unknown_unit(where: str, text: str, recogniser: Recogniser) -> str:
    guesses = recogniser.suggest(text)
    hint = "是不是" + "或".join(f"“{g}”" for g in guesses) + "？" if guesses else ""
    example = guesses[0] if guesses else "某某区"
    return (
        f"{where}没有可识别的报送单位。{hint}请把文件名改为以单位名称开头"
        f"（如“{example}-材料.docx”），或在 zhoubao.toml 中为该单位添加别名"
    )


def settle(result: FileResult, strict: bool) -> None:
    """Whether the file is used: a file with errors goes back to its sender whole, except that
    in a file of several units a unit's own errors send back that unit's part alone."""
    report = result.report
    if report.status is Status.IGNORED:
        return
    faulty = {unit for unit, errors in result.unit_errors.items() if errors}
    unit_messages = [m for errors in result.unit_errors.values() for m in errors]
    report.messages = result.errors + unit_messages + result.warnings
    units = {b.target.unit for b in result.blocks if b.target.unit}
    partly = faulty and len(units | faulty) > 1 and not result.errors and units - faulty
    if partly and not (strict and result.warnings):
        result.blocks = [b for b in result.blocks if b.target.unit not in faulty]
        report.refused_units = sorted(faulty)
        report.status = Status.WARNING
    elif result.errors or faulty or (strict and result.warnings):
        report.status = Status.ERROR
        result.blocks = []
    elif result.warnings:
        report.status = Status.WARNING
    count(result)


def count(result: FileResult) -> None:
    """The report's figures from the blocks the file still contributes."""
    report = result.report
    units = [b.target.unit for b in result.blocks if b.target.unit]
    report.units = list(dict.fromkeys(units))
    report.nil_units = list(
        dict.fromkeys(b.target.unit for b in result.blocks if b.nil and b.target.unit)
    )
    report.nil = bool(result.blocks) and all(b.nil for b in result.blocks)
    if report.units:
        report.unit = report.units[0]
    report.section = result.blocks[0].target.section if result.blocks else None
    report.items = sum(len(b.paragraphs) for b in result.blocks)
    report.chars = sum(len(p) for b in result.blocks for p in b.paragraphs)
