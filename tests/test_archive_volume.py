"""volume: a year bound in one .docx, laid out by LibreOffice: cover, contents, running numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from archive_year import DATES, make_year
from conftest import Cli, has_soffice

NAME = "市科技局创新创业工作周报2026年合订本"


@pytest.fixture
def year(tmp_path: Path) -> Cli:
    make_year(tmp_path / "year")
    return Cli(tmp_path / "year")


def contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The contents' lines as saved (what LibreOffice shows of a TOC field)."""
    body = list(doc.element.body.iter(qn("w:p")))
    start = next(
        i for i, p in enumerate(body) if "TOC" in "".join(t.text for t in p.iter(qn("w:instrText")))
    )
    lines = []
    for p in body[start:]:
        lines.append(_text(p))
        if any(c.get(qn("w:fldCharType")) == "end" for c in p.iter(qn("w:fldChar"))):
            break
    return lines


def _text(p) -> str:  # type: ignore[no-untyped-def]
    out = []
    for run in p.iter(qn("w:r")):  # not the tab stops in the paragraph's properties
        for node in run.iterchildren(qn("w:t"), qn("w:tab")):
            out.append("\t" if node.tag == qn("w:tab") else node.text or "")
    return "".join(out)


@pytest.mark.skipif(
    not has_soffice() or shutil.which("pdftotext") is None, reason="needs LibreOffice and poppler"
)
def test_volume_contents_point_at_the_pages_libreoffice_prints(year: Cli) -> None:
    result = year("volume", "2026", "--pdf")
    assert result.exit_code == 0, result.output
    folder = year.folder / "合订本"
    doc = Document(str(folder / f"{NAME}.docx"))
    lines = contents(doc)
    assert [line.split("\t")[0] for line in lines] == [
        f"第{n}期（{d.year}年{d.month}月{d.day}日）" for n, d in enumerate(DATES, start=1)
    ]
    pages = [int(line.split("\t")[1]) for line in lines]
    instructions = "".join(t.text for t in doc.element.body.iter(qn("w:instrText")))
    assert "TOC \\f" in instructions
    assert instructions.count(" TC ") == len(DATES)
    # Cover and contents in a section without page numbers; the issues numbered from 1.
    sections = doc.sections
    assert len(sections) == 2
    assert sections[1]._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    pdf = folder / f"{NAME}.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    total = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    assert total >= 2 + len(DATES)
    for number, page in enumerate(pages, start=1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page + 2), "-l", str(page + 2), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert f"第{number}期" in text.replace(" ", "")  # the issue's masthead is on that page
        # ...and the page number printed there is the one the contents give.
        assert re.search(f"—\\s*{page}\\s*—", text)
    cover = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "2026年合订本" in cover.replace(" ", "") and "—" not in cover


def test_without_libreoffice_word_is_asked_to_number_the_contents(
    year: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "")
    result = year("volume", "2026")
    assert result.exit_code == 0, result.output
    assert "更新目录" in result.output
    doc = Document(str(year.folder / "合订本" / f"{NAME}.docx"))
    assert all(line.endswith("\t") for line in contents(doc))
    assert doc.settings.element.find(qn("w:updateFields")) is not None
    assert year("volume", "2026", "--pdf").exit_code == 1


def test_a_year_without_issues(year: Cli) -> None:
    result = year("volume", "2025")
    assert result.exit_code == 2
    assert "2025年还没有" in result.output
