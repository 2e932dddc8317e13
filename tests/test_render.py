"""render: golden text, the .docx format read back from its XML, LibreOffice, and edit safety."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Twips

from conftest import EXAMPLE_INBOX, GOLDEN, ROOT, Cli, has_soffice
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.fileio import MANIFEST
from zhoubao_cli.render.docx import title_size

CONFIG = parse_config(default_config_text())

NAME = "市科技局创新创业工作周报第18期"
PUBLISHED = (GOLDEN / "published_issue18.txt").read_text("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def output(cli: Cli, suffix: str) -> Path:
    return cli.folder / "issues" / "第18期" / f"{NAME}.{suffix}"


@pytest.fixture
def rendered(issue18: Cli) -> Cli:
    result = issue18("render", "--docx", "--txt", "--md")
    assert result.exit_code == 0, result.output
    assert "提醒" not in result.output
    return issue18


def test_text_matches_golden_and_published(rendered: Cli) -> None:
    text = output(rendered, "txt").read_text("utf-8")
    assert text == (GOLDEN / "issue18.txt").read_text("utf-8")
    assert squash(text) == squash(PUBLISHED)


def test_markdown_matches_golden(rendered: Cli) -> None:
    assert output(rendered, "md").read_text("utf-8") == (GOLDEN / "issue18.md").read_text("utf-8")


def docx_text_in_reading_order(path: Path) -> list[str]:
    body = Document(str(path)).element.body
    texts = []
    for block in body.iterchildren(qn("w:p"), qn("w:tbl")):
        if block.tag == qn("w:p"):
            texts.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        else:
            texts += [
                "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in block.iter(qn("w:p"))
            ]
    return texts


def test_docx_reads_back_as_the_published_text(rendered: Cli) -> None:
    assert squash("".join(docx_text_in_reading_order(output(rendered, "docx")))) == squash(
        PUBLISHED
    )


def _attr(element, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return element.get(qn(name))


def test_docx_page_setup(rendered: Cli) -> None:
    doc = Document(str(output(rendered, "docx")))
    sect = doc.sections[0]._sectPr
    size, margins, grid = (
        sect.find(qn("w:pgSz")),
        sect.find(qn("w:pgMar")),
        sect.find(qn("w:docGrid")),
    )
    assert (_attr(size, "w:w"), _attr(size, "w:h")) == ("11906", "16838")
    assert [_attr(margins, f"w:{k}") for k in ("top", "bottom", "left", "right")] == [
        "2098",
        "1984",
        "1587",
        "1474",
    ]
    assert (_attr(grid, "w:type"), _attr(grid, "w:linePitch")) == ("lines", "579")
    assert 1380 <= int(_attr(margins, "w:footer") or 0) <= 1420  # about 24.7 mm
    assert doc.settings.odd_and_even_pages_header_footer
    assert doc.core_properties.title == NAME
    assert doc.core_properties.author == "济南市科学技术局"


def _fonts(r_pr) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    fonts = r_pr.find(qn("w:rFonts"))
    return {
        slot: _attr(fonts, f"w:{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs", "hint")
    }


def test_docx_normal_style_sets_east_asian_font(rendered: Cli) -> None:
    doc = Document(str(output(rendered, "docx")))
    normal = doc.styles["Normal"].element
    r_pr = normal.find(qn("w:rPr"))
    assert _fonts(r_pr) == {
        "ascii": "仿宋_GB2312",
        "hAnsi": "仿宋_GB2312",
        "eastAsia": "仿宋_GB2312",
        "cs": "仿宋_GB2312",
        "hint": "eastAsia",
    }
    assert _attr(r_pr.find(qn("w:lang")), "w:eastAsia") == "zh-CN"
    assert _attr(r_pr.find(qn("w:sz")), "w:val") == "32"
    spacing = normal.find(qn("w:pPr")).find(qn("w:spacing"))
    assert (_attr(spacing, "w:line"), _attr(spacing, "w:lineRule")) == ("579", "exact")
    # No theme font may leak in from the template's defaults.
    defaults = (
        doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    )
    assert _fonts(defaults)["eastAsia"] == "仿宋_GB2312"
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsiaTheme")) is None


def test_docx_masthead(rendered: Cli) -> None:
    paragraphs = Document(str(output(rendered, "docx"))).paragraphs
    title, number, issuer = paragraphs[0], paragraphs[1], paragraphs[2]
    run = title.runs[0]
    assert title.text == "市科技局创新创业工作周报"
    assert run.font.color.rgb is not None and str(run.font.color.rgb) == "FF0000"
    assert run.font.size.pt == 36  # 42 pt does not fit 12 characters on 156 mm
    assert _fonts(run._r.rPr)["eastAsia"] == "方正小标宋简体"
    assert title.alignment == 1 and number.alignment == 1  # centred
    assert number.text == "第18期"
    assert issuer.text == "济南市科学技术局\t2026年1月30日"
    stop = issuer.paragraph_format.tab_stops[0]
    assert (stop.alignment, round(stop.position.mm)) == (2, 156)  # right tab at the type width
    border = issuer._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert _attr(border, "w:color") == "FF0000"
    assert 12 <= int(_attr(border, "w:sz") or 0) <= 18


def test_docx_body(rendered: Cli) -> None:
    paragraphs = Document(str(output(rendered, "docx"))).paragraphs
    lead = paragraphs[4]
    assert lead.text.startswith("1月29日，市科技局陪同")
    ind = lead._p.pPr.find(qn("w:ind"))
    assert (_attr(ind, "w:firstLineChars"), _attr(ind, "w:firstLine")) == ("200", "640")
    assert lead.alignment == 3  # justified
    headings = [p for p in paragraphs if p.text in ("【重点工作动态】", "【区县工作动态】")]
    assert len(headings) == 2
    assert all(_fonts(p.runs[0]._r.rPr)["eastAsia"] == "黑体" for p in headings)
    items = [p.text for p in paragraphs if p.text.startswith("★")]
    assert len(items) == 3
    labelled = [
        p for p in paragraphs if p.runs and p.runs[0].bold and p.runs[0].text.startswith("【")
    ]
    assert [p.runs[0].text for p in labelled] == [
        "【济南高新区】",
        "【历下区】",
        "【市中区】",
        "【槐荫区】",
        "【天桥区】",
        "【历城区】",
        "【长清区】",
        "【章丘区】",
        "【济阳区】",
        "【莱芜区】",
        "【钢城区】",
        "【平阴县】",
        "【商河县】",
        "【起步区】",
    ]
    assert not any(p.runs[1].bold for p in labelled)


def test_docx_end_block(rendered: Cli) -> None:
    doc = Document(str(output(rendered, "docx")))
    (table,) = doc.tables
    assert [c.text for r in table.rows for c in r.cells] == [
        "报：局主要负责同志、领导班子成员",
        "送：机关各处室、局属各单位",
        "发：各区县（功能区）科技管理部门",
        "编辑：陈静 赵文超　校对：姬扬",
        "审核：蒋旭光 陈萍　联系电话：51708855",
    ]
    tbl_pr = table._tbl.tblPr
    position = tbl_pr.find(qn("w:tblpPr"))
    assert _attr(position, "w:vertAnchor") == "margin"
    # Its offset puts its bottom on the bottom of the type area (225 mm = 12756 twips).
    rows = len(table.rows)
    assert 12756 - int(_attr(position, "w:tblpY") or 0) >= rows * 579
    borders = tbl_pr.find(qn("w:tblBorders"))
    sizes = {
        side: _attr(borders.find(qn(f"w:{side}")), "w:sz") for side in ("top", "bottom", "insideH")
    }
    assert sizes == {"top": "8", "bottom": "8", "insideH": "6"}
    first = table.rows[0].cells[0].paragraphs[0]
    assert first.runs[0].font.size.pt == 14
    fmt = first.paragraph_format
    assert (
        round(fmt.left_indent.pt) == 14 * 3 and round(fmt.first_line_indent.pt) == -28
    )  # after 报：
    assert round(fmt.right_indent.pt) == 14


def test_docx_page_numbers(rendered: Cli) -> None:
    section = Document(str(output(rendered, "docx"))).sections[0]
    for footer, alignment in ((section.footer, 2), (section.even_page_footer, 0)):
        (paragraph,) = footer.paragraphs
        assert paragraph.alignment == alignment
        assert paragraph.text.replace("1", "") == "—  —"
        instructions = [n.text.strip() for n in paragraph._p.iter(qn("w:instrText"))]
        assert instructions == ["PAGE"]
        assert _fonts(paragraph.runs[0]._r.rPr)["eastAsia"] == "宋体"
        assert paragraph.runs[0].font.size.pt == 14
    assert round(section.footer.paragraphs[0].paragraph_format.right_indent.pt) == 14
    assert round(section.even_page_footer.paragraphs[0].paragraph_format.left_indent.pt) == 14


@pytest.mark.parametrize(
    ("title", "size"),
    [
        ("市科技局创新创业工作周报", 36),
        ("科技工作简报", 42),
        ("市科技局创新创业与成果转化工作周报", 26),
    ],
)
def test_title_fits_one_line(title: str, size: float) -> None:
    assert title_size(title, [42, 36, 26], 156) == size


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_lays_it_out(rendered: Cli, tmp_path: Path) -> None:
    """Converted by a real LibreOffice: the pages, the masthead on page 1, the end block at the bottom."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(output(rendered, "docx")),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / f"{NAME}.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert 2 <= pages <= 6
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "市科技局创新创业工作周报" in first and "—1—" in squash(first)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page_height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', bbox).group(1))  # type: ignore[union-attr]
    y_of_end_block = float(re.search(r'yMin="([\d.]+)"[^>]*>报：', bbox).group(1))  # type: ignore[union-attr]
    assert y_of_end_block > page_height * 0.6  # at the bottom of the last page, not after the text


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice (soffice) is not installed")
def test_pdf_output(issue18: Cli) -> None:
    result = issue18("render", "--pdf")
    assert result.exit_code == 0, result.output
    assert output(issue18, "pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(
    not has_soffice() or shutil.which("pdftotext") is None, reason="needs LibreOffice and poppler"
)
def test_pdf_of_a_docx_edited_in_word_shows_the_edits(rendered: Cli) -> None:
    """The editor polished the .docx: the PDF for the leader is that .docx, not a fresh layout."""
    path = output(rendered, "docx")
    doc = Document(str(path))
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("1750万元", "1850万元")
    doc.save(str(path))
    result = rendered("render", "--pdf")
    assert result.exit_code == 0, result.output
    assert "按 Word 里改过的" in result.output
    text = subprocess.run(
        ["pdftotext", str(output(rendered, "pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1850 万元" in text or "1850万元" in text
    assert "1750" not in text


def test_pdf_without_libreoffice(issue18: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "")
    result = issue18("render", "--pdf")
    assert result.exit_code == 1
    assert "需要 LibreOffice" in result.output
    assert not output(issue18, "pdf").exists()


def test_an_edited_docx_is_never_overwritten(rendered: Cli) -> None:
    path = output(rendered, "docx")
    doc = Document(str(path))
    doc.paragraphs[4].add_run("编辑在 Word 里补充的一句话。")
    doc.save(str(path))
    edited = path.read_bytes()
    result = rendered("render")
    assert result.exit_code == 1
    assert "被修改过" in result.output and "--force" in result.output
    assert path.read_bytes() == edited
    forced = rendered("render", "--force")
    assert forced.exit_code == 0
    assert Path(str(path) + ".bak").read_bytes() == edited
    assert path.read_bytes() != edited
    assert rendered("render").exit_code == 0  # our own output may be replaced freely


def test_a_file_we_did_not_write_is_not_overwritten(issue18: Cli) -> None:
    path = output(issue18, "txt")
    path.write_text("编辑自己的文件", "utf-8")
    assert issue18("render", "--txt").exit_code == 1
    assert path.read_text("utf-8") == "编辑自己的文件"


def test_output_path(issue18: Cli, tmp_path: Path) -> None:
    target = tmp_path / "out" / "周报.txt"
    assert issue18("render", "--txt", "-o", target).exit_code == 0
    assert squash(target.read_text("utf-8")) == squash(PUBLISHED)
    both = issue18("render", "--txt", "--md", "-o", target)
    assert both.exit_code == 2 and "和 --txt、--md 不一致" in both.output


def test_locked_file_gets_a_message(issue18: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Word on Windows holds the file open; os.replace then fails with PermissionError."""

    def locked(*_: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    result = issue18("render")
    assert result.exit_code == 1
    assert "被占用" in result.output and "Word 或 WPS" in result.output
    assert not output(issue18, "docx").exists()
    assert not [p for p in output(issue18, "docx").parent.iterdir() if p.name.endswith(".tmp")]


def test_render_warns_about_missing_units(cli: Cli, tmp_path: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("导语.txt", "历下区科技局.txt"):
        (inbox / name).write_bytes((EXAMPLE_INBOX / name).read_bytes())
    (inbox / "坏文件.docx").write_bytes(b"not a zip")
    cli("collect", inbox)
    result = cli("render", "--txt")
    assert result.exit_code == 0
    assert "未报送（13）：" in result.output
    assert "栏目“【重点工作动态】”没有内容" in result.output
    assert "1 个文件出错未采用：坏文件.docx" in result.output
    text = output(cli, "txt").read_text("utf-8")
    assert "【历下区】" in text and "【重点工作动态】" not in text


def test_render_before_collect(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    result = cli("render")
    assert result.exit_code == 2
    assert "还没有汇编过" in result.output


def _reference(path: Path) -> None:
    """An office template: its own margins and a Normal style in 仿宋 15 pt."""
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(30))
    normal = doc.styles["Normal"]
    normal.font.size = Pt(15)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "仿宋")
    doc.add_paragraph("模板里原有的示例文字")
    doc.save(str(path))


def test_reference_docx_supplies_page_setup_and_styles(issue18: Cli) -> None:
    _reference(issue18.folder / "本局模板.docx")
    config = issue18.folder / "zhoubao.toml"
    config.write_text(
        config.read_text("utf-8").replace(
            'reference_docx = ""', 'reference_docx = "本局模板.docx"'
        ),
        "utf-8",
    )
    result = issue18("render")
    assert result.exit_code == 0, result.output
    doc = Document(str(output(issue18, "docx")))
    margins = doc.sections[0]._sectPr.find(qn("w:pgMar"))
    assert _attr(margins, "w:left") == _attr(margins, "w:top") == "1701"  # 30 mm, the template's
    assert doc.styles["Normal"].font.size.pt == 15
    lead = doc.paragraphs[4]
    assert lead.text.startswith("1月29日") and lead.runs[0]._r.rPr is None  # inherits the style
    assert str(doc.paragraphs[0].runs[0].font.color.rgb) == "FF0000"  # the masthead is ours
    texts = "".join(docx_text_in_reading_order(output(issue18, "docx")))
    assert "模板里原有的示例文字" not in texts
    assert squash(texts) == squash(PUBLISHED)
    stop = doc.paragraphs[2].paragraph_format.tab_stops[0]
    assert round(stop.position.mm) == 150  # the template's type width
    # The template has no page numbers, so ours are added.
    assert [n.text.strip() for n in doc.sections[0].footer._element.iter(qn("w:instrText"))] == [
        "PAGE"
    ]


def test_missing_reference_docx_is_a_config_error(issue18: Cli) -> None:
    config = issue18.folder / "zhoubao.toml"
    config.write_text(
        config.read_text("utf-8").replace('reference_docx = ""', 'reference_docx = "没有.docx"'),
        "utf-8",
    )
    result = issue18("render")
    assert result.exit_code == 2
    assert "参考模板" in result.output and "reference_docx" in result.output


def test_full_disk_keeps_the_old_file(rendered: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    path = output(rendered, "txt")
    before = path.read_bytes()

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = rendered("render", "--txt", "--force")
    assert result.exit_code == 1
    assert "无法写入" in result.output and "磁盘空间" in result.output
    assert path.read_bytes() == before


# -- the grid, the fonts, and what Word checks ----------------------------------------------------


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def test_28_characters_a_line_without_a_character_grid(rendered: Cli) -> None:
    """−0.25 pt in the Normal style; a negative charSpace would give LibreOffice 14 a line."""
    path = output(rendered, "docx")
    doc = Document(str(path))
    spacing = doc.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:spacing"))
    assert _attr(spacing, "w:val") == "-5"
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    assert _attr(grid, "w:type") == "lines" and _attr(grid, "w:charSpace") is None
    assert "charSpace" not in _part(path, "word/document.xml")


def test_masthead_has_exact_heights_off_the_grid(rendered: Cli) -> None:
    """Its height is what the forecast assumes: 8 rows of the 22 on page 1 (rule included)."""
    from zhoubao_cli.render.grid import Grid

    paragraphs = Document(str(output(rendered, "docx"))).paragraphs[:4]
    height = 0
    for paragraph in paragraphs:
        p_pr = paragraph._p.pPr
        assert _attr(p_pr.find(qn("w:snapToGrid")), "w:val") == "0"
        fmt = paragraph.paragraph_format
        assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        height += fmt.line_spacing.twips + (fmt.space_before or Twips(0)).twips
    rule = paragraphs[2]._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    height += int(_attr(rule, "w:space") or 0) * 20 + int(_attr(rule, "w:sz") or 0) * 20 // 8
    grid = Grid.of(CONFIG)
    assert height == grid.masthead_height
    assert (12756 - height) // 579 == grid.first_page_rows == 14


def test_headings_keep_with_next_and_units_keep_two_lines(rendered: Cli) -> None:
    paragraphs = Document(str(output(rendered, "docx"))).paragraphs
    headings = [p for p in paragraphs if p.text in ("【重点工作动态】", "【区县工作动态】")]
    assert all(p.paragraph_format.keep_with_next for p in headings)
    units = [p for p in paragraphs if p.runs and p.runs[0].bold]
    assert len(units) == 14 and all(p.paragraph_format.widow_control for p in units)
    items = [p for p in paragraphs if p.text.startswith("★")]
    # As published: an item's last line may stand alone at the top of a page.
    assert not any(p.paragraph_format.widow_control for p in items)
    assert not any(p.paragraph_format.keep_with_next for p in items + units)


def test_end_block_is_whole_grid_rows(rendered: Cli) -> None:
    (table,) = Document(str(output(rendered, "docx"))).tables
    heights = {row._tr.trPr.find(qn("w:trHeight")).get(qn("w:hRule")) for row in table.rows}
    assert heights == {"exact"}
    total = sum(row.height.twips for row in table.rows) + (2 * 8 + 4 * 6) * 20 // 8  # rules
    assert total <= 5 * 579  # rows and rules within 5 grid rows
    position = table._tbl.tblPr.find(qn("w:tblpPr"))
    assert int(_attr(position, "w:tblpY") or 0) == 12756 - 5 * 579  # the foot of the type area


def _fonts_named(path: Path) -> set[str]:
    names = set()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith(".xml") and name != "word/fontTable.xml":
                text = package.read(name).decode("utf-8")
                for fonts in re.findall(r"<w:rFonts ([^>]*)/>", text):
                    names.update(re.findall(r'w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"', fonts))
    return names


def _declared(path: Path) -> dict[str, dict[str, str]]:
    table = _part(path, "word/fontTable.xml")
    out = {}
    for name, body in re.findall(r'<w:font w:name="([^"]+)">(.*?)</w:font>', table):
        out[name] = dict(
            re.findall(r'<w:(altName|charset|family|pitch|panose1) w:val="([^"]+)"', body)
        )
    return out


def test_every_font_is_declared_with_its_windows_stand_in(rendered: Cli) -> None:
    path = output(rendered, "docx")
    declared = _declared(path)
    named = _fonts_named(path)
    assert named == {"仿宋_GB2312", "黑体", "方正小标宋简体", "宋体"}
    for name in named:
        assert set(declared[name]) == {"altName", "charset", "family", "pitch", "panose1"}, name
        assert declared[name]["charset"] == "86"
    assert declared["仿宋_GB2312"]["altName"] == "仿宋"
    assert declared["方正小标宋简体"]["altName"] == "宋体"
    assert declared["黑体"]["altName"] == "SimHei"
    assert declared["方正小标宋简体"]["panose1"] == declared["宋体"]["panose1"]  # a serif 宋 face
    settings = _part(path, "word/settings.xml")
    assert 'w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"' in settings
    with zipfile.ZipFile(path) as package:
        assert not [n for n in package.namelist() if "stylesWithEffects" in n]
        assert "stylesWithEffects" not in package.read("[Content_Types].xml").decode()


def test_fonts_of_the_config_are_declared(issue18: Cli) -> None:
    config = issue18.folder / "zhoubao.toml"
    config.write_text(
        config.read_text("utf-8").replace('body = "仿宋_GB2312"', 'body = "方正仿宋_GBK"'), "utf-8"
    )
    assert issue18("render").exit_code == 0
    declared = _declared(output(issue18, "docx"))
    assert declared["方正仿宋_GBK"]["altName"] == "仿宋"
    assert "仿宋_GB2312" not in declared  # the template's default is not left behind


def test_openxml_audit_finds_nothing_word_would_repair(rendered: Cli) -> None:
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(output(rendered, "docx")))
    assert result.is_valid, [str(e) for e in result.errors]
    assert not result.errors


def test_openxml_audit_still_catches_python_docx_defaults(tmp_path: Path) -> None:
    """The validator is not blind: python-docx's own template fails where ours passes."""
    from openxml_audit import OpenXmlValidator

    path = tmp_path / "default.docx"
    Document().save(str(path))
    assert not OpenXmlValidator().validate(str(path)).is_valid


def test_the_shipped_template_is_the_generator_s(tmp_path: Path) -> None:
    import runpy

    from zhoubao_cli.render.docx import TEMPLATE

    generator = runpy.run_path(str(ROOT / "tools" / "make_template.py"))
    assert generator["build"]() == TEMPLATE.read_bytes()
    assert TEMPLATE.stat().st_size < 10_000


def test_reference_template_gets_our_declarations_and_loses_styles_with_effects(
    issue18: Cli,
) -> None:
    _reference(issue18.folder / "本局模板.docx")  # made by python-docx: stale stylesWithEffects
    config = issue18.folder / "zhoubao.toml"
    config.write_text(
        config.read_text("utf-8").replace(
            'reference_docx = ""', 'reference_docx = "本局模板.docx"'
        ),
        "utf-8",
    )
    assert issue18("render").exit_code == 0
    path = output(issue18, "docx")
    declared = _declared(path)
    assert {"仿宋_GB2312", "黑体", "方正小标宋简体", "宋体", "Calibri"} <= set(declared)
    with zipfile.ZipFile(path) as package:
        assert not [n for n in package.namelist() if "stylesWithEffects" in n]


@pytest.mark.parametrize(
    ("title", "size", "scale"),
    [
        ("市科技局创新创业与科技成果转化工作周报", 26, 89),  # 19 characters: squeezed
        # Latin letters counted wide, as a title face sets them: squeezed, then smaller.
        ("市科学技术局创新创业与科技成果转化工作周报（Weekly Report）", 19, 75),
    ],
)
def test_a_title_too_long_for_any_size_is_squeezed_and_said(
    issue18: Cli, title: str, size: float, scale: int
) -> None:
    from zhoubao_cli.render.docx import title_ems

    assert title_ems(title) * size * scale / 100 <= 442.25  # one line of the type area
    config = issue18.folder / "zhoubao.toml"
    config.write_text(
        config.read_text("utf-8").replace(
            'title = "市科技局创新创业工作周报"', f'title = "{title}"'
        ),
        "utf-8",
    )
    result = issue18("render")
    assert result.exit_code == 0, result.output
    assert f"说明：报头标题“{title}”在 26 磅时一行排不下" in result.output
    assert f"横向压缩为 {scale}%" in result.output
    assert ("缩小为" in result.output) == (size < 26)
    path = cli_output(issue18, title)
    run = Document(str(path)).paragraphs[0].runs[0]
    assert run.font.size.pt == size
    assert _attr(run._r.rPr.find(qn("w:w")), "w:val") == str(scale)


def cli_output(cli: Cli, title: str) -> Path:
    return cli.folder / "issues" / "第18期" / f"{title}第18期.docx"


# -- where the outputs go -----------------------------------------------------------------------


def test_o_to_a_folder_writes_the_default_names_there(issue18: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "发群里"
    result = issue18("render", "--txt", "--md", "-o", folder)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == [f"{NAME}.md", f"{NAME}.txt"]


def test_o_decides_the_format_by_its_extension(issue18: Cli, tmp_path: Path) -> None:
    assert issue18("render", "-o", tmp_path / "周报.md").exit_code == 0
    assert (tmp_path / "周报.md").read_text("utf-8").startswith("# 市科技局创新创业工作周报")
    wrong = issue18("render", "-o", tmp_path / "周报.doc")
    assert wrong.exit_code == 2 and "不认识扩展名“.doc”" in wrong.output
    mixed = issue18("render", "--docx", "-o", tmp_path / "周报.pdf")
    assert mixed.exit_code == 2 and "和 --docx 不一致" in mixed.output
    assert not (tmp_path / "周报.pdf").exists()


def test_the_record_of_outputs_stays_in_the_issue_folder(issue18: Cli, tmp_path: Path) -> None:
    target = tmp_path / "桌面" / "周报.txt"
    assert issue18("render", "-o", target).exit_code == 0
    assert [p.name for p in target.parent.iterdir()] == ["周报.txt"]  # nothing beside it
    record = json.loads((issue18.folder / "issues" / "第18期" / MANIFEST).read_text("utf-8"))
    assert str(target.resolve()) in record
    target.write_text("编辑改过的文字", "utf-8")
    refused = issue18("render", "-o", target)
    assert refused.exit_code == 1 and "被修改过" in refused.output
    assert target.read_text("utf-8") == "编辑改过的文字"
