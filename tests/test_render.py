"""render: golden text, the .docx format read back from its XML, LibreOffice, and edit safety."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from conftest import EXAMPLE_INBOX, GOLDEN, Cli, has_soffice
from zhoubao_cli.render.docx import title_size

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
    assert "本期缺少 13 个单位的材料" in result.output
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
