"""collect: every submission in a folder → one validated, normalised bulletin and a report.

The steps, each in its own module: read every file and put its text through the rules
(submission.py), settle what the files of one week say together (week.py), then build the
bulletin, and save it only if it loses nothing the saved issue had (here).
"""

from __future__ import annotations

import filecmp
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from zhoubao_cli.collect import decisions, record
from zhoubao_cli.collect.late import seen_on_time
from zhoubao_cli.collect.submission import FileResult, count, read_submission, settle
from zhoubao_cli.collect.week import apply_requests, corrected, supersede
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import InputError, OutputError, UsageError, ZhoubaoError
from zhoubao_cli.fileio import backup_path
from zhoubao_cli.model import (
    Bulletin,
    CollectReport,
    FileReport,
    Finding,
    Outcome,
    Severity,
    Status,
    UnitEntry,
)
from zhoubao_cli.sources.reader import SourceReader
from zhoubao_cli.sources.scan import Found, same_file, scan_inbox
from zhoubao_cli.transaction import Transaction, WrittenFiles
from zhoubao_cli.units import Recogniser
from zhoubao_cli.workspace import REPLACED_SOURCES, Issue


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


def recollect(config: BulletinConfig, issue: Issue) -> Collected:
    """Collect again what the last collect read (after a decision that only the sources can
    undo: a sentence dropped, then kept)."""
    folder, _ = default_folder(issue)
    return collect_issue(config, issue, folder)


def _workspace_root(issue: Issue) -> Path:
    return issue.folder.parent.parent  # <workspace>/issues/第N期


def _inside(folder: Path, root: Path) -> str | None:
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


@dataclass(frozen=True)
class Collected:
    """What a collect saved: the record, and the bulletin built from it (no need to read it back)."""

    report: CollectReport
    bulletin: Bulletin


class NotSaved(InputError):
    """This collect would lose what the saved issue has: nothing is written. The report of
    what was read still goes with it, so that the editor sees why."""

    def __init__(self, message: str, *, hint: str, report: CollectReport) -> None:
        super().__init__(message, hint=hint)
        self.report = report


def collect_issue(
    config: BulletinConfig,
    issue: Issue,
    folder: Path | None,
    *,
    strict: bool = False,
    force: bool = False,
) -> Collected:
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
        results = [_read_one(found, reader, recogniser, config, issue) for found in founds]
    for result in results:
        settle(result, strict)
    supersede(results)
    corrected(results)
    apply_requests(results)
    seen_on_time(results)
    placed = record.place(results)
    doubts = record.find_doubts(placed, recogniser.names, decisions.load(issue))
    if record.apply_drops(placed, doubts):
        placed = record.place(results)
        for result in results:
            count(result)
    bulletin = _bulletin(config, issue, placed)
    for result in results:
        result.report.lines = record.fates(result, placed, doubts)
    report = CollectReport(
        issue=issue.number,
        source_dir=str(inbox.resolve()),
        source_in_workspace=_inside(inbox, _workspace_root(issue)),
        collected_at=datetime.now().replace(microsecond=0),
        strict=strict,
        units=record.outcomes(config, results, placed, doubts),
        findings=record.findings(results),
        doubts=doubts,
        files=[r.report for r in results],
    )
    written = WrittenFiles(issue.folder)
    saved = _saved(issue, written)
    if written.edited_by_person(issue.bulletin_file) and not force:
        # Said first: a hand-edited bulletin.json is why a re-collect would differ from it.
        if isinstance(saved, ZhoubaoError):  # an edit that broke it: say where, not only "edited"
            raise OutputError(
                f"{saved.message}它在上次汇编之后被人改过，未汇编。",
                hint="改正后直接 zhoubao render；不要这些改动，就加 --force 按材料重新汇编"
                "（改坏的 bulletin.json 会备份为 .bak）。",
            )
        raise OutputError(
            f"{issue.bulletin_file.name} 在上次汇编之后被人改过，重新汇编会替换这些改动，未汇编。",
            hint="要保留改动，就直接 zhoubao render；要按材料重新汇编（例如加进补报的材料），"
            "加 --force（改过的 bulletin.json 会备份为 .bak，改动需要在新结果里再改一次）。",
        )
    lost = _losses(config, saved, bulletin, report)
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
            + "），见上面的报告，请对方改正后重新报送；"
            if refused
            else "请确认材料所在的文件夹（补报的材料请和原有材料放在一起，"
            f"或运行 zhoubao collect {issue.sources} 按已采用的材料重建）；"
        )
        raise NotSaved(
            f"这次从 {inbox} 汇编的结果{what}。已保存的第{issue.number}期没有改动。",
            hint=why + "确要以这次的结果替换，加 --force（原 bulletin.json 会备份为 .bak）。",
            report=report,
        )
    # bulletin.json, report.json, the copies in sources/ and the record land together or not
    # at all (transaction.py): a full disk or a crash never leaves a new bulletin over old sources.
    transaction = Transaction(issue.folder)
    bulletin_json = (bulletin.model_dump_json(indent=2) + "\n").encode("utf-8")
    written.stage(
        transaction, issue.bulletin_file, bulletin_json, force=force, backup_anyway=bool(lost)
    )
    transaction.put(issue.report_file, (report.model_dump_json(indent=2) + "\n").encode("utf-8"))
    _keep_sources(inbox, issue, [r for r in results if r.blocks], transaction)
    written.save_into(transaction)
    transaction.commit()
    return Collected(report, bulletin)


def _saved(issue: Issue, written: WrittenFiles) -> Bulletin | ZhoubaoError | None:
    """The saved bulletin, read once (the record of written files is told its bytes): None when
    there is none, the error when it is broken."""
    try:
        data = issue.bulletin_file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable: the save will say so, in words, with the path
    written.remember(issue.bulletin_file, data)
    try:
        return issue.load_bulletin(data)
    except ZhoubaoError as broken:
        return broken


def _read_one(
    found: Found, reader: SourceReader, recogniser: Recogniser, config: BulletinConfig, issue: Issue
) -> FileResult:
    """One file read and put through the rules: whatever goes wrong is this file's error in
    words, and the rest of the week is still collected."""
    try:
        result = read_submission(found, reader, recogniser, config, issue)
    except Exception as exc:
        if os.environ.get("ZHOUBAO_DEBUG"):
            raise
        result = FileResult(found, FileReport(file=found.name))
        named = recogniser.target(Path(found.name).stem)
        result.report.unit = named.unit if named else None
        if isinstance(exc, ZhoubaoError):
            message, fix = exc.message.rstrip("。"), exc.hint or None
        elif isinstance(exc, (RecursionError, MemoryError)):
            message = "文件内容过大或嵌套层数过多，zhoubao 处理不了"
            fix = "请对方把本周的文字复制到新建的 Word 文档中，另存为 .docx 再发"
        else:
            message = "处理这个文件时出错，未采用"
            fix = "请对方用 Word 或 WPS 另存为 .docx 后重发；仍出错，请把文件反馈给开发者"
        result.add("unreadable", Severity.ERROR, message, fix=fix, for_unit=message)
    notes = reader.notes.pop(found.name, [])
    if found.name_note:
        notes.insert(0, found.name_note)
    result.findings[:0] = [
        Finding(kind="read", severity=Severity.NOTE, message=note, file=found.name)
        for note in notes
    ]
    return result


def _losses(
    config: BulletinConfig,
    saved: Bulletin | ZhoubaoError | None,
    new: Bulletin,
    report: CollectReport,
) -> list[str]:
    """What the saved bulletin has that the new one would not: a unit or section gone, or with
    fewer items (even a unit's own shorter correction: the editor confirms it with --force),
    each with the reason this collect found for it."""
    if not isinstance(saved, Bulletin):
        return []  # a broken bulletin.json holds nothing to keep; the hand-edit check still runs
    now_units = {e.unit: e for section in new.sections for e in section.units}
    now_sections = {section.key: len(section.paragraphs) for section in new.sections}
    labels = {s.key: s.label for s in config.sections}
    lost = []
    for section in saved.sections:
        for entry in section.units:
            now = now_units.get(entry.unit)
            count = len(now.items) if now else 0
            if count < len(entry.items):
                change = _change(entry.unit, len(entry.items), count)
                lost.append(change + _why_less(entry.unit, entry.source, now, report))
        if section.paragraphs:
            name = f"“{labels.get(section.key, section.heading or section.key)}”"
            count = now_sections.get(section.key, 0)
            if count < len(section.paragraphs):
                lost.append(_change(name, len(section.paragraphs), count))
    return lost


def _change(name: str, before: int, now: int) -> str:
    return f"{name}（{before} 条）没有了" if now == 0 else f"{name}从 {before} 条变为 {now} 条"


def _why_less(unit: str, source: str, now: UnitEntry | None, report: CollectReport) -> str:
    """Why this collect has less of a unit than the saved issue, as the report tells it."""
    if unit in report.with_outcome(Outcome.NIL):
        return "（这次它回复了“无”）"
    faulty = [
        f.file
        for f in report.files
        if f.status_for(unit) is Status.ERROR and unit in (f.unit, *f.refused_units)
    ]
    if faulty and now is None:
        return f"（它的 {'、'.join(faulty)} 有错误，未采用）"
    if now is not None and now.source and now.source != source:
        return f"（这次采用的是较新的文件 {now.source}）"
    if now is None:
        return "（这次的文件夹里没有它的材料）"
    return ""


def _bulletin(config: BulletinConfig, issue: Issue, placed: list[record.Placed]) -> Bulletin:
    paragraphs: dict[str, list[str]] = defaultdict(list)
    unit_items: dict[str, list[str]] = defaultdict(list)
    unit_source: dict[str, str] = {}
    for item in placed:
        if item.unit:
            unit_items[item.unit].append(item.text)
            unit_source[item.unit] = item.result.found.name
        else:
            paragraphs[item.key].append(item.text)
    return Bulletin.assemble(
        issue, config.sections, paragraphs, unit_items, config.unit_names(), unit_source
    )


def _keep_sources(
    inbox: Path, issue: Issue, accepted: list[FileResult], transaction: Transaction
) -> None:
    """Add the accepted files to the issue's sources/, so the issue can be rebuilt without the
    inbox. sources/ only grows: a file of the same name that differs is replaced, and the copy it
    replaces is kept in sources-replaced/ (numbered), never deleted. Nothing is written before
    the transaction commits."""
    if inbox.resolve() == issue.sources.resolve():
        return
    for result in accepted:
        if not same_file(result.found):  # swapped since it was read: not what was collected
            continue
        target = issue.sources / result.found.name
        if target.is_file():
            if filecmp.cmp(result.found.path, target, shallow=False):
                continue
            replaced = backup_path(issue.folder / REPLACED_SOURCES / result.found.name)
            transaction.copy(target, replaced)
        transaction.copy(result.found.path, target)
