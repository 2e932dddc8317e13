"""collect: every submission in a folder → one validated, normalised bulletin and a report."""

from __future__ import annotations

import filecmp
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from zhoubao_cli import normalize, rules
from zhoubao_cli.checks import check_paragraph, issue_number_in_name
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import InputError, OutputError, UsageError, ZhoubaoError
from zhoubao_cli.fileio import WrittenFiles, backup_path, copy_atomic, write_text_atomic
from zhoubao_cli.model import (
    Bulletin,
    BulletinSection,
    CollectReport,
    Dropped,
    FileReport,
    Status,
    UnitEntry,
)
from zhoubao_cli.notices import deadline_at
from zhoubao_cli.parse import split_blocks
from zhoubao_cli.rules import chat as chat_rules
from zhoubao_cli.rules import nil_reply
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import Layout
from zhoubao_cli.rules.nil_reply import is_nil_reply
from zhoubao_cli.sources.reader import SourceReader
from zhoubao_cli.sources.scan import Found, scan_inbox
from zhoubao_cli.units import Recogniser, Target
from zhoubao_cli.workspace import REPLACED_SOURCES, Issue


@dataclass
class _Accepted:
    target: Target
    paragraphs: list[str]
    nil: bool = False  # the unit replied it has nothing this week


@dataclass
class _FileResult:
    found: Found
    report: FileReport
    blocks: list[_Accepted] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # The file has no text to print at all (an archive, a picture, a scan, an empty file): beside
    # a readable file of the same unit it is an attachment, not a submission to be redone.
    no_text: bool = False


def default_folder(issue: Issue) -> tuple[Path, str | None]:
    """Where a plain `collect` reads: the folder the last collect read, while it exists, else the
    issue's inbox. The second value says which, when it is not simply the inbox."""
    try:
        report = issue.load_report()
    except ZhoubaoError:
        return issue.inbox, None
    inside = report.source_in_workspace
    last = _workspace_root(issue) / inside if inside is not None else Path(report.source_dir)
    if last.resolve() == issue.inbox.resolve():
        return issue.inbox, None
    if last.is_dir():
        return last, f"未指定文件夹，沿用上次汇编的文件夹 {last}"
    return issue.inbox, f"上次汇编的文件夹 {last} 已不存在，改为读取本期的 inbox"


def _workspace_root(issue: Issue) -> Path:
    return issue.folder.parent.parent  # <workspace>/issues/第N期


def _inside(folder: Path, root: Path) -> str | None:
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def collect_issue(
    config: BulletinConfig,
    issue: Issue,
    folder: Path | None,
    *,
    strict: bool = False,
    force: bool = False,
) -> CollectReport:
    """Read every file below folder (default: the issue's inbox), save the bulletin and report.

    A bulletin.json a person has edited since the last collect is kept unless forced (then .bak);
    so is one with more in it than the new result (a wrong or emptied folder loses nothing).
    """
    inbox = folder if folder is not None else issue.inbox
    if inbox.is_file():
        raise UsageError(
            f"{inbox} 是一个文件，collect 读的是文件夹。",
            hint="请给出材料所在的文件夹（把单个文件放进一个文件夹，或直接给出它所在的文件夹）。",
        )
    if not inbox.is_dir():
        raise UsageError(f"找不到文件夹 {inbox}。", hint="请给出材料所在的文件夹路径。")
    if issue.folder.resolve().is_relative_to(inbox.resolve()):
        raise UsageError(
            f"{inbox} 包含本期的文件夹，zhoubao 会把自己生成的文件当成材料读进来。",
            hint=f"请指定只放各单位材料的文件夹，如 {issue.inbox}。",
        )
    recogniser = Recogniser(config)
    with tempfile.TemporaryDirectory(prefix="zhoubao-") as scratch:
        reader = SourceReader(config.limits, Path(scratch))
        founds = list(scan_inbox(inbox, reader.max_file))
        reader.prepare(founds)  # one LibreOffice run for all old Word files
        results = [_process(found, reader, recogniser, config, issue) for found in founds]
    for result in results:
        _settle(result, strict)
    _supersede(results)
    _corrected(results)
    bulletin = _bulletin(config, issue, results)
    report = CollectReport(
        issue=issue.number,
        source_dir=str(inbox.resolve()),
        source_in_workspace=_inside(inbox, _workspace_root(issue)),
        collected_at=datetime.now().replace(microsecond=0),
        strict=strict,
        files=[r.report for r in results],
    )
    present, nil = bulletin.units_present(), set(report.nil_units())
    report.missing = [u for u in config.unit_names() if u not in present and u not in nil]
    written = WrittenFiles(issue.folder)
    if written.edited_by_person(issue.bulletin_file) and not force:
        # Said first: a hand-edited bulletin.json is why a re-collect would differ from it.
        raise OutputError(
            f"{issue.bulletin_file.name} 在上次汇编之后被人改过，重新汇编会替换这些改动，未汇编。",
            hint="要保留改动，就直接 zhoubao render；要按材料重新汇编（例如加进补报的材料），"
            "加 --force（改过的 bulletin.json 会备份为 .bak，改动需要在新结果里再改一次）。",
        )
    lost = _losses(config, issue, bulletin)
    if lost and not force:
        empty = all(section.empty for section in bulletin.sections)
        what = (
            "是空的（没有可采用的材料）"
            if empty
            else f"比已保存的第{issue.number}期少：{'；'.join(lost)}"
        )
        refused = [r.found.name for r in results if r.report.status is Status.ERROR]
        why = (
            f"这次有 {len(refused)} 个文件出错未采用（{'、'.join(refused)}"
            + ("；--strict 把提醒也当作错误" if strict else "")
            + "），见 zhoubao collect --json 或去掉出错的文件再试；"
            if refused
            else "请确认材料所在的文件夹（补报的材料请和原有材料放在一起，"
            f"或运行 zhoubao collect {issue.sources} 按已采用的材料重建）；"
        )
        raise InputError(
            f"这次从 {inbox} 汇编的结果{what}。已保存的第{issue.number}期没有改动。",
            hint=why + "确要以这次的结果替换，加 --force（原 bulletin.json 会备份为 .bak）。",
        )
    bulletin_json = (bulletin.model_dump_json(indent=2) + "\n").encode("utf-8")
    written.write(issue.bulletin_file, bulletin_json, force=force, backup_anyway=bool(lost))
    write_text_atomic(issue.report_file, report.model_dump_json(indent=2) + "\n")
    _keep_sources(inbox, issue, [r for r in results if r.blocks])
    return report


def _losses(config: BulletinConfig, issue: Issue, new: Bulletin) -> list[str]:
    """What the saved bulletin has that the new one would not: a unit or section gone, or with
    fewer items (even a unit's own shorter correction: the editor confirms it with --force)."""
    if not issue.bulletin_file.is_file():
        return []
    try:
        saved = issue.load_bulletin()
    except ZhoubaoError:
        return []  # a broken bulletin.json holds nothing to keep; the hand-edit check still runs
    now_units = {e.unit: len(e.items) for section in new.sections for e in section.units}
    now_sections = {section.key: len(section.paragraphs) for section in new.sections}
    labels = {s.key: s.label for s in config.sections}
    lost = []
    for section in saved.sections:
        kept = [(e.unit, len(e.items), now_units.get(e.unit, 0)) for e in section.units]
        if section.paragraphs:
            name = f"“{labels.get(section.key, section.heading or section.key)}”"
            kept.append((name, len(section.paragraphs), now_sections.get(section.key, 0)))
        for name, before, now in kept:
            if now == 0:
                lost.append(f"{name}（{before} 条）没有了")
            elif now < before:
                lost.append(f"{name}从 {before} 条变为 {now} 条")
    return lost


def _process(
    found: Found, reader: SourceReader, recogniser: Recogniser, config: BulletinConfig, issue: Issue
) -> _FileResult:
    received = datetime.fromtimestamp(found.mtime).replace(microsecond=0) if found.mtime else None
    result = _FileResult(found, FileReport(file=found.name, received=received))
    due = deadline_at(config, issue)
    if received is not None and received > due and found.kind != "ignored":
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
    result: _FileResult,
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
        if is_nil_reply("".join(block.paragraphs), config.nil_replies, recogniser.names):
            result.blocks.append(_Accepted(target, [], nil=True))
            who = f"{target.unit}：" if target.unit and len(blocks) > 1 else ""
            result.report.notes.append(f"{who}{nil_reply.NOTE}")
            continue
        paragraphs = []
        label = target.unit or config.section_by_key(target.section).label
        for index, paragraph in enumerate(block.paragraphs, start=1):
            mended = normalize.normalise(paragraph)
            trace.changes.update(mended.changes)
            if mended.unpaired_quotes:
                result.warnings.append(f"{label}第{index}条：引号不成对，请核对")
            findings = check_paragraph(
                mended.text,
                f"{label}第{index}条",
                issue_number=issue.number,
                publication=issue.date,
                period_start=issue.period_start,
                max_chars=config.limits.max_paragraph_chars,
            )
            result.errors += findings.errors
            result.warnings += findings.warnings
            if mended.text:
                paragraphs.append(mended.text)
        result.blocks.append(_Accepted(target, paragraphs))
    if wrong := issue_number_in_name(result.found.name, issue.number):
        result.warnings.append(wrong)
    named_units = {b.target.unit for b in result.blocks}
    if name_target and name_target.unit and result.blocks and name_target.unit not in named_units:
        result.warnings.append(
            f"文件名是“{name_target.unit}”，内容标题却是“{'、'.join(sorted(u for u in named_units if u))}”，已按标题归属"
        )


def _unknown_unit(where: str, text: str, recogniser: Recogniser) -> str:
    guesses = recogniser.suggest(text)
    hint = "是不是" + "或".join(f"“{g}”" for g in guesses) + "？" if guesses else ""
    example = guesses[0] if guesses else "某某区"
    return (
        f"{where}没有可识别的报送单位。{hint}请把文件名改为以单位名称开头"
        f"（如“{example}-材料.docx”），或在 zhoubao.toml 中为该单位添加别名"
    )


def _corrected(results: list[_FileResult]) -> None:
    """A faulty file whose unit has since sent a newer file that was accepted needs no resending:
    it is shown superseded, with its problems, and its unit is not asked again."""
    accepted = [r for r in results if r.blocks]
    for result in results:
        unit = result.report.unit
        if result.report.status is not Status.ERROR or unit is None:
            continue
        own = [r for r in accepted if unit in r.report.units]
        if result.no_text and own:  # the photos or the .zip beside the unit's text
            result.report.status = Status.SUPERSEDED
            result.report.messages.append(
                f"同一单位的 {own[0].found.name} 已采用，本文件没有可刊出的文字，不必重报"
            )
            continue
        newer = [r for r in own if _newness(r) > _newness(result)]
        if newer:
            winner = max(newer, key=_newness)
            result.report.status = Status.SUPERSEDED
            result.report.messages.append(
                f"已由较新的文件 {winner.found.name} 改正，本文件未采用，不必重报"
            )
            winner.report.notes.append(f"改正了有问题的旧文件 {result.found.name}")


def _settle(result: _FileResult, strict: bool) -> None:
    report = result.report
    if report.status is Status.IGNORED:
        return
    report.messages = result.errors + result.warnings
    if result.errors or (strict and result.warnings):
        report.status = Status.ERROR
        result.blocks = []  # a file with errors goes back to its sender whole
    elif result.warnings:
        report.status = Status.WARNING
    _count(result)


def _count(result: _FileResult) -> None:
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


def _supersede(results: list[_FileResult]) -> None:
    """Two files for one place: the newer wins, the other is reported, nothing is merged."""
    by_target: dict[Target, list[_FileResult]] = defaultdict(list)
    for result in results:
        for target in dict.fromkeys(b.target for b in result.blocks):
            by_target[target].append(result)
    for target, senders in by_target.items():
        if len(senders) < 2:
            continue
        winner = max(senders, key=_newness)
        what = target.unit or "本栏目"
        for loser in senders:
            if loser is winner:
                continue
            loser.blocks = [b for b in loser.blocks if b.target != target]
            _count(loser)
            loser.report.messages.append(
                f"“{what}”的内容已被较新的文件 {winner.found.name} 取代，未采用"
            )
            winner.report.notes.append(f"取代了较旧的文件 {loser.found.name}")
            if not loser.blocks:
                loser.report.status = Status.SUPERSEDED


_COPY_NUMBER = re.compile(r"[(（](\d{1,3})[)）]\s*$")


def _newness(result: _FileResult) -> tuple[float, int, str]:
    """Modification time first; on a tie (files unpacked from one archive), 东城区(2) beats 东城区."""
    match = _COPY_NUMBER.search(Path(result.found.name).stem)
    return result.found.mtime, int(match.group(1)) if match else 1, result.found.name


def _bulletin(config: BulletinConfig, issue: Issue, results: list[_FileResult]) -> Bulletin:
    paragraphs: dict[str, list[str]] = defaultdict(list)
    unit_items: dict[str, list[str]] = defaultdict(list)
    unit_source: dict[str, str] = {}
    for result in results:
        for block in result.blocks:
            if block.target.unit:
                unit_items[block.target.unit] += block.paragraphs
                unit_source[block.target.unit] = result.found.name
            else:
                paragraphs[block.target.section] += block.paragraphs
    sections = []
    for section in config.sections:
        entry = BulletinSection(
            key=section.key, kind=section.kind, heading=section.heading, marker=section.marker
        )
        if section.kind == "units":
            entry.units = [
                UnitEntry(unit=u, items=unit_items[u], source=unit_source[u])
                for u in config.unit_names()
                if unit_items.get(u)
            ]
        else:
            entry.paragraphs = paragraphs.get(section.key, [])
        sections.append(entry)
    return Bulletin(
        number=issue.number,
        date=issue.date,
        period_start=issue.period_start,
        period_end=issue.period_end,
        sections=sections,
    )


def _keep_sources(inbox: Path, issue: Issue, accepted: list[_FileResult]) -> None:
    """Add the accepted files to the issue's sources/, so the issue can be rebuilt without the
    inbox. sources/ only grows: a file of the same name that differs is replaced, and the copy it
    replaces is kept in sources-replaced/ (numbered), never deleted."""
    if inbox.resolve() == issue.sources.resolve():
        return
    issue.sources.mkdir(parents=True, exist_ok=True)
    for result in accepted:
        target = issue.sources / result.found.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_file():
            if filecmp.cmp(result.found.path, target, shallow=False):
                continue
            replaced = backup_path(issue.folder / REPLACED_SOURCES / result.found.name)
            replaced.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, replaced)
        copy_atomic(result.found.path, target)
