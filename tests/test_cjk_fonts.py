"""Chinese text stays Chinese: zh-CN defaults in the .docx, and Chinese stand-in faces in the PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.render.docx import DocxWriter
from zhoubao_cli.render.ooxml import clark

CONFIG = parse_config(default_config_text())


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
