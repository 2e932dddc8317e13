"""Terminal output of a collect report (rich): one row per unit or section, in canonical order."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.box import ASCII, HEAVY_HEAD
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.model import CollectReport, FileReport, Status

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
_MAX_LINES = 8  # per cell; a huge inbox must not drown the screen


@dataclass
class _Row:
    order: tuple[int, int, str]
    who: str
    files: list[FileReport] = field(default_factory=list)


def _row_key(config: BulletinConfig, report: FileReport) -> tuple[tuple[int, int, str], str]:
    """Sections first, then units in the config's order, then unrecognised files; skipped last."""
    sections = [s.key for s in config.sections]
    units = config.unit_names()
    if report.status is Status.IGNORED:
        return (3, 0, ""), "已跳过"
    if report.unit in units:
        return (1, units.index(report.unit), ""), report.unit  # type: ignore[return-value]
    if report.section in sections:
        return (0, sections.index(report.section), ""), config.section_by_key(report.section).label
    return (2, 0, report.file), "—"


def _rows(report: CollectReport, config: BulletinConfig) -> list[_Row]:
    rows: dict[tuple[int, int, str], _Row] = {}
    for file in report.files:
        order, who = _row_key(config, file)
        rows.setdefault(order, _Row(order, who)).files.append(file)
    return [rows[key] for key in sorted(rows)]


def _capped(lines: list[str]) -> str:
    if len(lines) > _MAX_LINES:
        lines = [*lines[: _MAX_LINES - 1], f"[dim]……另有 {len(lines) - _MAX_LINES + 1} 条[/]"]
    return "\n".join(lines)


def _details(row: _Row) -> str:
    several = len(row.files) > 1
    lines = []
    for file in row.files:
        prefix = f"{escape(file.file)}：" if several and (file.messages or file.notes) else ""
        style = "red" if file.status is Status.ERROR else "default"
        lines += [f"[{style}]{prefix}{escape(m)}[/]" for m in file.messages]
        if file.status is not Status.IGNORED:
            lines += [f"[dim]{prefix}{escape(n)}[/]" for n in file.notes]
            if file.dropped:
                reasons = Counter(d.reason for d in file.dropped)
                summary = "、".join(f"{reason} {n} 处" for reason, n in reasons.items())
                lines.append(f"[dim]{prefix}略去：{escape(summary)}（见下方清单）[/]")
    return _capped(lines)


def _can_encode(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def print_report(
    report: CollectReport, config: BulletinConfig, console: Console | None = None
) -> None:
    console = console or Console()
    if not report.files:
        console.print(
            f"[yellow]{escape(report.source_dir)} 里没有文件。[/]请把各单位的材料放进去再运行。"
        )
    fancy = _can_encode("✓⚠✗━┃┏", console.encoding)
    marks = _MARKS if fancy else _PLAIN_MARKS
    table = Table(
        title=f"第{report.issue}期材料汇编", show_lines=True, box=HEAVY_HEAD if fancy else ASCII
    )
    table.add_column("单位/栏目", no_wrap=True)
    table.add_column("文件")
    table.add_column("条数", justify="right")
    table.add_column("字数", justify="right")
    table.add_column("状态", justify="center")
    table.add_column("问题与改动")
    for row in _rows(report, config):
        status = min((f.status for f in row.files), key=_URGENCY.index)
        used = [f for f in row.files if f.status in (Status.OK, Status.WARNING)]
        table.add_row(
            escape(row.who),
            _capped([escape(f.file) for f in row.files]),
            str(sum(f.items for f in used) or ""),
            str(sum(f.chars for f in used) or ""),
            marks[status],
            _details(row),
        )
    if report.files:
        console.print(table)
    _print_dropped(report, console)
    silent, resend = report.sent_nothing(), report.to_resend()
    if nil := report.nil_units():
        order = config.unit_names()
        nil.sort(key=lambda u: order.index(u) if u in order else len(order))
        console.print(f"本周无动态（{len(nil)}）：" + "、".join(nil))
    if silent:
        console.print(f"[yellow]未报送（{len(silent)}）：[/]" + "、".join(silent))
    if resend:
        console.print(f"[red]材料有误待重报（{len(resend)}）：[/]" + "、".join(resend))
    if not report.missing:
        console.print("[green]所有单位都已报送。[/]")
    console.print(
        f"共 {len(report.files)} 个文件：正常 {report.count(Status.OK)}，"
        f"提醒 {report.count(Status.WARNING)}，错误 {report.count(Status.ERROR)}，"
        f"被取代 {report.count(Status.SUPERSEDED)}，跳过 {report.count(Status.IGNORED)}。"
    )
    if report.has_errors:
        console.print("[red]有错误的文件未采用，请对方改正后重新报送；其余文件已汇编。[/]")


def _print_dropped(report: CollectReport, console: Console) -> None:
    """Every line left out of the bulletin, by file, in full: nothing vanishes unseen."""
    files = [f for f in report.files if f.dropped and f.status is not Status.IGNORED]
    if not files:
        return
    console.print("[bold]略去的内容[/]（不刊出；如有误删，请改正材料后重新汇编）：")
    for file in files:
        console.print(f"  {escape(file.file)}：", highlight=False)
        for dropped in file.dropped:
            console.print(
                f"    [dim]（{escape(dropped.reason)}）[/]{escape(dropped.text)}", highlight=False
            )
