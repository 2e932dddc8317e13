"""One submission: a file read, its text through the rules, cut into blocks, mended and checked.

What one file gives the bulletin (its blocks), and what the record says of it: findings with
their unit and item, and every line read, for its fate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from zhoubao_cli import normalize, rules
from zhoubao_cli.collect.blocks import Block, split_blocks
from zhoubao_cli.collect.checks import check_paragraph, issue_number_in_name
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.content import Drop
from zhoubao_cli.dates import deadline_at, sent_late
from zhoubao_cli.errors import ZhoubaoError
from zhoubao_cli.model import Dropped, FileReport, Finding, Severity, Status
from zhoubao_cli.rules import chat as chat_rules
from zhoubao_cli.rules import lookalikes, nil_reply
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.instructions import Instruction
from zhoubao_cli.rules.nil_reply import is_nil_reply
from zhoubao_cli.rules.quotes import unbalanced
from zhoubao_cli.sources.reader import SourceReader
from zhoubao_cli.sources.scan import Found
from zhoubao_cli.textrules import lazy_re
from zhoubao_cli.units import Recogniser, Target
from zhoubao_cli.workspace import Issue


@dataclass
class Accepted:
    """Text of one file for one place of the bulletin: its items as printed, and for each the
    text before mending and the indices of the lines it was made of."""

    target: Target
    paragraphs: list[str]
    nil: bool = False  # the unit replied it has nothing this week
    before: list[str] = field(default_factory=list)
    origins: list[list[int]] = field(default_factory=list)


@dataclass
class FileResult:
    found: Found
    report: FileReport
    blocks: list[Accepted] = field(default_factory=list)
    # Everything found in the file, in order. Errors of one unit's part of a file that speaks for
    # several units (a 综合 office's table) send back that part alone: `part` marks them.
    findings: list[Finding] = field(default_factory=list)
    part_errors: set[int] = field(default_factory=set)  # ids of findings that are part errors
    # The file has no text to print at all (an archive, a picture, a scan, an empty file): beside
    # a readable file of the same unit it is an attachment, not a submission to be redone.
    no_text: bool = False
    # What the fates are told from: the lines as read, and what the rules left out.
    raw_lines: list[str] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)
    # Blocks refused or replaced, kept for their lines' fate (with the reason).
    unused: list[tuple[Accepted, str]] = field(default_factory=list)
    # The unit's requests about its items (第二条删掉, 第2条“12家”改为“15家”): week.py applies them.
    requests: list[Instruction] = field(default_factory=list)

    def add(self, kind: str, severity: Severity, message: str, **where: object) -> Finding:
        found = Finding(
            kind=kind,
            severity=severity,
            message=message,
            file=self.found.name,
            **{"unit": self.report.unit, **where},  # type: ignore[arg-type]
        )
        self.findings.append(found)
        return found

    def errors(self, *, parts: bool = False) -> list[Finding]:
        """The file's own errors, or (parts=True) those of one unit's part."""
        return [
            f
            for f in self.findings
            if f.severity is Severity.ERROR and (id(f) in self.part_errors) == parts
        ]

    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]


def read_submission(
    found: Found, reader: SourceReader, recogniser: Recogniser, config: BulletinConfig, issue: Issue
) -> FileResult:
    received = datetime.fromtimestamp(found.mtime).replace(microsecond=0) if found.mtime else None
    result = FileResult(found, FileReport(file=found.name, received=received))
    if found.kind == "ignored":
        result.report.status = Status.IGNORED
        result.add("ignored", Severity.NOTE, "系统文件、临时文件或隐藏文件，已跳过", unit=None)
        return result
    if sent_late(config, issue, received) and received is not None:
        due = deadline_at(config, issue)
        result.report.late = True
        result.add(
            "late",
            Severity.NOTE,
            f"晚于截稿时间（{due.month}月{due.day}日 {due:%H:%M}）：文件修改于 "
            f"{received.month}月{received.day}日 {received:%H:%M}",
            unit=None,
        )
    named = recogniser.target(lookalikes.ordinary(Path(found.name).stem))
    result.report.unit = named.unit if named else None  # who to ask again, if the file is bad
    try:
        extracted = reader.read(found)
    except ZhoubaoError as exc:
        # A reader's message that is only the file's name says nothing: a reminder would read
        # 某某区：。 — say what is known instead.
        message = _strip_name(exc.message, found.name).rstrip("。") or _UNREADABLE
        # What the unit reads leaves out the clauses of advice meant for the editor.
        for_unit = "；".join(p for p in message.split("；") if not _EDITOR_ONLY.search(p))
        for_unit = for_unit.replace("请对方", "请")
        result.add(
            "unreadable", Severity.ERROR, message, fix=exc.hint or None, for_unit=for_unit or None
        )
        result.no_text = found.kind == "unsupported" or found.size == 0
        return result
    except OSError:
        result.add(
            "unreadable",
            Severity.ERROR,
            "无法读取（没有权限，或正被其他程序占用）",
            fix="请关闭它或把它复制出来再试",
        )
        return result
    result.report.encoding = extracted.encoding
    if named is None and (named := _header_unit(extracted.header, recogniser)) is not None:
        result.report.unit = named.unit  # the unit named in the page header
    trace = Trace(dropped=list(extracted.dropped))
    trace.changed(rules.items.JOINED, extracted.soft_joins)  # sentences cut by a soft break
    if extracted.has_text():
        cleaned = rules.clean_lines(
            extracted.pieces,
            markdown_source=extracted.plain_text,
            unit_of=recogniser.unit_in,
            trace=trace,
        )
        result.raw_lines = cleaned.raw
        blocks = split_blocks(cleaned.lines, named, recogniser, cleaned.layout, trace)
        _accept_blocks(result, blocks, named, recogniser, config, issue, trace)
    elif extracted.pictures:
        result.add(
            "pictures_only",
            Severity.ERROR,
            f"文件里只有图片（{extracted.pictures} 处），没有文字",
            for_unit="文件里只有图片，没有文字；请把文字写在 Word 文档或文本里发送，图片另行报送",
            fix="请对方把文字写在 Word 文档或文本里发送，图片另行报送",
        )
        result.no_text = True
    else:
        result.add(
            "empty",
            Severity.ERROR,
            "没有正文内容",
            for_unit="没有正文内容，请核对是否发错了文件",
            fix="请对方核对是否发错了文件",
        )
        result.no_text = True
    for warning in trace.warnings:
        result.add("rules", Severity.WARNING, warning)
    for note in normalize.describe(trace.changes):
        result.add("mended", Severity.NOTE, note, unit=None)
    result.drops = trace.dropped
    result.report.dropped = summarised(trace.dropped)
    return result


# A hostile or runaway file (340,000 tracked deletions, 99,000 one-character lines) must not make a
# record that every later `status` reads for seconds: past this many of one reason, one line
# counts the rest.
DROPS_PER_REASON = 50


def summarised(drops: list[Drop]) -> list[Dropped]:
    """The dropped lines, the first DROPS_PER_REASON of each reason whole, then one line for the
    rest of that reason: 另有 N 行同类删除."""
    shown: dict[str, int] = {}
    kept = []
    for drop in drops:
        seen = shown.get(drop.reason, 0)
        shown[drop.reason] = seen + 1
        if seen < DROPS_PER_REASON:
            kept.append(Dropped(text=drop.text, reason=drop.reason))
    for reason, count in shown.items():
        if count > DROPS_PER_REASON:
            kept.append(Dropped(text=f"另有 {count - DROPS_PER_REASON} 行同类删除", reason=reason))
    return kept


def _strip_name(message: str, name: str) -> str:
    prefix = f"{name}："
    return message[len(prefix) :] if message.startswith(prefix) else message


def _accept_blocks(
    result: FileResult,
    blocks: list[Block],
    name_target: Target | None,
    recogniser: Recogniser,
    config: BulletinConfig,
    issue: Issue,
    trace: Trace,
) -> None:
    """Each block in turn: whose it is, whether it says nothing this week, its items mended and
    checked."""
    result.requests = [i for i in trace.instructions if i.kind in _ITEM_REQUESTS]
    if not any(b.paragraphs for b in blocks) and trace.instructions:
        # A correction that only asks for changes (第2条改为：…): applied to the unit's other file.
        result.add(
            "requests_only",
            Severity.NOTE,
            "只有修改要求或版本说明，没有新的动态",
        )
    elif not any(b.paragraphs for b in blocks):
        what = "除标题、聊天记录、署名和联系方式外" if trace.dropped else ""
        result.add(
            "empty",
            Severity.ERROR,
            f"{what}没有正文内容",
            for_unit=f"{what}没有正文内容，请核对是否发错了文件",
            fix="请对方核对是否发错了文件",
        )
    if len(blocks) > 1:  # 第二条删掉 in a file for several units: whose second item?
        for words in trace.withdrawn_items.values():
            result.add(
                "instruction.unplaced",
                Severity.WARNING,
                f"对方在材料里说“{words}”，请核对是否要照此删改",
                unit=None,
            )
        trace.withdrawn_items.clear()
    chat = any(d.reason == chat_rules.SENDER for d in trace.dropped)
    some_unit = any(b.target and b.target.unit for b in blocks)
    for block in blocks:
        if chat and some_unit and block.target is None and block.unknown_heading is None:
            # In a group chat, messages before any unit's sender (the editor's own call for
            # material) belong to no unit: they are not the file's content.
            for paragraph, origin in zip(block.paragraphs, block.origins, strict=True):
                trace.at = origin[0] if origin else None
                trace.drop(paragraph, chat_rules.NOT_A_UNIT)
            trace.at = None
            continue
        _accept_block(result, block, len(blocks), recogniser, config, issue, trace)
    if wrong := issue_number_in_name(result.found.name, issue.number):
        result.findings.append(wrong.model_copy(update={"file": result.found.name}))
    named_units = {b.target.unit for b in result.blocks}
    if name_target and name_target.unit and result.blocks and name_target.unit not in named_units:
        titled = "、".join(sorted(u for u in named_units if u))
        result.add(
            "unit.name_differs",
            Severity.WARNING,
            f"文件名是“{name_target.unit}”，内容标题却是“{titled}”，已按标题归属",
            unit=None,
        )


def _accept_block(
    result: FileResult,
    block: Block,
    blocks: int,
    recogniser: Recogniser,
    config: BulletinConfig,
    issue: Issue,
    trace: Trace,
) -> None:
    target = block.target
    if block.unknown_heading is not None:
        _unknown_unit(
            result, f"标题“【{block.unknown_heading}】”", block.unknown_heading, recogniser
        )
        return
    if target is None or (target.section == recogniser.units_key and target.unit is None):
        if block.paragraphs:
            _unknown_unit(result, "文件名和标题都", Path(result.found.name).stem, recogniser)
        return
    if not block.paragraphs:
        return
    names = recogniser.names
    if len(block.paragraphs) > 1 and (
        nil_reply.withdraws_the_rest(block.paragraphs[-1], config.nil_replies, names)
        or _withdrawn_by_a_dropped_line(block, trace, config, names)
    ):
        while len(block.paragraphs) > 1:  # 发错了，本期无，上面那条是上期的
            origin = block.origins[0]
            trace.at = origin[0] if origin else None
            trace.drop(block.remove(0), nil_reply.WITHDRAWN)
        trace.at = None
        result.add(
            "nil.withdraws",
            Severity.NOTE,
            f"对方随后说“{block.paragraphs[-1]}”，此前的内容不采用",
            unit=target.unit,
        )
    if trace.withdrawn_items:
        _take_out(block, trace, result)
    reply = "".join(block.paragraphs)
    if is_nil_reply(reply, config.nil_replies, names):
        result.blocks.append(
            Accepted(
                target, [], nil=True, origins=[[at for origin in block.origins for at in origin]]
            )
        )
        # A reply with more than 无 in it (a reason, an apology) is quoted: nothing unseen.
        words = f"：“{reply}”" if len(reply) > _BARE_REPLY else ""
        result.add("nil", Severity.NOTE, f"{nil_reply.NOTE}{words}", unit=target.unit)
        return
    accepted = Accepted(target, [])
    part = target.unit is not None and blocks > 1  # one unit's part of a file for several
    for index, (paragraph, origin) in enumerate(
        zip(block.paragraphs, block.origins, strict=True), start=1
    ):
        mended = normalize.normalise(paragraph)
        trace.changes.update(mended.changes)
        # Which item: its number, and its first words, to find it in the unit's own file.
        where = {
            "unit": target.unit,
            "item": index,
            "opening": _opening(mended.text),
            "file": result.found.name,
        }
        for unpaired in unbalanced(mended.text, mended.unpaired_quotes):
            result.add(
                "marks.unpaired",
                Severity.WARNING,
                f"{unpaired}不成对，请核对",
                for_unit=f"{unpaired}不成对",
                **where,
            )
        for found in check_paragraph(
            mended.text,
            issue_number=issue.number,
            publication=issue.date,
            period_start=issue.period_start,
            max_chars=config.limits.max_paragraph_chars,
            written=_written(result, issue),
        ):
            found = found.model_copy(update=where)
            result.findings.append(found)
            if found.severity is Severity.ERROR and part:
                result.part_errors.add(id(found))
        if mended.text:
            accepted.paragraphs.append(mended.text)
            accepted.before.append(paragraph)
            accepted.origins.append(origin)
    result.blocks.append(accepted)


_OPENING = 10
_ITEM_REQUESTS = ("delete", "replace", "rewrite")
_UNREADABLE = "无法读取这个文件，可能已损坏或格式不对"
_EDITOR_ONLY = lazy_re(r"zhoubao|collect|limits\.|编辑")
_BARE_REPLY = 8  # 本周无工作动态。 and shorter: nothing more to show


def _take_out(block: Block, trace: Trace, result: FileResult) -> None:
    """The items the sender asked to take out (第二条删掉), in a file for one unit: out, listed,
    and said as a warning so that the editor checks."""
    unit = block.target.unit if block.target else None
    for number, words in sorted(trace.withdrawn_items.items(), reverse=True):
        if number > len(block.paragraphs):
            result.add(
                "instruction.no_such_item",
                Severity.WARNING,
                f"对方说“{words}”，但材料里没有第{number}条，请核对",
                unit=unit,
            )
            continue
        origin = block.origins[number - 1]
        item = block.remove(number - 1)
        trace.at = origin[0] if origin else None
        trace.drop(item, f"对方要求删去的第{number}条")
        trace.at = None
        result.add(
            "instruction.applied",
            Severity.WARNING,
            f"按对方“{words}”删去了第{number}条（“{_opening(item)}”），请核对",
            unit=unit,
        )


def _header_unit(header: list[str], recogniser: Recogniser) -> Target | None:
    """The unit a Word file's page header names, for a file whose name names none (its text may
    still name another: a heading in the text wins)."""
    for line in header:
        target = recogniser.target(lookalikes.ordinary(line))
        if target is not None and target.unit is not None:
            return target
    return None


_WRITTEN_AFTER = timedelta(days=7)


def _written(result: FileResult, issue: Issue) -> date | None:
    """The day the file was written, for its relative dates (本周三, 昨天): its modification date,
    when that falls in the period or the week after publication (a copied file's date does not)."""
    received = result.report.received
    if received is None:
        return None
    day = received.date()
    return day if issue.period_start <= day <= issue.date + _WRITTEN_AFTER else None


def _opening(text: str) -> str:
    return text if len(text) <= _OPENING else text[:_OPENING] + "…"


def _withdrawn_by_a_dropped_line(
    block: Block, trace: Trace, config: BulletinConfig, names: tuple[str, ...]
) -> bool:
    """发错了，请忽略 went as a remark just before (or on the line of) the last paragraph, and the
    last paragraph is a reply of nothing: what came before is taken back."""
    earlier = [at for origin in block.origins[:-1] if origin for at in origin]
    last = block.origins[-1]
    if not earlier or not last:
        return False
    return is_nil_reply(
        block.paragraphs[-1], config.nil_replies, names
    ) and nil_reply.withdrawn_by_a_dropped_line(trace.dropped, max(earlier), max(last))


def _unknown_unit(result: FileResult, where: str, text: str, recogniser: Recogniser) -> None:
    guesses = recogniser.suggest(text)
    hint = "是不是" + "或".join(f"“{g}”" for g in guesses) + "？" if guesses else ""
    example = guesses[0] if guesses else "某某区"
    message = f"{where}没有可识别的报送单位。{hint}"
    result.add(
        "unit.unknown",
        Severity.ERROR,
        message,
        fix=f"请把文件名改为以单位名称开头（如“{example}-材料.docx”），"
        "或在 zhoubao.toml 中为该单位添加别名",
        # A file whose name names no unit either: only a name to go by would help.
        for_unit=message.rstrip("。")
        if result.report.unit
        else "认不出是哪个单位发的，请在文件名前写上单位名称后重发",
    )


def settle(result: FileResult, strict: bool) -> None:
    """Whether the file is used: a file with errors goes back to its sender whole, except that
    in a file of several units a unit's own errors send back that unit's part alone."""
    report = result.report
    if report.status is Status.IGNORED:
        return
    faulty = {f.unit for f in result.errors(parts=True) if f.unit}
    warned = bool(result.warnings())
    units = {b.target.unit for b in result.blocks if b.target.unit}
    file_errors = result.errors()
    partly = faulty and len(units | faulty) > 1 and not file_errors and units - faulty
    if partly and not (strict and warned):
        for block in result.blocks:
            if block.target.unit in faulty:
                result.unused.append((block, "该单位部分有错误，未采用"))
        result.blocks = [b for b in result.blocks if b.target.unit not in faulty]
        report.refused_units = sorted(faulty)
        report.status = Status.WARNING
    elif file_errors or faulty or (strict and warned):
        report.status = Status.ERROR
        result.unused += [(b, "文件有错误，未采用") for b in result.blocks]
        result.blocks = []
    elif warned:
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
