"""Word packages read wherever their parts are: a main part of another name (word/document2.xml,
found through _rels/.rels), Strict OOXML, and the unit named only in the page header."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import Cli
from test_line_breaks import printed
from zhoubao_cli.sources.docx import read_docx

ONE = "2月3日，召开科技创新推进会，企业20家参加。"
TWO = "2月4日，组织企业参加政策培训。"
STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
        "http://purl.oclc.org/ooxml/wordprocessingml/main"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        "http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
    "http://schemas.openxmlformats.org/drawingml/2006/": "http://purl.oclc.org/ooxml/drawingml/",
}


def word_file(path: Path, *, header: str | None = None, table: bool = False) -> None:
    document = docx.Document()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(ONE)
    if table:
        grid = document.add_table(rows=2, cols=2)
        for row, (when, what) in zip(
            grid.rows, [("时间", "工作内容"), ("2月4日", "组织企业参加政策培训")], strict=True
        ):
            row.cells[0].text, row.cells[1].text = when, what
    else:
        document.add_paragraph(TWO)
    document.save(str(path))


def rewrite(path: Path, change: dict[str, str], rename: dict[str, str]) -> None:
    """The package again, each text part with `change` made and parts renamed."""
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            if name.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for a, b in change.items():
                    text = text.replace(a, b)
                data = text.encode("utf-8")
            new.writestr(rename.get(name, name), data)


def rename_main(path: Path, main: str) -> None:
    folder, base = main.rsplit("/", 1)
    rewrite(
        path,
        {"/word/document.xml": f"/{main}", '"word/document.xml"': f'"{main}"'},
        {"word/document.xml": main, "word/_rels/document.xml.rels": f"{folder}/_rels/{base}.rels"},
    )
    with zipfile.ZipFile(path) as package:
        assert "word/document.xml" not in package.namelist()


def make_strict(path: Path) -> None:
    rewrite(path, STRICT, {})  # relationship types too: …/officeDocument/relationships/header
    with zipfile.ZipFile(path) as package:
        text = package.read("word/document.xml").decode()
        assert "purl.oclc.org/ooxml/wordprocessingml/main" in text
        assert re.search("schemas.openxmlformats.org/wordprocessingml", text) is None


@pytest.mark.parametrize("main", ["word/document2.xml", "word/main.xml", "content/doc.xml"])
@pytest.mark.parametrize("table", [False, True])
def test_a_main_part_of_another_name(tmp_path: Path, main: str, table: bool) -> None:
    path = tmp_path / "历下区.docx"
    word_file(path, table=table)
    rename_main(path, main)
    pieces = read_docx(path, path.name, 1 << 26).pieces
    text = "\n".join(p if isinstance(p, str) else str(p.rows) for p in pieces)
    assert ONE in text and ("组织企业参加政策培训" in text)


@pytest.mark.parametrize("table", [False, True])
def test_strict_ooxml(tmp_path: Path, table: bool) -> None:
    path = tmp_path / "历下区.docx"
    word_file(path, table=table)
    make_strict(path)
    pieces = read_docx(path, path.name, 1 << 26).pieces
    text = "\n".join(p if isinstance(p, str) else str(p.rows) for p in pieces)
    assert ONE in text and "组织企业参加政策培训" in text


def test_a_strict_package_with_a_renamed_main_part_and_a_header(tmp_path: Path) -> None:
    path = tmp_path / "第19期动态.docx"
    word_file(path, header="济南市历下区科学技术局")
    make_strict(path)
    rename_main(path, "word/document2.xml")
    extracted = read_docx(path, path.name, 1 << 26)
    assert extracted.header == ["济南市历下区科学技术局"]
    assert ONE in extracted.pieces


@pytest.mark.parametrize("kind", ["plain", "strict", "renamed"])
def test_collect_uses_the_page_header_for_the_unit(cli: Cli, tmp_path: Path, kind: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "第19期动态.docx"
    word_file(path, header="济南市章丘区科学技术局")
    if kind == "strict":
        make_strict(path)
    elif kind == "renamed":
        rename_main(path, "word/document2.xml")
    assert printed(cli, inbox) == {"章丘区": ONE[:-1] + "；" + TWO}


def test_hard_negatives_the_name_and_the_text_win_over_the_header(cli: Cli, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    word_file(inbox / "历下区.docx", header="济南市章丘区科学技术局")
    word_file(inbox / "汇总.docx", header="济南市科学技术局")  # the bureau: no unit
    got = printed(cli, inbox)
    assert "章丘区" not in got and got["历下区"] == ONE[:-1] + "；" + TWO
