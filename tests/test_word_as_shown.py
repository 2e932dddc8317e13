"""Reading .docx as Word shows it: revisions, hidden text, content controls, embedded documents,
templates, pictures and passwords — built with the XML Word writes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from conftest import Cli, files_said
from zhoubao_cli.content import Extracted
from zhoubao_cli.errors import InputError
from zhoubao_cli.sources.docx import read_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_with(
    body: str, styles: str = "", chunks: dict[str, tuple[str, bytes]] | None = None
) -> bytes:
    """A real .docx whose body is `body` (WordprocessingML without the namespace declaration)."""
    doc = Document()
    root = doc.element.body
    for child in list(root):
        if not child.tag.endswith("sectPr"):
            root.remove(child)
    rel_ids = {}
    for name, (content_type, blob) in (chunks or {}).items():
        part = Part(PackURI(f"/word/{name}"), content_type, blob, doc.part.package)
        rel_ids[name] = doc.part.relate_to(part, RT.A_F_CHUNK)
    for name, rel_id in rel_ids.items():
        body = body.replace("{" + name + "}", rel_id)
    for element in parse_xml(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:body>'):
        root.insert(len(root) - 1, element)
    if styles:
        doc.styles.element.append(parse_xml(f'<w:style xmlns:w="{W_NS}" {styles}'))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def read(data: bytes) -> Extracted:
    return read_docx(io.BytesIO(data), "x.docx", 2**24)


def text_of(data: bytes) -> list[str]:
    return [p for p in read(data).pieces if isinstance(p, str) and p]


def p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def r(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_moved_text_is_read_once_where_it_went() -> None:
    data = docx_with(
        p(
            r("2月3日，召开推进会，")
            + '<w:moveFrom w:id="1" w:author="a">'
            + r("会议部署全年工作。")
            + "</w:moveFrom>"
        )
        + p(
            r("2月4日，走访企业。")
            + '<w:moveTo w:id="2" w:author="a">'
            + r("会议部署全年工作。")
            + "</w:moveTo>"
        )
    )
    assert text_of(data) == ["2月3日，召开推进会，", "2月4日，走访企业。会议部署全年工作。"]
    assert read(data).dropped[0].text == "会议部署全年工作。"


def test_insertions_are_read_and_deletions_are_not() -> None:
    data = docx_with(
        p(
            r("审核")
            + '<w:del w:id="1" w:author="a"><w:r><w:delText>9</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="a">'
            + r("5")
            + "</w:ins>"
            + r("笔贷款。")
        )
    )
    assert text_of(data) == ["审核5笔贷款。"]
    assert [d.text for d in read(data).dropped] == ["9"]


def test_a_deleted_paragraph_mark_joins_two_paragraphs() -> None:
    data = docx_with(
        p('<w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>' + r("2月3日，召开"))
        + p(r("推进会。"))
    )
    assert text_of(data) == ["2月3日，召开推进会。"]


def test_hidden_text_is_not_read() -> None:
    styles = 'w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>'
    data = docx_with(
        p(r("2月3日，召开推进会。") + r("（内部备注：未定稿）", "<w:vanish/>"))
        + p(r("隐藏段落。", '<w:rStyle w:val="Secret"/>'))
        + p(r("显示的。", '<w:vanish w:val="0"/>')),
        styles,
    )
    assert text_of(data) == ["2月3日，召开推进会。", "显示的。"]
    assert {d.text for d in read(data).dropped} == {"（内部备注：未定稿）", "隐藏段落。"}


def test_an_unfilled_content_control_is_not_read() -> None:
    data = docx_with(
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + p(r("单击或点击此处输入文字。"))
        + "</w:sdtContent></w:sdt>"
        + p(
            "<w:sdt><w:sdtPr/><w:sdtContent>"
            + r("2月3日，召开推进会。")
            + "</w:sdtContent></w:sdt>"
        )
    )
    assert text_of(data) == ["2月3日，召开推进会。"]
    assert read(data).dropped[0].text == "单击或点击此处输入文字。"


def test_embedded_documents_are_read_in_place() -> None:
    html = "<html><body><p>2月3日，召开推进会。</p><p>2月4日，走访&nbsp;企业。</p></body></html>"
    mht = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        + "<p>2月5日，组织培训。</p>".encode("gb2312").replace(b"=", b"=3D")
        + b"\r\n--b--\r\n"
    )
    inner = Document()
    inner.add_paragraph("2月6日，调研平台。")
    buffer = io.BytesIO()
    inner.save(buffer)
    data = docx_with(
        '<w:altChunk r:id="{a.htm}"/><w:altChunk r:id="{b.mht}"/><w:altChunk r:id="{c.docx}"/>'
        + p(r("正文。")),
        chunks={
            "a.htm": ("text/html", html.encode()),
            "b.mht": ("message/rfc822", mht),
            "c.docx": (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                buffer.getvalue(),
            ),
        },
    )
    assert text_of(data) == [
        "2月3日，召开推进会。",
        "2月4日，走访 企业。",
        "2月5日，组织培训。",
        "2月6日，调研平台。",
        "正文。",
    ]


def test_an_embedded_document_zhoubao_cannot_read_is_an_error() -> None:
    data = docx_with(
        '<w:altChunk r:id="{a.rtf}"/>', chunks={"a.rtf": ("application/rtf", b"{\\rtf1 x}")}
    )
    with pytest.raises(InputError, match="嵌入了一份 zhoubao 读不出的文档"):
        read(data)


def test_tables_keep_their_cells_apart() -> None:
    data = docx_with(
        "<w:tbl>"
        "<w:tr><w:tc>"
        + p(r("1"))
        + "</w:tc><w:tc>"
        + p(r("2月3日，召开推进会。"))
        + "</w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>"
        + p("")
        + "</w:tc><w:tc>"
        + p(r("续。"))
        + "</w:tc></w:tr>"
        "</w:tbl>"
    )
    (table,) = [piece for piece in read(data).pieces if not isinstance(piece, str)]
    assert table.rows == [["1", "2月3日，召开推进会。"], [None, "续。"]]


@pytest.fixture
def issue19(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


def collect(cli: Cli, inbox: Path) -> dict:  # type: ignore[type-arg]
    result = cli("collect", inbox, "--json")
    return files_said(json.loads(result.stdout))


def test_templates_and_files_without_an_extension_are_read_by_content(
    issue19: Cli, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    body = docx_with(p(r("2月3日，召开推进会。")))
    (inbox / "历下区.dotx").write_bytes(body)
    (inbox / "市中区").write_bytes(body)
    (inbox / "槐荫区.docx.download").write_bytes(body)
    files = collect(issue19, inbox)
    assert {name: f["status"] for name, f in files.items()} == dict.fromkeys(files, "ok")


def test_a_file_of_pictures_only_says_so(issue19: Cli, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.docx").write_bytes(
        docx_with(p("<w:r><w:drawing/></w:r>") + p("<w:r><w:pict/></w:r>"))
    )
    (file,) = collect(issue19, inbox).values()
    assert file["status"] == "error"
    assert "只有图片（2 处）" in file["messages"][0]


def test_a_password_is_named_without_starting_libreoffice(
    issue19: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    plain = io.BytesIO(docx_with(p(r("2月3日，召开推进会。"))))
    locked = io.BytesIO()
    OOXMLFile(plain).encrypt("secret", locked)
    assert msoffcrypto  # the library that made it
    (inbox / "历下区-第19期.docx").write_bytes(locked.getvalue())
    (inbox / "市中区.doc").write_bytes(locked.getvalue())  # the same, named as an old .doc
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "/nonexistent/soffice")  # would fail if started
    files = collect(issue19, inbox)
    for name, file in files.items():
        assert file["status"] == "error"
        assert "设有打开密码" in file["messages"][0], name
        assert "LibreOffice" not in file["messages"][0]
