"""import: a published issue (.docx, or text copied from its PDF) → an issue folder.

The text is read as collect reads a submission (sources/, and rules/markdown for a text file),
then cut by the bulletin's own structure: masthead (第N期 and the date, their digits Arabic, full
width or Chinese), the sections by their headings from the config, ★ items (rules/items markers),
【unit】 paragraphs, and the end block, which is recognised and not imported. A paragraph that a
page break split (it ends without sentence-final punctuation) is joined to the next line, and
every paragraph is normalised as collect does, so the spaces pdftotext puts between Chinese and
digits go ("1 月 29 日" → "1月29日"). Every line not imported is listed with its reason.
"""

from __future__ import annotations

import datetime
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from zhoubao_cli import normalize
from zhoubao_cli.archive.records import (
    ImportedFile,
    ImportRecord,
    import_file,
    printed_file,
    was_imported,
)
from zhoubao_cli.config import BulletinConfig, Section
from zhoubao_cli.dates import cn_date, default_period
from zhoubao_cli.errors import InputError, OutputError, UsageError, ZhoubaoError
from zhoubao_cli.fileio import os_error_text, sha256
from zhoubao_cli.model import (
    Bulletin,
    CollectReport,
    Dropped,
    Outcome,
    SectionShape,
    Status,
    UnitRecord,
)
from zhoubao_cli.rules import items, markdown, numerals
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.numerals import cn_number
from zhoubao_cli.sources.docx import flatten
from zhoubao_cli.sources.reader import SourceReader, one_file
from zhoubao_cli.sources.scan import found_file
from zhoubao_cli.textrules import as_items_paragraph, ends_sentence, join_fragments, split_items
from zhoubao_cli.units import BRACKET_LABEL, Recogniser
from zhoubao_cli.workspace import ISSUE_FILE, Issue, Workspace, issue_folder_name

# Why a line of the file is not in the bulletin.
MASTHEAD = "报头"
END_BLOCK = "报尾（版记）"
PAGE_NUMBER = "页码"
NO_UNIT = "栏目里这段没有【单位】标签，无法归属"
BEFORE_SECTIONS = "在第一个栏目标题之前，配置里没有导语栏目"
UNKNOWN_HEADING = "不是配置里的栏目或单位的小标题"

_SPACE = re.compile(r"\s+")
_NUMERAL = rf"[\d{numerals.CHARS}]"
_NUMBER = re.compile(rf"^(?:\d{{4}}年)?第({_NUMERAL}{{1,6}})期$")
_TOTAL_NUMBER = re.compile(r"[（(]?总第\d+期[)）]?")
_DATE = re.compile(rf"({_NUMERAL}{{4}})年({_NUMERAL}{{1,3}})月({_NUMERAL}{{1,3}})日")
_CONTENT_PUNCT = re.compile(r"[，。；！？,;!?]")
_MASTHEAD_SCAN = 8  # the masthead is within the first lines
_MASTHEAD_OTHER_MAX = 24  # 内部资料 注意保存, （增刊）: short lines without sentences
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－―~]+\s*\d{1,4}\s*[-—–－―~]+|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})$"
)
_END_LABELS = (
    "报|送|发|抄送|抄报|分送|印发|主送|编辑|责任编辑|校对|审核|审稿|签发|主编|联系电话|电话|联系人"
)
_END_LINE = re.compile(f"^(?:{_END_LABELS})[:：]")
_PRINTED_BY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日印发$")
_TITLE_ENDINGS = ("周报", "简报", "动态", "快报", "信息", "通讯", "专报")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


# -- reading --------------------------------------------------------------------------------------


def read_lines(path: Path, config: BulletinConfig, trace: Trace) -> tuple[list[str], str | None]:
    """The file's lines, read as collect reads a submission (encodings, .docx tables, .doc, and
    Markdown in a text file); what the reading leaves out goes to trace."""
    if not path.is_file():
        raise UsageError(f"找不到文件 {path}。", hint="请给出要导入的 .docx 或 .txt 文件的路径。")
    with tempfile.TemporaryDirectory(prefix="zhoubao-") as scratch:
        reader = SourceReader(config.limits, Path(scratch))
        found = found_file(path, reader.max_file)
        if found.kind == "unsupported":
            raise InputError(
                f"{path.name}：只能导入 Word 文档（.docx）或文本（.txt）。",
                hint="PDF 请在阅读器里全选、复制文字，粘贴到记事本另存为 .txt 后再导入。",
            )
        if found.kind == "too_big":
            raise InputError(
                f"{path.name}：文件有 {found.size / 2**20:.1f} MB，超过上限。",
                hint="调大 zhoubao.toml 的 limits.max_file_mb 后再导入。",
            )
        try:
            if found.kind == "outside":  # since is_file(), it went or cannot be looked at
                raise PermissionError
            extracted = reader.read(found)
        except ZhoubaoError as exc:  # named once, whether the reader named the file or not
            message = exc.message.removeprefix(f"{path.name}：")
            # The reader's advice is for a unit's file; here the editor imports their own.
            hint = exc.hint.replace("请对方", "请") if exc.hint else None
            raise InputError(f"{path.name}：{message}", hint=hint) from None
        except OSError as exc:
            raise InputError(
                f"{path.name}：无法读取（{os_error_text(exc)}）。",
                hint="请关闭正在使用它的程序，或把它复制出来再导入。",
            ) from None
    trace.dropped += extracted.dropped
    trace.changed(items.JOINED, extracted.soft_joins)  # joined at soft breaks when read
    if not extracted.plain_text:
        return flatten(extracted.pieces), extracted.encoding
    # Markdown (render's .md, or text like it): marks go as collect takes them off; headings and
    # rules, which collect leaves to its block rules, here too.
    lines = flatten(markdown.to_plain([p for p in extracted.pieces if isinstance(p, str)], trace))
    return [_markdown_line(line) for line in lines], extracted.encoding


def _markdown_line(line: str) -> str:
    if markdown.RULE.match(line):
        return ""
    heading = markdown.HEADING.match(line.strip())
    return heading.group(1) if heading else line


# -- parsing --------------------------------------------------------------------------------------


@dataclass
class Published:
    """What a published issue's text says, before it is placed in the workspace."""

    number: int | None
    date: datetime.date | None
    lead: dict[str, list[str]]  # section key → paragraphs (lead and items sections)
    units: dict[str, list[str]]  # unit → items, in the order first seen
    report: ImportedFile

    def bulletin(
        self, issue: Issue, shapes: Iterable[SectionShape], unit_order: list[str]
    ) -> Bulletin:
        sources = dict.fromkeys(self.units, self.report.file)
        return Bulletin.assemble(issue, shapes, self.lead, self.units, unit_order, sources)


def parse_published(lines: list[str], config: BulletinConfig, name: str, trace: Trace) -> Published:
    report = ImportedFile(file=name)
    content = []
    for line in (line.strip() for line in lines):
        if line and _PAGE_NUMBER.match(line):
            trace.drop(line, PAGE_NUMBER)
        elif line:
            content.append(line)
    number, date, start = _masthead(content, config, report, trace)
    end = next(
        (i for i in range(start, len(content)) if _is_end_line(content[i], config)), len(content)
    )
    for line in content[end:]:
        trace.drop(line, END_BLOCK)
    body = _Body(config, report, trace)
    for line in content[start:end]:
        body.add(line)
    published = body.finish(number, date)
    if not any(published.lead.values()) and not published.units:
        raise InputError(
            f"{name}：没有找到正文（导语、栏目或【单位】段落）。",
            hint="请确认这是已印发的一期周报；栏目标题要与 zhoubao.toml 的 sections 一致。",
        )
    return published


def _masthead(
    lines: list[str], config: BulletinConfig, report: ImportedFile, trace: Trace
) -> tuple[int | None, datetime.date | None, int]:
    """Number and date from the first lines, and where the body starts; the title is checked."""
    number: int | None = None
    date: datetime.date | None = None
    title: str | None = None
    last_key = -1  # lines up to the last one that is surely masthead are masthead
    for index, line in enumerate(lines[:_MASTHEAD_SCAN]):
        kind, value = _masthead_line(line, config)
        if kind is None:
            break
        if kind != "other":
            last_key = index
        if kind == "number" and number is None and isinstance(value, int):
            number = value
        elif kind == "date" and date is None and isinstance(value, datetime.date):
            date = value
        elif kind == "title" and title is None:
            title = line
    start = last_key + 1
    for line in lines[:start]:
        trace.drop(line, MASTHEAD)
    if start and title is not None and squash(title) != squash(config.title):
        report.messages.append(f"报头标题是“{title}”，与配置的“{config.title}”不同，请确认是本刊")
    return number, date, start


def _masthead_line(line: str, config: BulletinConfig) -> tuple[str | None, object]:
    """What a masthead line is: number, date (alone or after the issuer), issuer, title, other.

    Digits may be full width or Chinese (第１８期, 第十八期, 二〇二六年一月三十日), spaces anywhere.
    """
    text = squash(line)
    bare = _TOTAL_NUMBER.sub("", text)
    if not bare:  # （总第123期） alone
        return "other", None
    if match := _NUMBER.match(bare):
        try:
            return "number", cn_number(match.group(1)) or None
        except ValueError:
            return "number", None
    issuer = squash(config.issuer)
    if text == issuer:
        return "issuer", None
    rest = text[len(issuer) :] if text.startswith(issuer) else text
    if match := _DATE.fullmatch(rest):
        try:
            return "date", datetime.date(*(cn_number(g) for g in match.groups()))
        except ValueError:
            return None, None
    if _CONTENT_PUNCT.search(text) or len(text) > len(squash(config.title)) + _MASTHEAD_OTHER_MAX:
        return None, None
    if squash(config.title) in text or text.endswith(_TITLE_ENDINGS):
        return "title", None
    return ("other", None) if len(text) <= _MASTHEAD_OTHER_MAX else (None, None)


def _is_end_line(line: str, config: BulletinConfig) -> bool:
    text = squash(line)
    labels = tuple(f"{d.label}：" for d in config.end_block.distribution)
    return bool(_END_LINE.match(text) or _PRINTED_BY.search(text)) or text.startswith(labels)


def _bare(text: str) -> str:
    """A heading without spaces, brackets or a number: 一、【重点工作动态】 → 重点工作动态."""
    return items.strip_marker(squash(text))[0].strip("【】[]〔〕")


class _Body:
    """Cuts the body's lines into the lead, the sections' items and the units' paragraphs."""

    def __init__(self, config: BulletinConfig, report: ImportedFile, trace: Trace) -> None:
        self.report = report
        self.trace = trace
        self.recogniser = Recogniser(config)
        self.names = config.unit_by_name()
        self.headings = {_bare(s.heading): s for s in config.sections if s.heading.strip()}
        self.section: Section | None = config.section("lead")
        self.items_section = config.section("items")
        self.units_section = config.section("units")
        self.paragraphs: dict[str, list[str]] = {s.key: [] for s in config.sections}
        self.unit_pieces: dict[str, list[str]] = {}
        self.unit: str | None = None
        self.open = False  # the last paragraph ends mid-sentence: the next line continues it
        self.joined = trace.changes[items.JOINED]  # those joined when read, at soft line breaks
        self.unknown: list[str] = []

    def add(self, line: str) -> None:
        heading = self.headings.get(_bare(line))
        if heading is not None:
            self.section, self.unit, self.open = heading, None, False
            return
        label = BRACKET_LABEL.match(line)
        if label and self._label(label.group(1).strip(), label.group(2).strip(), line):
            return
        item, marked = items.strip_marker(line)
        if marked and self.items_section is not None:
            if self.section is None or self.section.kind == "lead":
                self.section = self.items_section
                self.report.notes.append(
                    f"“{line[:12]}…”前没有“{self.items_section.heading}”，按该栏目导入"
                )
            if self.section.kind == "items":
                self._new(self.paragraphs[self.section.key], item.strip())
                return
        self._text(line)

    def _label(self, name: str, rest: str, line: str) -> bool:
        """A 【unit】 label starts that unit's paragraph; True when the line was taken as one."""
        unit = self.names.get(name) or self.recogniser.unit_title(name)
        in_units = self.section is not None and self.section.kind == "units"
        if unit is None and not in_units:
            return False  # 【…】 inside the lead or an item is text
        if self.units_section is None:
            return False
        if not in_units:
            self.section = self.units_section
            self.report.notes.append(
                f"【{name}】前没有“{self.units_section.heading}”，按该栏目导入"
            )
        if unit is None:
            if not rest:
                self.trace.drop(line, UNKNOWN_HEADING)
                self.report.messages.append(f"小标题“{line}”不是配置里的单位，未导入")
                self.unit, self.open = None, False
                return True
            unit = name
            if unit not in self.unknown:
                self.unknown.append(unit)
                self.report.messages.append(
                    f"“{name}”不是配置里的单位，按原名导入；如是改名前的名称，请把它加到该单位的 aliases"
                )
        if unit in self.unit_pieces:
            self.report.messages.append(f"【{unit}】出现了不止一次，已合并为一段")
        self.unit, self.open = unit, False
        self.unit_pieces.setdefault(unit, [])
        if rest:
            self._new(self.unit_pieces[unit], rest)
        return True

    def _text(self, line: str) -> None:
        section = self.section
        if section is None:
            self.trace.drop(line, BEFORE_SECTIONS)
            self.report.messages.append(f"“{line[:20]}…”在第一个栏目标题之前，未导入")
            return
        if section.kind == "units":
            if self.unit is None:
                self.trace.drop(line, NO_UNIT)
                self.report.messages.append(f"“{line[:20]}…”没有【单位】标签，未导入")
                return
            pieces = self.unit_pieces[self.unit]
        else:
            pieces = self.paragraphs[section.key]
        # A unit's paragraph and a ★ item are one paragraph each in print, so an unmarked line
        # there continues them; in the lead only a paragraph cut mid-sentence goes on.
        if pieces and (self.open or section.kind != "lead"):
            pieces[-1] = join_fragments(pieces[-1], line)
            self.joined += 1
            self.open = not ends_sentence(pieces[-1])
            return
        self._new(pieces, line)

    def _new(self, pieces: list[str], text: str) -> None:
        if text:
            pieces.append(text)
            self.open = not ends_sentence(text)

    def finish(self, number: int | None, date: datetime.date | None) -> Published:
        changes: Counter[str] = Counter()

        def mended(text: str) -> str:
            result = normalize.normalise(text)
            changes.update(result.changes)
            return result.text

        lead = {
            key: [text for text in (mended(p) for p in paragraphs) if text]
            for key, paragraphs in self.paragraphs.items()
            if paragraphs
        }
        units: dict[str, list[str]] = {}
        for unit, pieces in self.unit_pieces.items():
            if split := [item for piece in pieces for item in split_items(mended(piece))]:
                units[unit] = split
        report = self.report
        if self.joined:
            report.notes.insert(0, f"接上被分页或换行断开的段落 {self.joined} 处")
        report.notes += normalize.describe(changes)
        report.units = list(units)
        texts = [
            *(p for ps in lead.values() for p in ps),
            *(i for its in units.values() for i in its),
        ]
        report.items = len(texts)
        report.chars = sum(len(t) for t in texts)
        report.dropped = [Dropped(text=d.text, reason=d.reason) for d in self.trace.dropped]
        return Published(number, date, lead, units, report)


# -- placing it in the workspace ------------------------------------------------------------------


@dataclass
class ImportResult:
    issue: Issue
    bulletin: Bulletin
    record: ImportRecord
    written: list[Path]
    backups: list[Path]


@one_file  # whatever goes wrong reading the file is said as its error
def import_issue(
    workspace: Workspace, path: Path, *, number: int | None = None, force: bool = False
) -> ImportResult:
    """Read a published issue and save it: as a new issue, or as what a collected issue printed.

    Nothing is overwritten unless forced; then every replaced file is first kept as a backup.
    """
    config = workspace.config
    trace = Trace()
    lines, encoding = read_lines(path, config, trace)
    published = parse_published(lines, config, path.name, trace)
    published.report.encoding = encoding
    if number is not None and published.number is not None and published.number != number:
        raise InputError(
            f"{path.name}：报头是第{published.number}期，与 --issue {number} 不符。",
            hint="请核对文件；报头无误时去掉 --issue，按报头的期号导入。",
        )
    asked = number is not None
    number = number if number is not None else published.number
    if number is None:
        raise InputError(
            f"{path.name}：报头里没有找到期号（如“第18期”）。",
            hint="用 --issue 期号 指定，或在文件开头补上期号行。",
        )
    existing = next((i for i in workspace.issues() if i.number == number), None)
    if existing is not None and _collected(existing):
        if not asked:
            raise UsageError(
                f"第{number}期是 zhoubao 汇编的，已有汇编稿。",
                hint=f"要记录这期实际印发的版本（印发稿），请加 --issue {number}。",
            )
        return _save_printed(existing, published, path, force=force)
    return _save_issue(workspace, existing, number, published, path, force=force)


def _collected(issue: Issue) -> bool:
    return issue.bulletin_file.is_file() and issue.report_file.is_file() and not was_imported(issue)


def _save_printed(issue: Issue, published: Published, path: Path, *, force: bool) -> ImportResult:
    """The final text of an issue zhoubao collected, beside the collected bulletin."""
    target = printed_file(issue)
    if target.exists() and not force:
        raise OutputError(
            f"第{issue.number}期已经记录过印发稿（{target.name}），未覆盖。",
            hint="确定要换成这个文件就加 --force（原记录会备份为 .bak）。",
        )
    report = published.report
    if published.date is not None and published.date != issue.date:
        report.messages.append(
            f"报头日期{cn_date(published.date)}与第{issue.number}期的出刊日期{cn_date(issue.date)}不同"
        )
    collected = issue.load_bulletin()
    order = [entry.unit for section in collected.sections for entry in section.units]
    bulletin = published.bulletin(issue, collected.sections, order)
    _keep_items(bulletin, collected)
    report.notes += differences(collected, bulletin)
    report.status = Status.WARNING if report.messages else Status.OK
    record = _record("printed", path, report)
    files = {target: _json(bulletin), import_file(issue): _json(record)}
    backups = _write_all(files, force=force)
    return ImportResult(issue, bulletin, record, list(files), backups)


def _save_issue(
    workspace: Workspace,
    existing: Issue | None,
    number: int,
    published: Published,
    path: Path,
    *,
    force: bool,
) -> ImportResult:
    """A published issue as an issue folder of its own, like one zhoubao collected."""
    config = workspace.config
    report = published.report
    if existing is not None and existing.bulletin_file.exists() and not force:
        raise OutputError(
            f"第{number}期已有内容（{existing.bulletin_file.name}），未覆盖。",
            hint="确定要用这个文件替换就加 --force（原文件会备份为 .bak）。",
        )
    if existing is not None and not was_imported(existing):
        # Opened with new: its date and period stand.
        if published.date is not None and published.date != existing.date:
            report.messages.append(
                f"报头日期{cn_date(published.date)}与第{number}期的出刊日期{cn_date(existing.date)}不同，"
                "按 issue.json 的日期"
            )
        issue = existing
    else:
        date = published.date or (existing.date if existing else None)
        if date is None:
            raise InputError(
                f"{path.name}：报头里没有找到出刊日期（如“2026年1月30日”）。",
                hint="在文件开头的报头里补上日期行后再导入。",
            )
        previous = max((i.date for i in workspace.issues() if i.number < number), default=None)
        start, end = default_period(date, previous)
        folder = existing.folder if existing else workspace.issues_dir / issue_folder_name(number)
        issue = Issue(number, date, start, end, folder)
    bulletin = published.bulletin(issue, config.sections, config.unit_names())
    report.status = Status.WARNING if report.messages else Status.OK
    collect_report = CollectReport(
        issue=number,
        source_dir=str(path.resolve().parent),
        collected_at=datetime.datetime.now().replace(microsecond=0),
        files=[report],
        units=[
            UnitRecord(unit=u, outcome=Outcome.ADOPTED if u in published.units else Outcome.MISSING)
            for u in config.unit_names()
        ],
    )
    record = _record("issue", path, report)
    # bulletin.json is not entered in the record of files zhoubao wrote: collect then treats it as
    # a person's work and will not replace it with an empty inbox's bulletin unless forced.
    files = {
        issue.bulletin_file: _json(bulletin),
        issue.report_file: _json(collect_report),
        import_file(issue): _json(record),
        issue.folder / ISSUE_FILE: issue.to_json().encode("utf-8"),  # last: now it is an issue
    }
    backups = _write_all(files, force=force)
    return ImportResult(issue, bulletin, record, list(files), backups)


def _keep_items(printed: Bulletin, collected: Bulletin) -> None:
    """Where a unit's printed paragraph is the collected one, keep the collected items as they are.

    An item may itself contain ；, so splitting the printed paragraph can cut it differently.
    """
    before = {e.unit: e.items for s in collected.sections for e in s.units}
    for section in printed.sections:
        for entry in section.units:
            items = before.get(entry.unit)
            if items and as_items_paragraph(items) == entry.paragraph:
                entry.items = list(items)


def differences(collected: Bulletin, printed: Bulletin) -> list[str]:
    """What the editor changed between the collected bulletin and the printed issue, in words."""
    notes = []
    for old, new in zip(collected.sections, printed.sections, strict=False):
        label = old.heading.strip("【】") or "导语"
        if old.kind == "units":
            before = {e.unit: e.paragraph for e in old.units}
            after = {e.unit: e.paragraph for e in new.units}
            if cut := [u for u in before if u not in after]:
                notes.append(f"印发稿删去了 {'、'.join(cut)} 的段落")
            if added := [u for u in after if u not in before]:
                notes.append(f"印发稿新增了 {'、'.join(added)} 的段落")
            if changed := [u for u in after if u in before and before[u] != after[u]]:
                notes.append(f"印发稿改动了 {'、'.join(changed)} 的段落")
        elif old.paragraphs != new.paragraphs:
            kept = sum(p in old.paragraphs for p in new.paragraphs)
            notes.append(
                f"{label}：汇编稿 {len(old.paragraphs)} 段，印发稿 {len(new.paragraphs)} 段，"
                f"其中 {kept} 段未改"
            )
    return notes or ["印发稿与汇编稿一致"]


def _record(role: Literal["issue", "printed"], path: Path, report: ImportedFile) -> ImportRecord:
    return ImportRecord(
        role=role,
        file=str(path.resolve()),
        sha256=sha256(path),
        imported_at=datetime.datetime.now().replace(microsecond=0),
        report=report,
    )


def _json(model: Bulletin | ImportRecord | CollectReport) -> bytes:
    return (model.model_dump_json(indent=2) + "\n").encode("utf-8")


def _write_all(files: dict[Path, bytes], *, force: bool) -> list[Path]:
    """Write the files all together or none (a transaction); a file that would change is first
    backed up (force only)."""
    from zhoubao_cli.fileio import backup_path
    from zhoubao_cli.transaction import Transaction

    backups = []
    journal = next(iter(files)).parent
    while not journal.exists() and journal != journal.parent:  # a new issue's folder is made too
        journal = journal.parent
    transaction = Transaction(journal)
    for path, data in files.items():
        if path.exists() and path.read_bytes() != data:
            if not force:
                raise OutputError(
                    f"{path} 已存在，未覆盖。",
                    hint="确定要替换就加 --force（原文件会备份为 .bak）。",
                )
            backup = backup_path(path)
            transaction.copy(path, backup)
            backups.append(backup)
        transaction.put(path, data)
    transaction.commit()
    return backups
