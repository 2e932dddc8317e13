"""Small generated files built to exhaust a reader: each is a few kilobytes that would unpack,
nest or repeat into far more than a week's submission. Shared by test_limits.py and test_fuzz.py.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from functools import cache

from docx import Document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SENTENCE = "2月3日，组织召开科技成果转化对接会，推动高校院所与企业精准对接，促成合作项目多项。"
_CHUNK_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@cache
def _template() -> dict[str, bytes]:
    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer) as source:
        return {name: source.read(name) for name in source.namelist()}


def docx_with_body(
    body: str | bytes,
    *,
    extra: dict[str, bytes] | None = None,
    rels: str = "",
    content_types: str = "",
    minimal: bool = False,
) -> bytes:
    """A real .docx (python-docx's own parts) whose <w:body> holds body; minimal: only the parts
    a reader needs (no styles, theme, settings)."""
    parts = dict(_template())
    if minimal:
        needed = ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/")
        parts = {name: data for name, data in parts.items() if name.startswith(needed)}
    xml = parts["word/document.xml"]
    start = xml.index(b"<w:body>") + len(b"<w:body>")
    inner = body.encode() if isinstance(body, str) else body
    parts["word/document.xml"] = xml[:start] + inner + xml[start:]
    if rels:
        old = parts["word/_rels/document.xml.rels"]
        parts["word/_rels/document.xml.rels"] = old.replace(
            b"</Relationships>", rels.encode() + b"</Relationships>"
        )
    if content_types:
        old = parts["[Content_Types].xml"]
        parts["[Content_Types].xml"] = old.replace(
            b"</Types>", content_types.encode() + b"</Types>"
        )
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return buffer.getvalue()


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def altchunk_bomb(levels: int = 7, fanout: int = 10) -> bytes:
    """Each level embeds the level below ten times: 10**7 copies of a paragraph from ~2 KB."""
    inner = docx_with_body(paragraphs([SENTENCE] * 20), minimal=True)
    for _ in range(levels):
        body = "".join(f'<w:altChunk r:id="rIdChunk{i}"/>' for i in range(fanout))
        rels = "".join(
            f'<Relationship Id="rIdChunk{i}" Type="{R_NS}/aFChunk" Target="chunk.docx"/>'
            for i in range(fanout)
        )
        inner = docx_with_body(
            body,
            extra={"word/chunk.docx": inner},
            rels=rels,
            content_types=f'<Override PartName="/word/chunk.docx" ContentType="{_CHUNK_TYPE}"/>',
            minimal=True,
        )
    return inner


def tiny_paragraphs(count: int = 99_000) -> bytes:
    """One character a paragraph: within the character limit, one line a character."""
    return docx_with_body("<w:p><w:r><w:t>字</w:t></w:r></w:p>" * count, minimal=True)


def empty_paragraphs(megabytes: int = 48) -> bytes:
    """Millions of <w:p/>: no text at all, so the character limit never stops it."""
    return docx_with_body(b"<w:p/>" * (megabytes * 2**20 // 6), minimal=True)


def nested_tables(depth: int = 400) -> bytes:
    opening = "<w:tbl><w:tr><w:tc>" * depth
    closing = "<w:p/></w:tc></w:tr></w:tbl>" * depth
    return docx_with_body(opening + "<w:p><w:r><w:t>深处</w:t></w:r></w:p>" + closing, minimal=True)


def nested_hyperlinks(depth: int = 1500) -> bytes:
    opening = "<w:p>" + "<w:hyperlink>" * depth
    closing = "</w:hyperlink>" * depth + "</w:p>"
    return docx_with_body(opening + "<w:r><w:t>链接</w:t></w:r>" + closing, minimal=True)


def tracked_deletions(count: int = 340_000) -> bytes:
    deletion = '<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del>'
    return docx_with_body(
        "<w:p>" + deletion * count + "<w:r><w:t>余下</w:t></w:r></w:p>", minimal=True
    )


HOSTILE: dict[str, Callable[[], bytes]] = {
    "altchunk_bomb": altchunk_bomb,
    "tiny_paragraphs": tiny_paragraphs,
    "empty_paragraphs": empty_paragraphs,
    "nested_tables": nested_tables,
    "nested_hyperlinks": nested_hyperlinks,
    "tracked_deletions": tracked_deletions,
}
