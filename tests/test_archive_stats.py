"""stats: a generated year with known counts, its ranges, and the tables it writes."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from archive_year import DATES, GONE, ITEM, OLD_NAME, UNITS, make_year
from conftest import Cli, has_soffice


@pytest.fixture
def year(tmp_path: Path) -> Cli:
    root = tmp_path / "year"
    make_year(root)
    return Cli(root)


def stats_json(cli: Cli, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("stats", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {row["unit"]: row for row in report["units"]}


def test_first_quarter_counts(year: Cli) -> None:
    report = stats_json(year, "--quarter", "2026Q1")
    assert report["title"] == "2026年第一季度各区县信息报送采用情况统计表"
    assert [i["number"] for i in report["issues"]] == [1, 2, 3, 4, 5]
    by_unit = rows(report)
    # Canonical order, then the unit the config no longer has.
    assert list(by_unit) == [*UNITS, GONE]
    lixia = by_unit["历下区"]
    assert (lixia["issues"], lixia["sent_items"], lixia["printed_items"]) == (5, 10, 9)
    assert lixia["printed_chars"] == sum(
        len(ITEM.format(day=d.day, unit="历下区")) * n
        for d, n in zip(DATES[:5], [2, 2, 1, 2, 2], strict=True)
    )
    assert lixia["silent_issues"] == lixia["late_issues"] == lixia["faulty_issues"] == 0
    shizhong = by_unit["市中区"]
    assert (shizhong["sent_items"], shizhong["printed_items"]) == (1, 1)
    # 无 in issue 1 is not 零报送; the broken file (2) and the late one (3) are counted apart.
    assert shizhong["nil_issues"] == 1
    assert shizhong["faulty_issues"] == 1
    assert shizhong["late_issues"] == 1
    assert shizhong["silent_issues"] == 2
    # The former name is folded into today's.
    assert OLD_NAME not in by_unit
    assert (by_unit["起步区"]["sent_items"], by_unit["起步区"]["printed_items"]) == (5, 5)
    assert by_unit["起步区"]["silent_issues"] == 0
    gone = by_unit[GONE]
    assert (gone["configured"], gone["issues"], gone["printed_items"]) == (False, 1, 1)
    assert by_unit["槐荫区"]["silent_issues"] == 5
    ranks = {u: r["rank"] for u, r in by_unit.items()}
    assert (ranks["历下区"], ranks["起步区"], ranks["市中区"], ranks[GONE]) == (1, 2, 3, 3)
    assert ranks["历城区"] == 3
    assert ranks["槐荫区"] == 6
    # One file for three units: each unit is counted for what became of its own part.
    licheng, changqing, tianqiao = by_unit["历城区"], by_unit["长清区"], by_unit["天桥区"]
    assert (licheng["sent_items"], licheng["printed_items"], licheng["silent_issues"]) == (1, 1, 4)
    assert (changqing["nil_issues"], changqing["silent_issues"], changqing["faulty_issues"]) == (
        1,
        4,
        0,
    )
    assert (tianqiao["faulty_issues"], tianqiao["silent_issues"], tianqiao["nil_issues"]) == (
        1,
        4,
        0,
    )
    assert report["unattributed"] == ["第4期 新建文本文档.txt"]
    total = report["total"]
    assert (total["issues"], total["sent_items"], total["printed_items"]) == (5, 18, 17)


def test_year_includes_the_imported_issue(year: Cli) -> None:
    report = stats_json(year, "--year", "2026")
    assert [i["number"] for i in report["issues"] if i["imported"]] == [6]
    lixia = rows(report)["历下区"]
    # In the imported issue what was printed counts as sent.
    assert (lixia["issues"], lixia["sent_items"], lixia["printed_items"]) == (6, 12, 11)
    assert "先行区" in rows(report)


def test_default_range_is_the_latest_issues_year(year: Cli) -> None:
    assert stats_json(year)["period"] == "2026年"


@pytest.mark.parametrize(
    ("args", "issues", "period"),
    [
        (["--month", "2026-02"], [5], "2026年2月"),
        (["--month", "2026年1月"], [1, 2, 3, 4], "2026年1月"),
        (["--quarter", "2026q2"], [6], "2026年第二季度"),
        (["--from", "2026-01-16", "--to", "2026-01-30"], [2, 3, 4], "2026年1月16日至30日"),
        (["--from", "2026-02-01"], [5, 6], "2026年2月1日以来"),
        (["--to", "2026-01-10"], [1], "截至2026年1月10日"),
        (["--year", "2025"], [], "2025年"),
    ],
)
def test_ranges(year: Cli, args: list[str], issues: list[int], period: str) -> None:
    report = stats_json(year, *args)
    assert [i["number"] for i in report["issues"]] == issues
    assert report["period"] == period
    # A unit the config no longer lists has a row only where it has data.
    assert (GONE in rows(report)) == (1 in issues)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--month", "2026-13"], "月份“2026-13”格式不对"),
        (["--month", "0000-01"], "年份“0”不对"),
        (["--quarter", "0000Q1"], "年份“0”不对"),
        (["--year", "0"], "年份“0”不对"),
        (["--year", "10000"], "年份“10000”不对"),
        (["--quarter", "2026Q5"], "季度“2026Q5”格式不对"),
        (["--month", "2026-01", "--year", "2026"], "不能同时使用"),
        (["--from", "2026-03-01", "--to", "2026-01-01"], "晚于"),
        (["--from", "2026/3/1"], "日期“2026/3/1”格式不对"),
        (["--xlsx", "--docx", "-o", "x.xlsx"], "-o 只能配合"),
    ],
)
def test_bad_ranges_are_refused_in_chinese(year: Cli, args: list[str], words: str) -> None:
    result = year("stats", *args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_terminal_table(year: Cli) -> None:
    result = year("stats", "--quarter", "2026Q1")
    assert result.exit_code == 0
    assert "2026年第一季度各区县信息报送采用情况统计表" in result.output
    assert "先行区（已不在配置中）" in result.output
    assert "共5期，第1期至第5期" in result.output
    assert "新建文本文档.txt" in result.output


def test_xlsx_reads_back(year: Cli) -> None:
    result = year("stats", "--quarter", "2026Q1", "--xlsx")
    assert result.exit_code == 0, result.output
    path = year.folder / "统计" / "2026年第一季度各区县信息报送采用情况统计表.xlsx"
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "2026年第一季度各区县信息报送采用情况统计表"
    assert values[2][:4] == ["单位", "期数", "报送条数", "采用条数"]
    table = {row[0]: row for row in values[3:] if row[1] is not None}
    assert table["历下区"][:4] == ["历下区", 5, 10, 9]
    assert table["历下区"][4] == pytest.approx(0.9)
    assert table["市中区"][6:10] == [2, 1, 1, 1]  # 零报送, 报无, 出错, 迟报
    assert table["合计"][:4] == ["合计", 5, 18, 17]
    assert table["合计"][10] is None
    assert sheet.cell(4, 5).number_format == "0.0%"
    assert any(row[0] and "迟报" in row[0] for row in values if row[1] is None)


def test_edited_table_is_not_overwritten(year: Cli) -> None:
    assert year("stats", "--month", "2026-01", "--xlsx").exit_code == 0
    (path,) = (year.folder / "统计").glob("*.xlsx")
    path.write_bytes(path.read_bytes() + b"edited")
    edited = path.read_bytes()
    refused = year("stats", "--month", "2026-01", "--xlsx")
    assert refused.exit_code == 1
    assert path.read_bytes() == edited
    assert year("stats", "--month", "2026-01", "--xlsx", "--force").exit_code == 0
    assert path.with_name(path.name + ".bak").read_bytes() == edited


def test_docx_is_an_official_format_table(year: Cli, tmp_path: Path) -> None:
    out = tmp_path / "通报附表.docx"
    result = year("stats", "--quarter", "2026Q1", "--docx", "-o", out, "--title", "一季度统计表")
    assert result.exit_code == 0, result.output
    doc = Document(str(out))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    assert doc.paragraphs[0].text == "一季度统计表"
    fonts = doc.paragraphs[0].runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    (table,) = doc.tables
    assert [c.text for c in table.rows[0].cells][:4] == ["单位", "期数", "报送条数", "采用条数"]
    lixia = next(r for r in table.rows if r.cells[0].text == "历下区")
    assert [c.text for c in lixia.cells[:5]] == ["历下区", "5", "10", "9", "90%"]
    assert lixia.cells[10].text == "1"
    assert table.rows[-1].cells[0].text == "合计"
    if has_soffice():
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
            capture_output=True,
            check=True,
        )
        info = subprocess.run(
            ["pdfinfo", str(out.with_suffix(".pdf"))], capture_output=True, text=True, check=True
        )
        assert re.search(r"^Pages:\s+1$", info.stdout, re.M)  # sixteen rows fit one page


def test_a_table_written_elsewhere_leaves_nothing_beside_it(year: Cli, tmp_path: Path) -> None:
    target = tmp_path / "别处" / "统计表.xlsx"
    assert year("stats", "--quarter", "2026Q1", "--xlsx", "-o", target).exit_code == 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["统计表.xlsx"]
    target.write_bytes(b"edited")  # still known as zhoubao's: an edit is not overwritten
    assert year("stats", "--quarter", "2026Q1", "--xlsx", "-o", target).exit_code != 0
    assert target.read_bytes() == b"edited"
