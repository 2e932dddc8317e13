"""The XML of every .docx zhoubao writes, pinned byte for byte: the week, the stats table, the volume.

A change to how the OOXML is built shows here as a changed part. When the change is meant,
regenerate the copies with ZHOUBAO_UPDATE_GOLDEN=1 and read their diff before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from archive_year import make_year
from conftest import GOLDEN, Cli

OOXML_GOLDEN = GOLDEN / "ooxml"
UPDATE = bool(os.environ.get("ZHOUBAO_UPDATE_GOLDEN"))
# When the file was written: the only thing in the package that changes from run to run.
_WHEN = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def parts(docx: Path) -> dict[str, bytes]:
    """Every part of the package by name, with its time stamps blanked."""
    with zipfile.ZipFile(docx) as package:
        found = {name: package.read(name) for name in package.namelist()}
    found["docProps/core.xml"] = _WHEN.sub(rb"\1\2", found["docProps/core.xml"])
    return found


def _pretty(data: bytes) -> list[str]:
    root = etree.fromstring(data)
    return etree.tostring(root, pretty_print=True, encoding="unicode").splitlines()


def assert_opens_cleanly(docx: Path) -> None:
    """openxml-audit: nothing out of the schema, nothing Word would repair."""
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(docx))
    assert result.is_valid and not result.errors, [str(e) for e in result.errors]


def assert_matches_golden(docx: Path, name: str) -> None:
    assert_opens_cleanly(docx)
    folder = OOXML_GOLDEN / name
    made = parts(docx)
    if UPDATE:
        for old in folder.rglob("*"):
            if old.is_file():
                old.unlink()
        for part, data in made.items():
            target = folder / part
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    golden = {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }
    assert sorted(made) == sorted(golden), f"{name}: the package's parts differ"
    for part, data in made.items():
        if data != golden[part]:
            diff = "\n".join(
                difflib.unified_diff(
                    _pretty(golden[part]), _pretty(data), "golden", "made", lineterm="", n=2
                )
            )
            pytest.fail(f"{name}/{part} differs from its golden copy:\n{diff[:6000]}")


def test_the_week_as_rendered(issue18: Cli) -> None:
    result = issue18("render", "--docx")
    assert result.exit_code == 0, result.output
    docx = issue18.folder / "issues" / "第18期" / "市科技局创新创业工作周报第18期.docx"
    assert_matches_golden(docx, "issue18")


@pytest.fixture
def year(tmp_path: Path) -> Cli:
    make_year(tmp_path / "year")
    return Cli(tmp_path / "year")


def test_the_stats_table(year: Cli, tmp_path: Path) -> None:
    out = tmp_path / "统计表.docx"
    result = year("stats", "--quarter", "2026Q1", "--docx", "-o", out)
    assert result.exit_code == 0, result.output
    assert_matches_golden(out, "stats")


def test_the_volume(year: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without LibreOffice: its page counts would tie the XML to this machine's fonts.
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "")
    result = year("volume", "2026")
    assert result.exit_code == 0, result.output
    assert_matches_golden(
        year.folder / "合订本" / "市科技局创新创业工作周报2026年合订本.docx", "volume"
    )


def test_a_changed_part_is_caught(tmp_path: Path) -> None:
    """The comparison itself: one attribute changed in one part fails it."""
    source = next((OOXML_GOLDEN / "stats").rglob("document.xml"))
    folder = OOXML_GOLDEN / "stats"
    docx = tmp_path / "changed.docx"
    with zipfile.ZipFile(docx, "w") as package:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                if path == source:
                    data = data.replace(b'w:val="single"', b'w:val="double"', 1)
                package.writestr(path.relative_to(folder).as_posix(), data)
    if UPDATE:
        pytest.skip("updating the golden copies")
    with pytest.raises(pytest.fail.Exception, match=r"document\.xml differs"):
        assert_matches_golden(docx, "stats")
