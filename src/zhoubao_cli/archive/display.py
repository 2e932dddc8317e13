"""What the archive commands print: plain lines for import, rich tables for stats and search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zhoubao_cli.controls import printable
from zhoubao_cli.dates import cn_date
from zhoubao_cli.model import Outcome

if TYPE_CHECKING:
    from rich.table import Table

    from zhoubao_cli.archive.importing import ImportResult
    from zhoubao_cli.archive.search import Hit, SearchResult
    from zhoubao_cli.archive.stats import StatsReport


def import_summary(result: ImportResult, shown: str) -> list[str]:
    """What was imported, what was left out and why, and what changed; shown is the folder."""
    bulletin, report = result.bulletin, result.record.report
    parts = []
    for section in bulletin.sections:
        label = section.heading.strip("【】") or "导语"
        if section.kind == "units":
            items = sum(len(e.items) for e in section.units)
            parts.append(f"{label} {len(section.units)} 个单位 {items} 条")
        elif section.kind == "items":
            parts.append(f"{label} {len(section.paragraphs)} 条")
        else:
            parts.append(f"{label} {len(section.paragraphs)} 段")
    when = cn_date(bulletin.date)
    if result.record.role == "printed":
        lines = [
            f"已记录第{bulletin.number}期（{when}）的印发稿：{'，'.join(parts)}。",
            "汇编稿 bulletin.json 保留不动，统计和检索按印发稿计。",
        ]
    else:
        lines = [f"已导入第{bulletin.number}期（{when}）：{'，'.join(parts)}。"]
    lines.append(f"文件夹：{shown}")
    reasons = Counter(d.reason for d in report.dropped)
    if reasons:
        lines.append(
            "未作为正文导入：" + "，".join(f"{why} {n} 行" for why, n in reasons.items()) + "。"
        )
    lines += [f"改动：{note}" for note in report.notes]
    lines += [f"提醒：{message}" for message in report.messages]
    lines += [f"原文件已备份为：{backup.name}" for backup in result.backups]
    lines.append("逐行明细见 --json。下一步：统计 zhoubao stats，检索 zhoubao search 关键词。")
    return lines


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console()


def _fancy(encoding: str) -> bool:
    """Whether the output can show box lines (a GBK console or file cannot)."""
    try:
        "━┃┏─│".encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def print_stats(report: StatsReport, notes: list[str]) -> None:
    console = _console()
    columns = [
        ("期数", lambda s: str(s.issues)),
        ("报送", lambda s: str(s.sent_items)),
        ("采用", lambda s: str(s.printed_items)),
        ("字数", lambda s: str(s.printed_chars)),
        (Outcome.MISSING.word, lambda s: _zero_blank(s.silent_issues, warn=s is not report.total)),
        (Outcome.NIL.word, lambda s: _zero_blank(s.nil_issues)),
        (Outcome.FAULTY.word, lambda s: _zero_blank(s.faulty_issues, warn=s is not report.total)),
        ("迟报", lambda s: _zero_blank(s.late_issues, warn=s is not report.total)),
        ("排名", lambda s: "" if s is report.total else str(s.rank)),
    ]
    # A narrow terminal would cut the right-hand columns off: the figures in two (or more)
    # tables, each with the units' names, so that every name and figure is read whole.
    for parts in range(1, len(columns) + 1):
        size = -(-len(columns) // parts)
        chunks = [columns[i : i + size] for i in range(0, len(columns), size)]
        tables = [
            _stats_table(
                report, chunk, console.encoding, title=i == 0, caption=i == len(chunks) - 1
            )
            for i, chunk in enumerate(chunks)
        ]
        if all(_fits(table, console.width) for table in tables):
            break
    for table in tables:
        console.print(table)
    for note in notes:
        console.print(f"[dim]{escape_markup(note)}[/]")


def _fits(table: Table, width: int) -> bool:
    """Whether rich draws the table within width: drawn uncropped, no line is wider."""
    import io

    from rich.cells import cell_len
    from rich.console import Console

    drawn = io.StringIO()
    Console(file=drawn, width=width, color_system=None, legacy_windows=False).print(
        table, crop=False
    )
    return all(cell_len(line) <= width for line in drawn.getvalue().splitlines())


def _stats_table(
    report: StatsReport,
    columns: list[tuple[str, Callable[[Any], str]]],
    encoding: str,
    *,
    title: bool = False,
    caption: bool = False,
) -> Table:
    from rich.box import ASCII, HEAVY_HEAD
    from rich.cells import cell_len
    from rich.table import Table

    from zhoubao_cli.archive.tables import scope

    table = Table(
        title=escape_markup(report.title) if title else None,
        caption=scope(report) if caption else None,
        box=HEAVY_HEAD if _fancy(encoding) else ASCII,
    )
    names = [
        escape_markup(s.unit) + ("" if s.configured else "（已不在配置中）") for s in report.units
    ]
    # Cells and headings fold, never "…": every figure and name is read whole; the names keep
    # their width where the terminal allows.
    widest = min(max(map(cell_len, names), default=4), 30)
    table.add_column("单位", justify="left", overflow="fold", min_width=widest)
    for heading, _ in columns:
        table.add_column(heading, justify="right", overflow="fold", min_width=3)
    for stats in [*report.units, report.total]:
        total = stats is report.total
        table.add_row(
            escape_markup(stats.unit) + ("" if stats.configured else "（已不在配置中）"),
            *(cell(stats) for _, cell in columns),
            end_section=stats is report.units[-1] if report.units else False,
            style="bold" if total else None,
        )
    return table


def _zero_blank(count: int, *, warn: bool = False) -> str:
    if not count:
        return "0"
    return f"[yellow]{count}[/]" if warn else str(count)


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(printable(text))


def _hit_head(hit: Hit) -> str:
    where = f"【{hit.unit}】" if hit.unit else f"{hit.section}："
    return f"第{hit.number}期（{cn_date(hit.date)}）{where}"


def print_search(result: SearchResult) -> None:
    """Each hit on its own lines: issue and date, the unit, the item with the words marked."""
    from rich.text import Text

    console = _console()
    what = "、".join(f"“{w}”" for w in result.words)
    if not result.hits:
        where = f"{result.unit}的" if result.unit else ""
        console.print(
            Text(printable(f"在 {result.issues_searched} 期里没有找到包含{what}的{where}条目。")),
        )
        return
    if console.is_terminal:
        # One Text printed once, wrapped by the terminal: rich lays out thousands of hits fast.
        out = Text()
        for hit in result.hits:
            out.append(printable(_hit_head(hit)), style="bold")
            offset = len(out)
            out.append(printable(hit.text) + "\n")  # as long as hit.text: the spans still fit
            for start, end in hit.spans:
                out.stylize("bold red", offset + start, offset + end)
        console.print(out, soft_wrap=True, end="")
    else:  # a file or a pipe takes no colours: plain lines
        console.file.write(
            printable("".join(f"{_hit_head(hit)}{hit.text}\n" for hit in result.hits))
        )
    issues = len({hit.number for hit in result.hits})
    console.print(
        Text(f"共 {len(result.hits)} 条，见于 {issues} 期（共检索 {result.issues_searched} 期）。")
    )
