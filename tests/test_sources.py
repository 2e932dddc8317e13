"""Reading submissions: encodings and real .docx files."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.errors import InputError
from zhoubao_cli.sources.docx import read_docx_lines
from zhoubao_cli.sources.text import decode_text

TEXT = (
    "【历下区】1月30日，与济南大学专家围绕脑机接口产业发展进行专题座谈。\n本周审核5笔贷款1750万元。"
)


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8（带 BOM）"),
        (TEXT.encode("gbk"), "GB18030/GBK"),
        (TEXT.encode("gb18030"), "GB18030/GBK"),
        ("𠀀𪚥 生僻字".encode("gb18030"), "GB18030/GBK"),  # four-byte GB18030
        (TEXT.encode("utf-16"), "UTF-16"),  # with BOM, as Notepad writes it
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
    ],
)
def test_encodings(data: bytes, label: str) -> None:
    text, found = decode_text(data, "x.txt")
    assert found == label
    assert text.lstrip("\ufeff") in (TEXT, "𠀀𪚥 生僻字")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_goes_to_the_detector(codec: str) -> None:
    text, label = decode_text(TEXT.encode(codec), "x.txt")
    assert text == TEXT
    assert label == codec.upper()


def test_short_gbk_text_is_not_mistaken_for_big5() -> None:
    assert decode_text("你好".encode("gbk"), "x.txt")[0] == "你好"


def test_undecodable_bytes_are_an_error_not_mojibake() -> None:
    with pytest.raises(InputError, match=r"x\.txt：无法识别编码"):
        decode_text("历下区".encode("gbk") + b"\xff\xfe\x81\x00\x80", "x.txt")


def _everyday_characters() -> list[str]:
    """The 3,755 characters of GB2312 level 1, the ones real text is made of."""
    chars = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


EVERYDAY = _everyday_characters()


@given(st.text(alphabet=st.sampled_from(EVERYDAY), min_size=1))
def test_any_chinese_text_in_gbk_round_trips(text: str) -> None:
    assert decode_text(text.encode("gbk"), "x.txt")[0] == text


@given(st.text(alphabet=st.sampled_from(EVERYDAY), min_size=1))
def test_any_chinese_text_in_utf8_round_trips(text: str) -> None:
    assert decode_text(text.encode("utf-8"), "x.txt")[0] == text


def test_ambiguous_short_bytes_read_as_the_everyday_text() -> None:
    assert decode_text("卯".encode("gbk"), "x.txt")[0] == "卯"  # not 'î'
    assert decode_text("你好".encode(), "x.txt")[0] == "你好"  # not '浣犲ソ'


submission_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("，。、；：？！“”‘’（）《》【】…—★\n\t"),
    ),
    min_size=1,
)


@given(submission_text)
def test_any_utf8_text_round_trips(text: str) -> None:
    assert decode_text(text.encode("utf-8"), "x.txt")[0] == text


def _docx(tmp_path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("标题行")
    p = doc.add_paragraph("第一行")
    p.add_run().add_break()
    p.add_run("第二行")
    doc.add_paragraph("")
    split = doc.add_paragraph()
    for part in ("分成", "三个", "run。"):
        split.add_run(part)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "表格左"
    table.cell(0, 1).text = "表格右"
    merged = doc.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格"
    last = doc.add_paragraph("分页前")
    last.add_run().add_break(WD_BREAK.PAGE)
    last.add_run("分页后")
    path = tmp_path / "a.docx"
    doc.save(path)
    return path


def test_docx_paragraphs_breaks_tables(tmp_path: Path) -> None:
    lines = read_docx_lines(_docx(tmp_path), "a.docx", 2**20)
    assert [line for line in lines if line] == [
        "标题行",
        "第一行",
        "第二行",
        "分成三个run。",
        "表格左",
        "表格右",
        "合并单元格",
        "分页前",
        "分页后",
    ]
    # The empty paragraph and the page break stay paragraph boundaries.
    assert lines[lines.index("第二行") + 1] == ""
    assert lines[lines.index("分页前") + 1] == ""


def test_truncated_docx(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(_docx(tmp_path).read_bytes()[:2000])
    with pytest.raises(InputError, match=r"不是有效的 \.docx"):
        read_docx_lines(path, "t.docx", 2**20)


def test_zip_bomb_is_refused_within_the_cap(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (8 * 2**20))
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="解压后超过"):
        read_docx_lines(path, "bomb.docx", 2**20)


def test_zip_without_document(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="没有 Word 正文"):
        read_docx_lines(path, "x.docx", 2**20)


def test_text_box_fallback_is_read_once(tmp_path: Path) -> None:
    """Word stores a text box as DrawingML and again as a VML fallback; it is read once, after
    the paragraph that anchors it."""
    from docx.oxml import parse_xml

    doc = Document()
    paragraph = doc.add_paragraph("正文。")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = (
        f'<w:r xmlns:w="{w}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        "<w:txbxContent><w:p><w:r><w:t>文本框。</w:t></w:r></w:p></w:txbxContent>"
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框。</w:t>"
        "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(box))
    path = tmp_path / "box.docx"
    doc.save(path)
    assert [line for line in read_docx_lines(path, "box.docx", 2**20) if line] == [
        "正文。",
        "文本框。",
    ]
