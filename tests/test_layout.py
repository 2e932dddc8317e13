"""Pages as LibreOffice really lays them out: the published breaks of issue 18, and the forecast.

Two kinds of run: with the fonts this machine has (what `zhoubao render --pdf` gives here), and
with a stand-in for the office fonts. The stand-in, Noto Sans Mono CJK SC (fonts-noto-cjk), has
the metrics of 仿宋_GB2312: Chinese characters one em, Latin letters and digits half an em.
The forecast assumes those metrics, as on the editors' machines; the fallback fonts of a machine
without 仿宋_GB2312 (DejaVu Sans for digits) set numbers wider.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bulletins import CONFIG, built, generated, libreoffice_pages, pdf_pages, rows_of_text
from conftest import Cli, has_soffice
from zhoubao_cli.model import Bulletin, UnitEntry
from zhoubao_cli.render.forecast import Forecast, forecast_bulletin

pytestmark = pytest.mark.skipif(
    not (has_soffice() and shutil.which("pdftotext")),
    reason="LibreOffice (soffice) and poppler (pdftotext) are needed",
)

STAND_IN = "Noto Sans Mono CJK SC"
NAME = "市科技局创新创业工作周报第18期"


@pytest.fixture(scope="session")
def stand_in_conf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fontconfig file that gives LibreOffice the stand-in for every font the bulletin names."""
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    if STAND_IN not in families:
        pytest.skip(f"{STAND_IN} is not installed (Debian: fonts-noto-cjk)")
    fonts = CONFIG.fonts
    rules = "".join(
        f'<match target="pattern"><test name="family"><string>{name}</string></test>'
        f'<edit name="family" mode="assign" binding="strong"><string>{STAND_IN}</string></edit>'
        "</match>"
        for name in (fonts.body, fonts.heading, fonts.title, fonts.page_number)
    )
    conf = tmp_path_factory.mktemp("fontconfig") / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{rules}</fontconfig>',
        "utf-8",
    )
    return conf


@pytest.fixture
def office_metrics(stand_in_conf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice, started from here, sets the office fonts' metrics."""
    monkeypatch.setenv("FONTCONFIG_FILE", str(stand_in_conf))


@pytest.mark.parametrize("fonts", ["as installed", "stand-in"])
def test_issue_18_breaks_its_pages_where_the_published_issue_does(
    issue18: Cli, fonts: str, request: pytest.FixtureRequest
) -> None:
    if fonts == "stand-in":
        request.getfixturevalue("office_metrics")
    result = issue18("render", "--docx", "--pdf")
    assert result.exit_code == 0, result.output
    pages = pdf_pages(issue18.folder / "issues" / "第18期" / f"{NAME}.pdf")
    # As published: page 1 ends after 目前, page 2 after 集聚高端创新资.
    assert pages[0].rows[-1].endswith("目前")
    assert pages[1].rows[-1].endswith("集聚高端创新资")
    assert pages[1].rows[0].startswith("申请总金额达")
    assert pages[2].rows[0].startswith("源、搭建全链条服务体系")
    assert len(pages[0].rows) == CONFIG.page.lines_per_page - 8  # 8 rows of masthead


@pytest.mark.parametrize("fonts", ["as installed", "stand-in"])
def test_the_pdf_prints_every_character(
    issue18: Cli, fonts: str, request: pytest.FixtureRequest
) -> None:
    """LibreOffice drops a comma that hangs past a full justified line; the PDF must not."""
    if fonts == "stand-in":
        request.getfixturevalue("office_metrics")
    assert issue18("render", "--pdf", "--txt").exit_code == 0
    folder = issue18.folder / "issues" / "第18期"
    pdf = subprocess.run(
        ["pdftotext", str(folder / f"{NAME}.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    printed = re.sub(r"—\d+—", "", re.sub(r"\s", "", pdf))  # page numbers go, as — 1 —
    bulletin = re.sub(r"\s", "", (folder / f"{NAME}.txt").read_text("utf-8"))
    assert printed == bulletin


def _compare(forecast: Forecast, pages: list[list[str]], end_page: int) -> None:
    """The forecast against LibreOffice: every page's rows, the page count, the end block."""
    assert len(pages) == forecast.pages  # no page more, not even an empty one
    real = [len(rows) for rows in pages]
    while real and real[-1] == 0:
        real.pop()
    assert len(real) == len(forecast.page_rows), (real, forecast.page_rows)
    assert all(abs(a - b) <= 1 for a, b in zip(real, forecast.page_rows, strict=True)), (
        real,
        forecast.page_rows,
    )
    assert end_page == forecast.pages, (real, forecast)


def test_the_forecast_agrees_with_libreoffice(
    issue18: Cli, office_metrics: None, tmp_path: Path
) -> None:
    """Issue 18 and generated issues from one page to seven: pages, rows on every page."""
    example = issue18.folder / "issues" / "第18期"
    from zhoubao_cli.workspace import Issue

    bulletins = [
        Issue.read(example).load_bulletin(),
        generated(1, units=2, most_items=1, key_items=1),
        generated(2, units=5, most_items=2),
        generated(3, units=9, most_items=2),
        generated(4, units=14, most_items=2),
        generated(5, units=14, most_items=3, key_items=4),
        generated(6, units=11, most_items=3),
    ]
    laid_out = libreoffice_pages(bulletins, tmp_path)
    pages_seen = set()
    for bulletin, pages in zip(bulletins, laid_out, strict=True):
        forecast = forecast_bulletin(bulletin, CONFIG)
        assert forecast is not None
        end_page = next(n for n, page in enumerate(pages, 1) if page.end_block)
        _compare(forecast, [p.rows for p in pages], end_page)
        pages_seen.add(forecast.pages)
    assert len(pages_seen) >= 4  # issues of different lengths, not one length six times


def _laid_out(
    bulletins: list[Bulletin], folder: Path
) -> list[tuple[Forecast, list[list[str]], int]]:
    out = []
    for bulletin, pages in zip(bulletins, libreoffice_pages(bulletins, folder), strict=True):
        forecast = forecast_bulletin(bulletin, CONFIG)
        assert forecast is not None
        end_page = next(n for n, page in enumerate(pages, 1) if page.end_block)
        out.append((forecast, [p.rows for p in pages], end_page))
    return out


def test_end_block_that_just_fits_and_one_that_just_does_not(
    office_metrics: None, tmp_path: Path
) -> None:
    """The end block takes 5 rows: with 5 free it sits at the foot of the page, with 4 it moves."""
    cases = [
        built([rows_of_text(9)]),  # page 1: 14 rows under the masthead, 5 left
        built([rows_of_text(10)]),  # 4 left
        built([rows_of_text(14), rows_of_text(17, start=400)]),  # page 2: 22 rows, 5 left
        built([rows_of_text(14), rows_of_text(18, start=400)]),  # 4 left
    ]
    results = _laid_out(cases, tmp_path)
    expected = [(1, False), (2, True), (2, False), (3, True)]
    for (forecast, pages, end_page), (pages_wanted, alone) in zip(results, expected, strict=True):
        assert (forecast.pages, forecast.end_alone) == (pages_wanted, alone)
        assert forecast.end_rows == 5
        _compare(forecast, pages, end_page)
        if alone:
            assert not pages[end_page - 1]  # a page with the end block only
        else:
            assert pages[end_page - 1]  # under the last text


def test_heading_and_unit_label_never_end_a_page(office_metrics: None, tmp_path: Path) -> None:
    unit = UnitEntry(unit="历下区", items=[rows_of_text(4, start=900)])
    other = UnitEntry(unit="市中区", items=[rows_of_text(3, start=1200)])
    cases = [
        # The heading would take page 1's last row: it moves to page 2 with its paragraph.
        built([rows_of_text(13)], items=[rows_of_text(3, start=500)]),
        # Heading on row 13, the unit's first line alone on row 14: both move.
        built([rows_of_text(12)], units=[unit]),
        # A unit's first line would be alone on row 14: the whole paragraph moves.
        built([rows_of_text(9)], units=[other, unit]),
        # Heading on row 12, a unit of 3 lines that cannot be split 2 + 1: both move.
        built([rows_of_text(11)], units=[other]),
    ]
    results = _laid_out(cases, tmp_path)
    first_rows = [13, 12, 13, 11]
    for (forecast, pages, end_page), rows in zip(results, first_rows, strict=True):
        _compare(forecast, pages, end_page)
        assert len(pages[0]) == rows == forecast.page_rows[0]
    assert results[0][1][1][0] == "【重点工作动态】"
    assert results[1][1][1][:2] == ["【区县工作动态】", results[1][1][1][1]]
    assert results[1][1][1][1].startswith("【历下区】")
    assert results[2][1][1][0].startswith("【历下区】")
    assert results[3][1][1][:1] == ["【区县工作动态】"]


def test_a_long_distribution_line_wraps_into_a_row_of_its_own(
    office_metrics: None, tmp_path: Path
) -> None:
    """发：… over two lines: the end block needs 6 rows, and takes them in LibreOffice."""
    from zhoubao_cli.config import Distribution

    long_line = "各区县（功能区）科技管理部门，市直有关部门，驻济高校、科研院所和重点企业"
    end = CONFIG.end_block.model_copy(
        update={
            "distribution": [
                *CONFIG.end_block.distribution[:2],
                Distribution(label="发", text=long_line),
            ]
        }
    )
    config = CONFIG.model_copy(update={"end_block": end})
    fits, moves = built([rows_of_text(8)]), built([rows_of_text(9)])
    for bulletin, pages_wanted in ((fits, 1), (moves, 2)):
        forecast = forecast_bulletin(bulletin, config)
        assert forecast is not None and forecast.end_rows == 6
        pages = libreoffice_pages([bulletin], tmp_path, config)[0]
        end_page = next(n for n, page in enumerate(pages, 1) if page.end_block)
        assert end_page == forecast.pages == pages_wanted
        assert len(pages[end_page - 1].end_block) == 6  # 报, 送, 发 on two lines, two staff lines
