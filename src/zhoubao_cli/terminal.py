"""Terminal output of a collect report (rich): a table with a row per unit or section, in canonical
order, then every problem and change in full, grouped by unit. Nothing is cut at any width: the
table's cells wrap, and the list under it is printed as whole lines the terminal wraps itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.box import ASCII, HEAVY_HEAD
from rich.console import Console
from rich.markup import escape as escape_markup
from rich.table import Table

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.controls import printable
from zhoubao_cli.model import CollectReport, Fate, FileReport, Outcome, Severity, Status
from zhoubao_cli.notices import for_editor, said


def escape(text: str) -> str:
    """A text of a submission or a file name, for rich: no markup, no control character."""
    return escape_markup(printable(text))


_MARKS = {
    Status.OK: "[green]✓[/]",
    Status.WARNING: "[yellow]⚠[/]",
    Status.ERROR: "[red]✗[/]",
    Status.SUPERSEDED: "[dim]被取代[/]",
    Status.IGNORED: "[dim]跳过[/]",
}
# For an output that cannot encode ✓ ⚠ ✗ and box lines (a report redirected to a file on a
# Chinese Windows, whose code page is GBK): words and ASCII lines.
_PLAIN_MARKS = {
    **_MARKS,
    Status.OK: "[green]正常[/]",
    Status.WARNING: "[yellow]提醒[/]",
    Status.ERROR: "[red]错误[/]",
}
# Which mark a row with several files shows: the one that needs the editor most.
_URGENCY = [Status.ERROR, Status.WARNING, Status.OK, Status.SUPERSEDED, Status.IGNORED]
_USED = (Status.OK, Status.WARNING)

RowKey = tuple[int, int, str]


@dataclass
class _Row:
    order: RowKey
    who: str
    files: list[FileReport] = field(default_factory=list)


def _row_keys(config: BulletinConfig, report: FileReport) -> list[tuple[RowKey, str]]:
    """Sections first, then units in the config's order, then unrecognised files; skipped last.
    A file with several units has a row under each of them."""
    sections = [s.key for s in config.sections]
    units = config.unit_names()
    if report.status is Status.IGNORED:
        return [((3, 0, ""), "已跳过")]
    listed = [*(report.units or ([report.unit] if report.unit else [])), *report.refused_units]
    named = [u for u in dict.fromkeys(listed) if u in units]
    if named:
        return [((1, units.index(u), ""), u) for u in named]
    if report.section in sections:
        label = config.section_by_key(report.section).label
        return [((0, sections.index(report.section), ""), label)]
    return [((2, 0, report.file), "未识别单位")]


def _rows(report: CollectReport, config: BulletinConfig) -> list[_Row]:
    rows: dict[RowKey, _Row] = {}
    for file in report.files:
        for order, who in _row_keys(config, file):
            rows.setdefault(order, _Row(order, who)).files.append(file)
    return [rows[key] for key in sorted(rows)]


def _status_of(file: FileReport, who: str) -> Status:
    """A file's status for one unit (row) of it."""
    return file.status_for(who)


def _problem_counts(report: CollectReport, row: _Row) -> str:
    names = {f.file for f in row.files}
    mine = [f for f in report.findings if f.file in names and f.unit in (row.who, None)]
    problems = sum(f.severity is not Severity.NOTE for f in mine)
    changes = sum(f.kind == "mended" for f in mine)
    changes += sum(len(f.dropped) for f in row.files if f.status in _USED)
    skipped = [f.message for f in mine if f.kind == "ignored"]
    doubts = sum(d.unit == row.who for d in report.undecided() if d.file in names)
    parts = []
    if any(f.late for f in row.files if f.status in _USED):
        parts.append("迟报")
    if problems:
        parts.append(f"问题 {problems} 条")
    if doubts:
        parts.append(f"存疑 {doubts} 句")
    if changes:
        parts.append(f"改动 {changes} 处")
    return escape("；".join(parts) or "；".join(dict.fromkeys(skipped)) or "—")


def _can_encode(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _table(report: CollectReport, config: BulletinConfig, fancy: bool) -> Table:
    marks = _MARKS if fancy else _PLAIN_MARKS
    table = Table(
        title=f"第{report.issue}期材料汇编", show_lines=True, box=HEAVY_HEAD if fancy else ASCII
    )
    # overflow="fold": a long name breaks onto the next line instead of ending in "…".
    table.add_column("单位/栏目", overflow="fold", min_width=4)
    table.add_column("文件", overflow="fold", min_width=6)
    table.add_column("条数", justify="right", overflow="fold")
    table.add_column("字数", justify="right", overflow="fold")
    table.add_column("状态", justify="center", overflow="fold")
    table.add_column("问题与改动", overflow="fold", min_width=6)
    for row in _rows(report, config):
        status = min((_status_of(f, row.who) for f in row.files), key=_URGENCY.index)
        if status is Status.OK and any(d.unit == row.who for d in report.undecided()):
            status = Status.WARNING  # a unit with sentences in doubt is not a plain ✓
        used = [f for f in row.files if _status_of(f, row.who) in _USED]
        several_units = any(len(f.units) + len(f.refused_units) > 1 for f in used)
        table.add_row(
            escape(row.who),
            "\n".join(escape(f.file) for f in row.files),
            "" if several_units else str(sum(f.items for f in used) or ""),
            "" if several_units else str(sum(f.chars for f in used) or ""),
            marks[status],
            _problem_counts(report, row),
        )
    return table


def _details(report: CollectReport, config: BulletinConfig) -> list[tuple[str, list[str]]]:
    """Each unit (or section, or unrecognised file) with every finding and dropped line of its
    files, whole. A finding about one unit of a file for several goes under that unit."""
    groups: dict[str, list[str]] = {}
    for row in _rows(report, config):
        groups.setdefault(row.who, [])
    files = {f.file: f for f in report.files}
    for finding in report.findings:
        file = files.get(finding.file or "")
        if file is None:
            continue
        whos = [who for _, who in _row_keys(config, file)]
        who = finding.unit if finding.unit in groups else whos[0]
        if finding.severity is Severity.NOTE:
            label = "改动：" if finding.kind == "mended" else ""
            groups[who].append(f"{file.file}：{label}{said(finding, for_units=False)}")
            continue
        part = _status_of(file, who)
        status = part.word if part is file.status else f"{who}部分{part.word}"
        groups[who].append(f"{file.file}（{status}）：{for_editor(finding)}")
    for file in report.files:
        if file.status is not Status.IGNORED:
            first = _row_keys(config, file)[0][1]
            groups[first] += [
                f"{file.file}：略去“{line.text}”：{line.reason}" for line in file.dropped
            ]
    return [(who, lines) for who, lines in groups.items() if lines]


def _doubts(report: CollectReport) -> list[str]:
    """Each sentence in doubt not yet decided: where it is, why, and the sentence whole."""
    lines = []
    for doubt in report.undecided():
        where = doubt.unit or doubt.section or doubt.file
        item = f"第{doubt.item}条" if doubt.item else ""
        lines.append(f"{where}{item}（{'；'.join(doubt.why)}）：{doubt.text}")
    return lines


def print_report(
    report: CollectReport,
    config: BulletinConfig,
    console: Console | None = None,
    *,
    saved: bool = True,
) -> None:
    """The report; saved=False for a collect whose result was not saved (the error says why)."""
    console = console or Console()
    if not report.files:
        console.print(
            f"[yellow]{escape(report.source_dir)} 里没有文件。[/]请把各单位的材料放进去再运行。",
            soft_wrap=True,
        )
    fancy = _can_encode("✓⚠✗━┃┏", console.encoding)
    if report.files:
        console.print(_table(report, config, fancy))
        details = _details(report, config)
        if details:
            console.print("[bold]问题与改动（按单位）[/]")
        for who, lines in details:
            console.print(f"[bold]{escape(who)}[/]")
            for line in lines:
                # soft_wrap: printed whole, as one line the terminal wraps; never cut
                console.print(f"  {escape(line)}", soft_wrap=True, highlight=False)
    doubts = _doubts(report)
    if doubts:
        console.print(f"[bold yellow]请看一眼（{len(doubts)} 句存疑，已照印）[/]")
        for line in doubts:
            console.print(f"  {escape(line)}", soft_wrap=True, highlight=False)
        console.print(
            "  留下：zhoubao keep 单位 条号；删去：zhoubao drop 单位 条号（或写出句中几个字）",
            soft_wrap=True,
            highlight=False,
        )
    silent, resend, nil = report.sent_nothing(), report.to_resend(), report.nil_units()
    if nil:
        console.print(
            f"[green]{Outcome.NIL.word}（{len(nil)}）：[/]" + escape("、".join(nil)), soft_wrap=True
        )
    if silent:
        console.print(
            f"[yellow]{Outcome.MISSING.word}（{len(silent)}）：[/]" + escape("、".join(silent)),
            soft_wrap=True,
        )
    if resend:
        console.print(
            f"[red]{Outcome.FAULTY.word}（{len(resend)}）：[/]" + escape("、".join(resend)),
            soft_wrap=True,
        )
    if not silent and not resend:
        console.print("[green]所有单位都已报送。[/]")
    counts = "，".join(
        f"{status.word} {report.count(status)}" for status in Status if report.count(status)
    )
    console.print(f"共 {len(report.files)} 个文件：{counts or '无'}。", soft_wrap=True)
    if not saved:
        console.print("[red]以上是这次读到的材料，结果没有保存，原因如下。[/]", soft_wrap=True)
    elif report.has_errors:
        console.print(
            "[red]有错误的文件未采用，请对方改正后重新报送；其余文件已汇编。[/]", soft_wrap=True
        )


def print_lines(report: CollectReport, unit: str, console: Console | None = None) -> None:
    """A unit's source files line by line, each beside its fate, from the record."""
    console = console or Console()
    files = [f for f in report.files if unit in (f.unit, *f.units, *f.refused_units, *f.nil_units)]
    if not files:
        console.print(f"第{report.issue}期没有{escape(unit)}的材料。", soft_wrap=True)
        return
    for file in files:
        console.print(
            f"[bold]{escape(file.file)}[/]（{file.status_for(unit).word}）", soft_wrap=True
        )
        lines = [line for line in file.lines if line.unit in (unit, None)]
        for line in lines:
            fate = line.fate.word + (f"为第{line.item}条" if line.item else "")
            why = f"：{line.reason}" if line.reason else ""
            console.print(
                f"  [{fate}{escape(why)}] {escape(line.text)}", soft_wrap=True, highlight=False
            )
            if line.printed and line.fate in (Fate.CHANGED, Fate.DOUBTFUL):
                console.print(f"      → {escape(line.printed)}", soft_wrap=True, highlight=False)
    doubts = [d for d in report.doubts if d.unit == unit]
    for doubt in doubts:
        state = {"keep": "已留下", "drop": "已删去"}.get(doubt.decision or "", "未定")
        console.print(
            f"  存疑（{state}）第{doubt.item}条：{escape(doubt.text)}（{escape('；'.join(doubt.why))}）",
            soft_wrap=True,
            highlight=False,
        )
