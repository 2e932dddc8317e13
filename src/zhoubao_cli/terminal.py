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
from zhoubao_cli.model import CollectReport, FileReport, Status


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
_STATUS_WORDS = {
    Status.OK: "正常",
    Status.WARNING: "有提醒，已采用",
    Status.ERROR: "有错误，未采用",
    Status.SUPERSEDED: "被取代，未采用",
    Status.IGNORED: "已跳过",
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
    """A file's status for one unit of it: in a file for several units, a unit's part may be
    refused (an error) or replaced by a newer file (superseded), whatever became of the rest."""
    if who in file.refused_units:
        return Status.ERROR
    if file.status in _USED and file.units and who not in (*file.units, *file.nil_units):
        return Status.SUPERSEDED
    return file.status


def _problem_counts(row: _Row) -> str:
    problems = sum(len(f.messages) for f in row.files if f.status is not Status.IGNORED)
    changes = sum(len(f.notes) + len(f.dropped) for f in row.files if f.status in _USED)
    skipped = [n for f in row.files if f.status is Status.IGNORED for n in f.notes]
    parts = []
    if problems:
        parts.append(f"问题 {problems} 条")
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
        used = [f for f in row.files if _status_of(f, row.who) in _USED]
        several_units = any(len(f.units) + len(f.refused_units) > 1 for f in used)
        table.add_row(
            escape(row.who),
            "\n".join(escape(f.file) for f in row.files),
            "" if several_units else str(sum(f.items for f in used) or ""),
            "" if several_units else str(sum(f.chars for f in used) or ""),
            marks[status],
            _problem_counts(row),
        )
    return table


def _details(report: CollectReport, config: BulletinConfig) -> list[tuple[str, list[str]]]:
    """Each unit (or section, or unrecognised file) with every message, change and dropped line
    of its files, whole. A message of a file with several units goes under the unit it names."""
    groups: dict[str, list[str]] = {}
    for row in _rows(report, config):
        groups.setdefault(row.who, [])
    for file in report.files:
        whos = [who for _, who in _row_keys(config, file)]
        for message in file.messages:
            # A message that names a unit goes under it, even when that unit's part was
            # superseded or refused and the file is listed elsewhere.
            named = message.removeprefix("“")
            who = next((u for u in [*whos, *groups] if named.startswith(u)), whos[0])
            part = _status_of(file, who)
            status = (
                _STATUS_WORDS[part] if part is file.status else f"{who}部分{_STATUS_WORDS[part]}"
            )
            groups[who].append(f"{file.file}（{status}）：{message}")
        if file.status is Status.IGNORED:
            groups[whos[0]] += [f"{file.file}：{note}" for note in file.notes]
            continue
        groups[whos[0]] += [f"{file.file}：改动：{note}" for note in file.notes]
        groups[whos[0]] += [
            f"{file.file}：略去“{line.text}”：{line.reason}" for line in file.dropped
        ]
    return [(who, lines) for who, lines in groups.items() if lines]


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
    silent, resend, nil = report.sent_nothing(), report.to_resend(), report.nil_units()
    order = config.unit_names()
    nil.sort(key=lambda u: order.index(u) if u in order else len(order))
    if nil:
        console.print("[green]回复本期无动态：[/]" + escape("、".join(nil)), soft_wrap=True)
    if silent:
        console.print(
            f"[yellow]未报送（{len(silent)}）：[/]" + escape("、".join(silent)), soft_wrap=True
        )
    if resend:
        console.print(
            f"[red]材料有误待重报（{len(resend)}）：[/]" + escape("、".join(resend)), soft_wrap=True
        )
    if not silent and not resend:
        console.print("[green]所有单位都已报送。[/]")
    console.print(
        f"共 {len(report.files)} 个文件：正常 {report.count(Status.OK)}，"
        f"提醒 {report.count(Status.WARNING)}，错误 {report.count(Status.ERROR)}，"
        f"被取代 {report.count(Status.SUPERSEDED)}，跳过 {report.count(Status.IGNORED)}。",
        soft_wrap=True,
    )
    if not saved:
        console.print("[red]以上是这次读到的材料，结果没有保存，原因如下。[/]", soft_wrap=True)
    elif report.has_errors:
        console.print(
            "[red]有错误的文件未采用，请对方改正后重新报送；其余文件已汇编。[/]", soft_wrap=True
        )
