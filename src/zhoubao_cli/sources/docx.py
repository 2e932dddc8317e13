"""Reading .docx submissions as Word shows them: paragraphs, line breaks and tables, in order.

"As Word shows them": tracked deletions and the old place of moved text are not read (the text
is read once, where it was moved to); hidden text is not read; a content control still showing
its placeholder ("单击或点击此处输入文字。") is not read; text boxes are read after the paragraph
that holds them, once; embedded documents (altChunk) are read in place. Whatever is not read is
listed as a Drop, so the report can say so.

The XML is streamed straight from the zip with lxml rather than loaded through python-docx: a
large submission then costs memory for one paragraph or table at a time. One budget covers the
whole package, embedded documents included: bytes inflated, XML elements (in all, and in one
paragraph or table), lines, nesting depth and embedded documents. A zip bomb, an embedded
document that embeds itself ten times over, or a million empty paragraphs is refused in words.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from zhoubao_cli.content import Drop, Extracted, Piece, Table
from zhoubao_cli.errors import InputError
from zhoubao_cli.rules.items import soft_joins, split_soft_breaks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_DOCUMENT = "word/document.xml"
# Strict OOXML (ISO/IEC 29500 Strict, Word's "Strict Open XML Document") names the same elements
# in other namespaces: read as the transitional ones.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W[1:-1].encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", _R[1:-1].encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", _M[1:-1].encode()),
    (
        b"http://purl.oclc.org/ooxml/drawingml/",
        b"http://schemas.openxmlformats.org/drawingml/2006/",
    ),
)
_STRICT_MARK = b"purl.oclc.org/ooxml"
_OFFICE_DOCUMENT = "/officeDocument"  # the end of the main part's relationship type
_HEADER = "/header"  # …and of a page header's
_CHUNK = 1 << 16

# Containers whose children are read as if they stood in their place.
_INLINE_WRAPPERS = {
    f"{W}hyperlink",
    f"{W}ins",
    f"{W}moveTo",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}fldSimple",
    f"{W}dir",
    f"{W}bdo",
    f"{W}sdtContent",
}
_BLOCK_WRAPPERS = {f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}sdtContent"}
_PICTURES = {f"{W}drawing", f"{W}pict", f"{W}object"}
_BLOCKS = {f"{W}p", f"{W}tbl", f"{W}sdt", f"{W}customXml", f"{W}altChunk"}
_DELETED = "修订中已删除的文字（Word 不显示）"
_MOVED_FROM = "修订中移动前的原文（移动后的文字已采用）"
_HIDDEN = "隐藏文字（Word 不显示）"
_PLACEHOLDER = "未填写的内容控件的提示文字"


# Far above any week's submission (100,000 characters at most), far below what costs seconds or
# a hundred megabytes. A real .docx nests some 20 elements deep (a table in a text box in a table).
MAX_ELEMENTS = 1_000_000  # XML elements in the whole package
MAX_BLOCK_ELEMENTS = 100_000  # in one paragraph or table: held in memory until it ends
# Lines read, embedded documents' included (a Word paragraph is a line and a blank): a week's
# submission has hundreds; each costs the text rules some 0.1 ms.
MAX_LINES = 50_000
MAX_DEPTH = 100  # elements inside elements
MAX_EMBEDDED = 20  # embedded documents (altChunk), at most MAX_EMBEDDED_NESTING inside each other
MAX_EMBEDDED_NESTING = 3
MAX_DROPS = 1_000  # parts not read that are listed one by one; the rest are counted


class _TooBig(Exception):
    pass


class Excess(Exception):
    """The package holds more than the budget allows; `what` says of what, in Chinese."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class Budget:
    """What reading one file may still cost, shared by the document and every document in it."""

    def __init__(self, unpacked: int) -> None:
        self.unpacked = unpacked
        self.elements = MAX_ELEMENTS
        self.embedded = MAX_EMBEDDED

    def inflate(self, count: int) -> None:
        self.unpacked -= count
        if self.unpacked < 0:
            raise _TooBig

    def charge_elements(self, count: int) -> None:
        self.elements -= count
        if self.elements < 0:
            raise Excess(f"超过 {MAX_ELEMENTS:,} 个排版元素")


class _CappedStream(io.RawIOBase):
    """A zip member that refuses to inflate more than the budget allows (sizes in a zip lie)."""

    def __init__(self, member: IO[bytes], budget: Budget) -> None:
        self.member = member
        self.budget = budget  # shared by every member read from one file

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        data = self.member.read(_CHUNK if size is None or size < 0 else min(size, _CHUNK))
        self.budget.inflate(len(data))
        return data


def read_docx(
    source: Path | IO[bytes], name: str, max_unpacked: int, max_chars: int | None = None
) -> Extracted:
    """The document's text as lines and tables; InputError when it is not a readable .docx, or
    when it holds more than max_chars characters or the budget allows (reading stops there)."""
    try:
        return _read_package(source, name, Budget(max_unpacked), max_chars, nesting=0)
    except _TooBig:
        raise _too_big(name, max_unpacked) from None
    except Excess as excess:
        raise too_large(name, excess.what) from None
    except RecursionError:
        raise too_large(name, "嵌套层数过多") from None
    except (
        zipfile.BadZipFile,
        EOFError,
        zipfile.LargeZipFile,
        NotImplementedError,
        ValueError,
        RuntimeError,  # zipfile: an encrypted member ("password required")
        zlib.error,
        UnicodeDecodeError,
    ):
        raise _broken(name) from None
    except OSError as exc:
        # Opening a path can fail for the path's sake; past that, a read error is the data's
        # (a bad CRC, a stream that does not decompress).
        if isinstance(exc, (FileNotFoundError, PermissionError)) and isinstance(source, Path):
            raise
        raise _broken(name) from None


def _read_package(
    source: Path | IO[bytes], name: str, budget: Budget, max_chars: int | None, nesting: int
) -> Extracted:
    with zipfile.ZipFile(source) as archive:
        declared = sum(info.file_size for info in archive.infolist())
        if declared > budget.unpacked and nesting == 0:
            raise _TooBig
        return _DocxReader(archive, name, budget, max_chars, nesting).read()


def read_docx_lines(path: Path, name: str, max_unpacked: int) -> list[str]:
    """The document's text as lines, tables cell by cell (for callers that need only the text)."""
    return flatten(read_docx(path, name, max_unpacked).pieces)


def flatten(pieces: list[Piece]) -> list[str]:
    lines: list[str] = []
    for piece in pieces:
        if isinstance(piece, Table):
            for row in piece.rows:
                for cell in row:
                    if cell:
                        lines.extend(cell.split("\n"))
                        lines.append("")
        else:
            lines.append(piece)
    return lines


class _DocxReader:
    def __init__(
        self,
        archive: zipfile.ZipFile,
        name: str,
        budget: Budget,
        max_chars: int | None,
        nesting: int = 0,
    ) -> None:
        self.archive = archive
        self.name = name
        self.budget = budget
        self.nesting = nesting  # how deep this document is embedded in others
        self.max_chars = max_chars
        self.dropped_beyond = 0  # parts not read past MAX_DROPS: counted, not listed
        self.chars = 0
        self._counted = 0  # pieces already counted
        self.pieces: list[Piece] = []
        self.dropped: list[Drop] = []
        self.pictures = 0
        self._styles: dict[str, bool] | None = None  # read when a paragraph or run names a style
        self._relationships: dict[str, str] | None = None
        self._content_types: Any = False  # [Content_Types].xml, parsed when first needed
        self._types: dict[str, str] = {}  # relationship id → its type
        self._main: str | None = None
        self.soft_joins = 0  # soft breaks (w:br) read as one sentence
        self._join_next = False  # a deleted paragraph mark joins a paragraph to the next

    # -- parts --------------------------------------------------------------------------------

    def _open(self, part: str) -> IO[bytes]:
        try:
            member = self.archive.open(part)
        except KeyError:
            raise InputError(
                f"{self.name}：压缩包里没有 Word 正文，不是 Word 文档。",
                hint="请用 Word 或 WPS 打开后另存为 .docx。",
            ) from None
        stream = io.BufferedReader(_CappedStream(member, self.budget), _CHUNK)
        if _STRICT_MARK not in stream.peek(4096)[:4096]:
            return stream
        # Strict OOXML: the whole part (within the budget), its namespaces made transitional.
        data = b"".join(iter(lambda: stream.read(_CHUNK), b""))
        for strict, transitional in _STRICT:
            data = data.replace(strict, transitional)
        return io.BytesIO(data)

    def _part_bytes(self, part: str) -> bytes | None:
        if part not in self.archive.namelist():
            return None
        stream = self._open(part)
        return b"".join(iter(lambda: stream.read(_CHUNK), b""))

    def main_part(self) -> str:
        """The main document part: word/document.xml, or where the package's relationships say
        (word/document2.xml, a part renamed by another program)."""
        if self._main is None:
            self._main = _DOCUMENT
            root = self._xml("_rels/.rels")
            if root is not None:
                for rel in root.iter(f"{_REL}Relationship"):
                    kind = rel.get("Type", "")
                    if kind.endswith(_OFFICE_DOCUMENT) and rel.get("TargetMode") != "External":
                        target = rel.get("Target", "").lstrip("/")
                        if target in self.archive.namelist():
                            self._main = target
                        break
        return self._main

    def _xml(self, part: str) -> Any:
        from lxml import etree

        data = self._part_bytes(part)
        if data is None:
            return None
        try:
            return etree.fromstring(data, parser=_parser())
        except etree.XMLSyntaxError:
            return None

    def style_hides(self, style_id: str | None) -> bool:
        """Whether text in this style is hidden; the styles are read the first time it is asked."""
        if self._styles is None:
            self._styles = self._hidden_styles()
        return bool(style_id) and self._styles.get(style_id or "", False)

    def _hidden_styles(self) -> dict[str, bool]:
        """Style id → whether text in that style is hidden, following basedOn."""
        data = self._part_bytes("word/styles.xml")
        # Most files hide nothing by style; their styles (Word's run to 300 KB) need no parsing.
        if data is None or b"vanish" not in data:
            return {}
        from lxml import etree

        try:
            root = etree.fromstring(data, parser=_parser())
        except etree.XMLSyntaxError:
            return {}
        own: dict[str, bool | None] = {}
        based: dict[str, str] = {}
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if not style_id:
                continue
            vanish = style.find(f"{W}rPr/{W}vanish")
            own[style_id] = None if vanish is None else _on(vanish)
            parent = style.find(f"{W}basedOn")
            if parent is not None and parent.get(f"{W}val"):
                based[style_id] = parent.get(f"{W}val")
        result = {}
        for style_id in own:
            seen, current = set(), style_id
            value = None
            while current in own and current not in seen and value is None:
                seen.add(current)
                value = own[current]
                current = based.get(current, "")
            result[style_id] = bool(value)
        return result

    def relationship(self, rel_id: str) -> str | None:
        """The part a relationship of the main document points to, as a path in the zip."""
        if self._relationships is None:
            self._relationships = {}
            folder, base = posixpath.split(self.main_part())
            root = self._xml(posixpath.join(folder, "_rels", f"{base}.rels"))
            if root is not None:
                for rel in root.iter(f"{_REL}Relationship"):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") == "External":
                        continue
                    path = (
                        target.lstrip("/")
                        if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target))
                    )
                    self._relationships[rel.get("Id", "")] = path
                    self._types[rel.get("Id", "")] = rel.get("Type", "")
        return self._relationships.get(rel_id)

    def header_lines(self) -> list[str]:
        """The text of the page headers (a unit's name in the letterhead), one line a paragraph."""
        self.relationship("")
        assert self._relationships is not None
        lines: list[str] = []
        for rel_id, kind in self._types.items():
            if not kind.endswith(_HEADER):
                continue
            root = self._xml(self._relationships[rel_id])
            if root is None:
                continue
            for paragraph in root.iter(f"{W}p"):
                text = "".join(t.text or "" for t in paragraph.iter(f"{W}t")).strip()
                if text and text not in lines:
                    lines.append(text)
        return lines

    # -- the document -------------------------------------------------------------------------

    def read(self) -> Extracted:
        from lxml import etree

        stream = self._open(self.main_part())
        found_body = False
        budget = self.budget
        depth = 0
        in_block = 0  # elements of the paragraph or table being read
        try:
            # Every element is counted as it starts: a paragraph of a million deletions or a table
            # nested a thousand deep is refused before it is built, let alone read.
            for event, element in etree.iterparse(
                stream,
                events=("start", "end"),
                resolve_entities=False,
                no_network=True,
                huge_tree=True,
            ):
                if event == "start":
                    depth += 1
                    in_block += 1
                    if depth > MAX_DEPTH:
                        raise Excess("嵌套层数过多")
                    if in_block > MAX_BLOCK_ELEMENTS:
                        raise Excess(f"一个段落或表格里超过 {MAX_BLOCK_ELEMENTS:,} 个排版元素")
                    continue
                depth -= 1
                if depth != 2 or element.tag not in _BLOCKS:  # a block is a child of the body
                    if element.tag == f"{W}body":
                        found_body = True
                    continue
                parent = element.getparent()
                if parent is None or parent.tag != f"{W}body":
                    continue
                budget.charge_elements(in_block)
                in_block = 0
                self.block(element)
                if len(self.pieces) > MAX_LINES:
                    raise too_many_lines()
                if self.max_chars is not None:
                    self._count_text()
                # Done with it: free it and everything before it, so memory stays flat.
                element.clear(keep_tail=True)
                while element.getprevious() is not None:
                    del parent[0]
        except etree.XMLSyntaxError:
            raise _broken(self.name) from None
        if not found_body:
            raise _broken(self.name)
        budget.charge_elements(in_block)
        if self.dropped_beyond:
            more = f"（另有 {self.dropped_beyond} 处未逐一列出）"
            self.dropped.append(Drop(more, "未读取的部分过多"))
        return Extracted(
            self.pieces,
            dropped=self.dropped,
            pictures=self.pictures,
            header=self.header_lines(),
            soft_joins=self.soft_joins,
        )

    def _count_text(self) -> None:
        """Stop reading a document that is far longer than any week's submission."""
        assert self.max_chars is not None
        for piece in self.pieces[self._counted :]:
            if isinstance(piece, Table):
                self.chars += sum(len(cell or "") for row in piece.rows for cell in row)
            else:
                self.chars += len(piece)
        self._counted = len(self.pieces)
        if self.chars > self.max_chars:
            raise too_long(self.name, self.max_chars)

    def block(self, element: Any) -> None:
        tag = element.tag
        if tag == f"{W}p":
            self.paragraph(element)
        elif tag == f"{W}tbl":
            self.pieces.append(self.table(element))
            self.pieces.append("")
        elif tag == f"{W}sdt":
            if self._placeholder(element):
                return
            for content in element.findall(f"{W}sdtContent"):
                for child in content:
                    self.block(child)
        elif tag in _BLOCK_WRAPPERS:
            for child in element:
                self.block(child)
        elif tag == f"{W}altChunk":
            self.alt_chunk(element)
        elif tag in (f"{W}del", f"{W}moveFrom"):
            self._drop_text(element, _DELETED if tag == f"{W}del" else _MOVED_FROM)

    def paragraph(self, paragraph: Any) -> None:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        style_hidden = style is not None and self.style_hides(style.get(f"{W}val"))
        parts: list[str] = []
        boxes: list[Any] = []
        self.inline(paragraph, parts, boxes, style_hidden)
        text = "".join(parts)
        lines = split_soft_breaks(text)
        self.soft_joins += soft_joins(text, lines)
        if self._join_next and len(self.pieces) >= 2 and self.pieces[-1] == "":
            self.pieces.pop()  # the paragraph mark was deleted: one paragraph with the next
            if isinstance(self.pieces[-1], str):
                self.pieces[-1] += lines[0]
                lines = lines[1:]
        # A Word paragraph ends where the writer pressed Enter: a blank line marks it, as in a
        # text file; its soft line breaks are lines of it.
        self.pieces.extend([*lines, ""])
        mark = paragraph.find(f"{W}pPr/{W}rPr")
        self._join_next = mark is not None and (
            mark.find(f"{W}del") is not None or mark.find(f"{W}moveFrom") is not None
        )
        for box in boxes:  # a text box's paragraphs, after the paragraph that anchors it
            self.pieces.append("")
            for child in box:
                self.block(child)
            self.pieces.append("")

    def inline(self, node: Any, parts: list[str], boxes: list[Any], style_hidden: bool) -> None:
        hidden: list[str] = []
        for child in node:
            tag = child.tag
            if tag == f"{W}r":
                text = self.run(child, boxes)
                if text and self._hidden(child, style_hidden):
                    hidden.append(text)
                else:
                    parts.append(text)
            elif tag in (f"{W}del", f"{W}moveFrom"):
                self._drop_text(child, _DELETED if tag == f"{W}del" else _MOVED_FROM)
            elif tag == f"{W}sdt":
                if not self._placeholder(child):
                    for content in child.findall(f"{W}sdtContent"):
                        self.inline(content, parts, boxes, style_hidden)
            elif tag in _INLINE_WRAPPERS:
                self.inline(child, parts, boxes, style_hidden)
            elif tag in (f"{_M}oMath", f"{_M}oMathPara"):
                parts.append("".join(t.text or "" for t in child.iter(f"{_M}t")))
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self.inline(choice, parts, boxes, style_hidden)
        if hidden:
            self._drop("".join(hidden).strip(), _HIDDEN)

    def run(self, run: Any, boxes: list[Any]) -> str:
        parts: list[str] = []
        for node in run:
            tag = node.tag
            if tag == f"{W}t":
                parts.append(node.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append("\t")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}cr":
                parts.append("\n")
            elif tag == f"{W}br":
                # A page or column break ends a paragraph for our purpose; a line break does not.
                plain = node.get(f"{W}type") in (None, "textWrapping")
                parts.append("\n" if plain else "\n\n")
            elif tag in _PICTURES or tag == f"{_MC}AlternateContent":
                self._pictures_and_boxes(node, boxes)
        return "".join(parts)

    def _pictures_and_boxes(self, node: Any, boxes: list[Any]) -> None:
        """A drawing is a picture unless it is a text box; Word writes a box twice (DrawingML and
        a VML fallback), and only the first is read."""
        for fallback in list(node.iter(f"{_MC}Fallback")):
            fallback.getparent().remove(fallback)
        found = list(node.iter(f"{W}txbxContent"))
        if found:
            boxes.extend(found)
        elif any(n.tag in _PICTURES for n in node.iter()):
            self.pictures += 1

    def table(self, table: Any) -> Table:
        rows: list[list[str | None]] = []
        for row in _children(table, f"{W}tr"):
            if row.find(f"{W}trPr/{W}del") is not None:
                self._drop_text(row, _DELETED)
                continue
            cells: list[str | None] = []
            for cell in _children(row, f"{W}tc"):
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    cells.append(None)
                else:
                    cells.append(self._cell_text(cell))
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                if span is not None and (span.get(f"{W}val") or "1").isdigit():
                    cells.extend([""] * (int(span.get(f"{W}val")) - 1))
            rows.append(cells)
        return Table(rows)

    def _cell_text(self, cell: Any) -> str:
        """A cell's paragraphs (and any table inside it) as lines joined by newlines."""
        outer, outer_join = self.pieces, self._join_next
        self.pieces, self._join_next = [], False
        try:
            for child in cell:
                self.block(child)
            return "\n".join(flatten(self.pieces)).strip("\n")
        finally:
            self.pieces, self._join_next = outer, outer_join

    def alt_chunk(self, element: Any) -> None:
        """A document embedded in the document (Word shows it in place): read it the same way."""
        part = self.relationship(element.get(f"{_R}id", ""))
        data = self._part_bytes(part) if part else None
        if part is None or data is None:
            raise InputError(
                f"{self.name}：文件里嵌入的另一份文档找不到，文件可能不完整。",
                hint="请对方在 Word 中打开后另存为 .docx 再发。",
            )
        budget = self.budget
        budget.embedded -= 1
        if budget.embedded < 0 or self.nesting >= MAX_EMBEDDED_NESTING:
            raise Excess("嵌入的文档过多")
        kind = self._content_type(part)
        if "wordprocessingml" in kind or part.endswith((".docx", ".docm", ".dotx")):
            chars_left = None if self.max_chars is None else self.max_chars - self.chars
            inner = _read_package(
                io.BytesIO(data), self.name, budget, chars_left, nesting=self.nesting + 1
            )
            self.pieces += inner.pieces
            self.dropped += inner.dropped
            self.pictures += inner.pictures
        elif "html" in kind or part.endswith((".htm", ".html", ".xhtml")):
            self.pieces += html_pieces(data, budget)
        elif "rfc822" in kind or "mhtml" in kind or part.endswith((".mht", ".mhtml")):
            self.pieces += html_pieces(_mht_html(data), budget)
        elif kind.startswith("text/plain") or part.endswith(".txt"):
            from zhoubao_cli.sources.text import decode_text

            self.pieces += decode_text(data, self.name)[0].splitlines()
        else:
            raise InputError(
                f"{self.name}：文件里嵌入了一份 zhoubao 读不出的文档（类型 {kind or part}）。",
                hint="请对方在 Word 中打开后另存为 .docx（Word 会把嵌入的内容转成普通段落）再发。",
            )
        self.pieces.append("")

    def _content_type(self, part: str) -> str:
        if self._content_types is False:
            self._content_types = self._xml("[Content_Types].xml")
        root = self._content_types
        if root is None:
            return ""
        for override in root.iter(f"{_CT}Override"):
            if override.get("PartName", "").lstrip("/") == part:
                return override.get("ContentType", "")
        extension = part.rsplit(".", 1)[-1].lower()
        for default in root.iter(f"{_CT}Default"):
            if default.get("Extension", "").lower() == extension:
                return default.get("ContentType", "")
        return ""

    # -- what is not shown --------------------------------------------------------------------

    def _hidden(self, run: Any, style_hidden: bool) -> bool:
        vanish = run.find(f"{W}rPr/{W}vanish")
        if vanish is not None:
            return _on(vanish)
        style = run.find(f"{W}rPr/{W}rStyle")
        if style is not None and self.style_hides(style.get(f"{W}val")):
            return True
        return style_hidden

    def _placeholder(self, sdt: Any) -> bool:
        """A content control still showing its prompt text: the prompt is not content."""
        if sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is None:
            return False
        self._drop_text(sdt.find(f"{W}sdtContent"), _PLACEHOLDER)
        return True

    def _drop_text(self, element: Any, reason: str) -> None:
        if element is None:
            return
        text = "".join(node.text or "" for node in element.iter(f"{W}t", f"{W}delText")).strip()
        if text:
            self._drop(text, reason)

    def _drop(self, text: str, reason: str) -> None:
        if len(self.dropped) < MAX_DROPS:
            self.dropped.append(Drop(text, reason))
        else:
            self.dropped_beyond += 1


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children with tag, also those wrapped in content controls, custom XML or revisions."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == f"{W}sdt":
            for content in child.findall(f"{W}sdtContent"):
                yield from _children(content, tag)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _children(child, tag)


def _on(toggle: Any) -> bool:
    """A toggle property (<w:vanish/>, w:val="true"): on unless its value says off."""
    return toggle.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


# -- HTML (an embedded web page, or a .mht as Word saves it) ---------------------------------------

_HTML_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
    "article", "header", "footer", "dd", "dt", "ul", "ol", "body", "center",
}  # fmt: skip


_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def html_pieces(data: bytes | str, budget: Budget | None = None) -> list[Piece]:
    """An HTML document's text as lines and tables; scripts and styles are not text.

    Nothing is fetched: pictures and links stay addresses. A page is parsed whole, so its elements
    (no more than its "<") are charged to the budget first.
    """
    import lxml.html

    tags = data.count(b"<") if isinstance(data, bytes) else data.count("<")
    if tags > MAX_BLOCK_ELEMENTS:
        raise Excess(f"网页里超过 {MAX_BLOCK_ELEMENTS:,} 个标签")
    if budget is not None:
        budget.charge_elements(tags)

    page: bytes | str = data
    if isinstance(data, bytes) and b"charset" not in data[:4096].lower():
        # No declared encoding: find it as for a .txt.
        from zhoubao_cli.sources.text import decode_text

        with contextlib.suppress(InputError):  # lxml then guesses, as a browser would
            page = decode_text(data, "")[0]
    try:
        root = lxml.html.document_fromstring(page)
    except Exception:  # lxml raises several kinds for an empty or broken page
        return []
    for node in root.iter("script", "style", "head", "title"):
        node.drop_tree()
    pieces: list[Piece] = []
    current: list[str] = []

    def flush() -> None:
        text = "".join(current)
        current.clear()
        pieces.extend(text.split("\n"))

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "table":
            flush()
            rows = []
            for tr in node.iter("tr"):
                rows.append([td.text_content().strip() for td in tr if td.tag in ("td", "th")])
            pieces.append(Table(rows))
            pieces.append("")
            if node.tail:
                current.append(node.tail)
            return
        block = tag in _HTML_BLOCKS
        if block:
            flush()
        if tag == "br":
            current.append("\n")
        elif node.text:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(root)
    flush()
    return [p if isinstance(p, Table) else " ".join(p.split()) for p in pieces]


def read_html(data: bytes, name: str, *, mht: bool = False) -> Extracted:
    """A web page (or a .mht) saved under a Word extension, read as an embedded page is."""
    try:
        pieces = html_pieces(_mht_html(data) if mht else data)
        if len(pieces) > MAX_LINES:
            raise too_many_lines()
        return Extracted(pieces)
    except Excess as excess:
        raise too_large(name, excess.what) from None
    except RecursionError:
        raise too_large(name, "嵌套层数过多") from None


def _mht_html(data: bytes) -> bytes | str:
    import email

    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset() or "utf-8"
                try:  # decoded here: the page's own <meta charset> would mislead lxml
                    return payload.decode("gb18030" if charset.lower() in _GB else charset)
                except (LookupError, UnicodeDecodeError):
                    return payload
    return b""


def too_long(name: str, limit: int) -> InputError:
    return InputError(
        f"{name}：文字超过 {limit} 字，不像一周的报送材料，未读取。",
        hint="请对方只发本周的工作动态；确有需要，可调大 zhoubao.toml 的 limits.max_file_chars。",
    )


def too_many_lines() -> Excess:
    return Excess(f"超过 {MAX_LINES:,} 行")


def too_large(name: str, what: str) -> InputError:
    return InputError(
        f"{name}：文件内容过大（{what}），不像一周的报送材料，未读取。",
        hint="请对方把本周的文字复制到新建的 Word 文档中，另存为 .docx 再发。",
    )


def _broken(name: str) -> InputError:
    return InputError(
        f"{name}：不是有效的 .docx 文件（可能已损坏、没有传完整，或是改了扩展名的其他文件）。",
        hint="请对方用 Word 或 WPS 重新另存为 .docx 后再发。",
    )


def _too_big(name: str, limit: int) -> InputError:
    return InputError(
        f"{name}：解压后超过 {limit // 2**20} MB，疑似异常文件，未读取。",
        hint="请对方只发文字材料，图片另行报送；或调大 zhoubao.toml 的 limits.max_unpacked_mb。",
    )
