"""Chinese text stays Chinese: zh-CN defaults in the .docx, and Chinese stand-in faces in the PDF."""

from __future__ import annotations

import ctypes
import shutil
from pathlib import Path

import pytest
from docx import Document

from conftest import Cli, has_soffice
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.render import fonts
from zhoubao_cli.render.docx import DocxWriter
from zhoubao_cli.render.ooxml import clark
from zhoubao_cli.sources import legacy

CONFIG = parse_config(default_config_text())
NAME = "市科技局创新创业工作周报第18期"


def test_a_japanese_reference_template_gets_chinese_defaults(tmp_path: Path) -> None:
    """python-docx's own template says eastAsia en-US, and ja-JP for the theme's fonts."""
    reference = tmp_path / "模板.docx"
    Document().save(str(reference))
    before = Document(str(reference))
    theme_lang = before.settings.element.find(clark("w:themeFontLang"))
    assert theme_lang.get(clark("w:eastAsia")) == "ja-JP"
    doc = DocxWriter(CONFIG, reference).doc
    lang = doc.styles.element.find(
        "/".join(clark(t) for t in ("w:docDefaults", "w:rPrDefault", "w:rPr", "w:lang"))
    )
    assert lang.get(clark("w:eastAsia")) == "zh-CN"
    assert lang.get(clark("w:val")) == "en-US"  # Latin text keeps its language
    theme_lang = doc.settings.element.find(clark("w:themeFontLang"))
    assert theme_lang.get(clark("w:eastAsia")) == "zh-CN"


def test_our_template_says_zh_cn_too() -> None:
    doc = DocxWriter(CONFIG).doc
    lang = doc.styles.element.find(f".//{clark('w:rPrDefault')}//{clark('w:lang')}")
    assert lang.get(clark("w:eastAsia")) == "zh-CN"


NOTO = {"Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK JP", "DejaVu Sans"}


def test_missing_office_fonts_get_a_chinese_face_of_their_kind() -> None:
    names = ["仿宋_GB2312", "仿宋", "宋体", "方正小标宋简体", "黑体", "楷体", "Times New Roman"]
    assert fonts.stand_ins(names, NOTO) == {
        "仿宋_GB2312": "Noto Serif CJK SC",
        "仿宋": "Noto Serif CJK SC",
        "宋体": "Noto Serif CJK SC",
        "方正小标宋简体": "Noto Serif CJK SC",
        "黑体": "Noto Sans CJK SC",
        "楷体": "Noto Serif CJK SC",
    }
    # An installed font is drawn as it is (known by its English name here).
    assert "仿宋_GB2312" not in fonts.stand_ins(names, {*NOTO, "FangSong_GB2312"})
    # Only a sans installed: the serif faces take it rather than LibreOffice's own guess.
    assert fonts.stand_ins(["宋体"], {"Noto Sans CJK SC"}) == {"宋体": "Noto Sans CJK SC"}
    assert fonts.stand_ins(names, set()) == {} == fonts.stand_ins(names, None)


def test_the_profile_lists_the_stand_ins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The office fonts zhoubao knows, and any other Chinese font a .docx declares."""
    from xml.etree import ElementTree

    monkeypatch.setattr(fonts, "installed_families", lambda: NOTO)
    config = parse_config(
        default_config_text().replace('body = "仿宋_GB2312"', 'body = "方正仿宋简体"')
    )
    source = tmp_path / "a.docx"
    DocxWriter(config).doc.save(str(source))
    assert "方正仿宋简体" in fonts.declared_in(source)
    legacy.write_profile(tmp_path / "profile", [source])
    xcu = tmp_path / "profile" / "user" / "registrymodifications.xcu"
    oor = "{http://openoffice.org/2001/registry}"
    values: dict[str, dict[str, str]] = {}
    for item in ElementTree.parse(xcu).getroot():
        for node in [item, *item]:
            props = {p.get(f"{oor}name"): p.findtext("value") for p in node.findall("prop")}
            values[node.get(f"{oor}name") or item.get(f"{oor}path")] = props
    assert values["/org.openoffice.Office.Common/Font/Substitution"] == {"Replacement": "true"}
    pairs = {v["ReplaceFont"]: v["SubstituteFont"] for v in values.values() if "ReplaceFont" in v}
    assert pairs == fonts.stand_ins([*fonts.KNOWN, "方正仿宋简体"], NOTO)
    assert pairs["方正仿宋简体"] == "Noto Serif CJK SC" and pairs["黑体"] == "Noto Sans CJK SC"
    # LibreOffice 7 applies a pair only when it is marked Always.
    assert {v["Always"] for v in values.values() if "ReplaceFont" in v} == {"true"}


def test_nothing_to_stand_in_writes_no_font_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "installed_families", lambda: None)  # cannot tell: leave it
    legacy.write_profile(tmp_path / "profile", [])
    settings = (tmp_path / "profile/user/registrymodifications.xcu").read_text("utf-8")
    assert "Font/Substitution" not in settings
    assert "BlockUntrustedRefererLinks" in settings  # the profile still loads nothing remote


def _has(family: str) -> bool:
    families = fonts.installed_families() or set()
    return family in families


def _font_of(pdf: Path, page_number: int, text: str) -> str:
    """The PDF font the first character of text is drawn in, on that page (from 1)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[page_number - 1].get_textpage()
        shown = page.get_text_range()
        # pdfium puts spaces between Chinese and digits: find the text without them.
        squeezed, where = "", []
        for index, ch in enumerate(shown):
            if not ch.isspace():
                squeezed += ch
                where.append(index)
        found = squeezed.find(text)
        assert found >= 0, f"{text} not on page {page_number}"
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(page, where[found], buffer, 256, ctypes.byref(flags))
        return buffer.value.decode()
    finally:
        document.close()


@pytest.mark.skipif(not has_soffice(), reason="needs LibreOffice")
@pytest.mark.skipif(shutil.which("fc-list") is None, reason="needs fontconfig (fc-list)")
def test_libreoffice_draws_the_body_serif_and_headings_sans(issue18: Cli) -> None:
    pytest.importorskip("pypdfium2")
    if not (_has("Noto Serif CJK SC") and _has("Noto Sans CJK SC")):
        pytest.skip("needs Noto Serif CJK SC and Noto Sans CJK SC (fonts-noto-cjk)")
    if _has("仿宋_GB2312") or _has("FangSong_GB2312"):
        pytest.skip("this machine has the office fonts: nothing stands in")
    result = issue18("render", "--pdf")
    assert result.exit_code == 0, result.output
    pdf = issue18.folder / "issues" / "第18期" / f"{NAME}.pdf"
    # LibreOffice names every face of the Noto CJK collection after its Japanese one (…CJKjp-…):
    # the collection shares one CFF table. The faces differ by family: serif or sans.
    serif, sans = "NotoSerifCJK", "NotoSansCJK"
    assert _font_of(pdf, 1, "市科技局创新创业工作周报").startswith(serif)  # 方正小标宋简体
    assert _font_of(pdf, 1, "市科技局陪同谢堃同志调研").startswith(serif)  # 仿宋_GB2312
    assert _font_of(pdf, 1, "【重点工作动态】").startswith(sans)  # 黑体
    assert _font_of(pdf, 2, "业务骨干系统学习").startswith(serif)
