"""The .docx back end: GB/T 9704 page, red masthead, 仿宋 body, end block, odd/even page numbers."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import ConfigError
from zhoubao_cli.model import Bulletin
from zhoubao_cli.render.layout import Line

THICK_RULE = 8  # eighths of a point: 0.35 mm
THIN_RULE = 6  # 0.25 mm
MASTHEAD_RULE = 12  # 1.5 pt
FLOAT_GAP = 290  # twips the end block is narrower than the type area
_PT_PER_MM = 72 / 25.4


def title_size(title: str, candidates: list[float], width_mm: float) -> float:
    """The largest candidate size at which the title fits on one line of the type area."""
    ems = sum(0.5 if ch.isascii() else 1.0 for ch in title)
    for size in sorted(candidates, reverse=True):
        if ems * size / _PT_PER_MM <= width_mm:
            return size
    return min(candidates)


class DocxWriter:
    """Writes one bulletin; with a reference .docx, its page setup and styles replace ours."""

    def __init__(self, config: BulletinConfig, reference: Path | None = None) -> None:
        self.config = config
        self.pitch = Pt(config.page.line_pitch_pt)
        self.inherit = reference is not None  # body text takes its font and size from the style
        if reference is None:
            self.doc = Document()
            self._setup_page()
            self._setup_styles()
        else:
            self.doc = _open_reference(reference)
            if not _has_page_numbers(self.doc.sections[0]):
                self._page_numbers()
        self._document_properties()
        self.type_width, self.type_height = _type_area(self.doc.sections[0], config)

    # -- page, styles, footers ------------------------------------------------------------------

    def _setup_page(self) -> None:
        page = self.config.page
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
        section.top_margin, section.bottom_margin = (
            Mm(page.margin_top_mm),
            Mm(page.margin_bottom_mm),
        )
        section.left_margin, section.right_margin = (
            Mm(page.margin_left_mm),
            Mm(page.margin_right_mm),
        )
        section.footer_distance = Mm(page.footer_distance_mm)
        section.header_distance = Mm(15)
        sect_pr = section._sectPr
        for old in sect_pr.findall(qn("w:docGrid")):
            sect_pr.remove(old)
        grid = OxmlElement("w:docGrid")
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(page.line_pitch_pt * 20)))
        sect_pr.append(grid)
        self._page_numbers()

    def _page_numbers(self) -> None:
        section = self.doc.sections[0]
        self.doc.settings.odd_and_even_pages_header_footer = True
        self._page_number_footer(section.footer.paragraphs[0], odd=True)
        self._page_number_footer(section.even_page_footer.paragraphs[0], odd=False)

    def _setup_styles(self) -> None:
        fonts, sizes = self.config.fonts, self.config.sizes
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is not None:  # the template's theme fonts (a Japanese Mincho) must not leak in
            r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
            if r_pr is not None:
                _set_fonts(r_pr, fonts.body)
        normal = self.doc.styles["Normal"]
        _set_fonts(normal.element.get_or_add_rPr(), fonts.body)
        normal.font.size = Pt(sizes.body)
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = self.pitch
        fmt.widow_control = False

    def _document_properties(self) -> None:
        props = self.doc.core_properties
        props.author = self.config.author or self.config.issuer
        props.last_modified_by = props.author
        props.comments = "zhoubao"
        props.created = props.modified = datetime.now().replace(microsecond=0)

    def _page_number_footer(self, paragraph: Paragraph, *, odd: bool) -> None:
        size = self.config.sizes.page_number
        one_char = Pt(size)
        fmt = paragraph.paragraph_format
        if odd:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = one_char
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt.left_indent = one_char
        fmt.first_line_indent = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        self._run(paragraph, "— ", self.config.fonts.page_number, size)
        self._field(paragraph, "PAGE", "1", self.config.fonts.page_number, size)
        self._run(paragraph, " —", self.config.fonts.page_number, size)

    # -- runs and paragraphs --------------------------------------------------------------------

    def _run(
        self,
        paragraph: Paragraph,
        text: str,
        font: str,
        size: float,
        *,
        bold: bool = False,
        colour: str | None = None,
    ) -> Run:
        run = paragraph.add_run(text)
        _set_fonts(run._r.get_or_add_rPr(), font)
        run.font.size = Pt(size)
        if bold:
            run.bold = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.upper())
        return run

    def _body_run(self, paragraph: Paragraph, text: str, *, bold: bool = False) -> Run:
        """Body text: our font and size, or the reference's Normal style's."""
        if not self.inherit:
            return self._run(
                paragraph, text, self.config.fonts.body, self.config.sizes.body, bold=bold
            )
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        return run

    def _field(
        self, paragraph: Paragraph, instruction: str, shown: str, font: str, size: float
    ) -> None:
        """A complex field (PAGE), so Word and LibreOffice both update it."""
        for kind, text in (
            ("begin", None),
            ("instr", f" {instruction} "),
            ("separate", None),
            ("text", shown),
            ("end", None),
        ):
            run = self._run(paragraph, "", font, size)
            if kind == "instr":
                node = OxmlElement("w:instrText")
                node.set(qn("xml:space"), "preserve")
                node.text = text
            elif kind == "text":
                node = OxmlElement("w:t")
                node.text = text
            else:
                node = OxmlElement("w:fldChar")
                node.set(qn("w:fldCharType"), kind)
            run._r.append(node)

    def _body_paragraph(self, *, indent: bool = True) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), str(round(self.config.sizes.body * 2 * 20)))
        return paragraph

    # -- the bulletin ---------------------------------------------------------------------------

    def write(self, bulletin: Bulletin, lines: list[Line]) -> bytes:
        props = self.doc.core_properties
        props.title = f"{self.config.title}第{bulletin.number}期"
        props.subject = self.config.title
        fonts, sizes = self.config.fonts, self.config.sizes
        end_lines = []
        for line in lines:
            if line.role == "title":
                self._title(line.text)
            elif line.role == "number":
                p = self.doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_before = Pt(6)
                self._run(p, line.text, fonts.body, sizes.issue_number)
            elif line.role == "issuer_date":
                self._issuer_line(line.text, line.label)
            elif line.role == "heading":
                self._run(self._body_paragraph(), line.text, fonts.heading, sizes.heading)
            elif line.role == "unit":
                p = self._body_paragraph()
                self._body_run(p, line.label, bold=True)
                self._body_run(p, line.text)
            elif line.role in ("lead", "item"):
                self._body_run(self._body_paragraph(), line.text)
            else:
                end_lines.append(line)
        if end_lines:
            self._end_block(end_lines)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def _title(self, title: str) -> None:
        page = self.config.page
        size = title_size(title, self.config.sizes.title_candidates, self.type_width.mm)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(size * 1.3)
        fmt.space_before = Pt(size * 0.5)
        self._run(p, title, self.config.fonts.title, size, colour=page.colour)

    def _issuer_line(self, issuer: str, when: str) -> None:
        page, fonts, sizes = self.config.page, self.config.fonts, self.config.sizes
        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before = Pt(12)
        fmt.tab_stops.add_tab_stop(self.type_width, WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, issuer, fonts.body, sizes.issuer_line)
        self._run(p, "\t" + when, fonts.body, sizes.issuer_line)
        borders = OxmlElement("w:pBdr")
        bottom = _border("w:bottom", MASTHEAD_RULE, page.colour, space=6)
        borders.append(bottom)
        _insert_ordered(p._p.get_or_add_pPr(), borders, _PPR_ORDER)
        # A blank line of the grid between the red rule and the text.
        self.doc.add_paragraph()

    def _end_block(self, lines: list[Line]) -> None:
        """报/送/发 and staff lines in a table floating at the bottom of the last page's type area."""
        fonts, sizes = self.config.fonts, self.config.sizes
        # LibreOffice floats a table only if it leaves 0.5 cm of the text area beside it (else it
        # flows it to the top of a new page): 151 of 156 mm, centred, is the widest that floats.
        width = Twips(self.type_width.twips - FLOAT_GAP)
        table = self.doc.add_table(rows=len(lines), cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl_pr = table._tbl.tblPr
        type_height = self.type_height.twips
        # Exact line spacing makes the height known: one pitch a row, plus the rules.
        height = len(lines) * self.pitch.twips + (THICK_RULE * 2 + THIN_RULE * len(lines)) * 20 // 8
        _float_at_bottom(tbl_pr, type_height - height)
        _table_borders(tbl_pr)
        _fixed_layout(tbl_pr, width.twips)
        for row, line in zip(table.rows, lines, strict=True):
            cell = row.cells[0]
            cell.width = width
            p = cell.paragraphs[0]
            fmt = p.paragraph_format
            # Exact and without spacing, whatever the style says: the table's height must be known.
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = self.pitch
            fmt.space_before = fmt.space_after = Pt(0)
            one_char = Pt(sizes.end_block)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            if line.role == "distribution":
                lead = f"{line.label}："
                # Wrapped lines align after the colon.
                fmt.left_indent = Twips(one_char.twips + one_char.twips * len(lead))
                fmt.first_line_indent = Twips(-one_char.twips * len(lead))
                self._run(p, lead + line.text, fonts.body, sizes.end_block)
            else:
                fmt.left_indent = one_char
                self._run(p, line.text, fonts.body, sizes.end_block)
            fmt.right_indent = one_char
        table.columns[0].width = width
        # Word wants a paragraph after a final table; keep it tiny so it never makes a new page.
        tail = self.doc.add_paragraph()
        tail.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        tail.paragraph_format.line_spacing = Pt(1)
        self._run(tail, "", fonts.body, 1)


def render_docx(
    bulletin: Bulletin, config: BulletinConfig, lines: list[Line], reference: Path | None = None
) -> bytes:
    return DocxWriter(config, reference).write(bulletin, lines)


def _type_area(section: Section, config: BulletinConfig) -> tuple[Twips, Twips]:
    """Width and height of the type area, from the document (a reference may set its own)."""
    page = config.page

    def length(value: Length | None, default_mm: float) -> int:
        return int(value) if value is not None else int(Mm(default_mm))

    width = length(section.page_width, page.width_mm)
    height = length(section.page_height, page.height_mm)
    width -= length(section.left_margin, page.margin_left_mm)
    width -= length(section.right_margin, page.margin_right_mm)
    height -= length(section.top_margin, page.margin_top_mm)
    height -= length(section.bottom_margin, page.margin_bottom_mm)
    return Twips(Length(width).twips), Twips(Length(height).twips)


def _has_page_numbers(section: Section) -> bool:
    footer = section.footer
    return not footer.is_linked_to_previous and "PAGE" in footer._element.xml


def _open_reference(path: Path) -> DocumentObject:
    """The office's own template, emptied of its content; its sections and styles stay."""
    try:
        doc = Document(str(path))
    except Exception:  # python-docx raises several kinds for a missing or broken package
        raise ConfigError(
            f"参考模板 {path} 无法打开（不存在，或不是有效的 .docx）。",
            hint="检查 zhoubao.toml 中 reference_docx 的路径，或把它留空使用 zhoubao 的版式。",
        ) from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


# -- OOXML helpers (python-docx has no API for these) --------------------------------------------


def _set_fonts(r_pr: BaseOxmlElement, font: str) -> None:
    """All four font slots plus the East Asian hint and language: run.font.name sets only two."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _border(tag: str, size: int, colour: str = "000000", space: int = 0) -> BaseOxmlElement:
    node = OxmlElement(tag)
    node.set(qn("w:val"), "single")
    node.set(qn("w:sz"), str(size))
    node.set(qn("w:space"), str(space))
    node.set(qn("w:color"), colour.upper())
    return node


def _none_border(tag: str) -> BaseOxmlElement:
    node = OxmlElement(tag)
    node.set(qn("w:val"), "nil")
    return node


_PPR_ORDER = [
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
]
_TBLPR_ORDER = [
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
]


def _insert_ordered(parent: BaseOxmlElement, child: BaseOxmlElement, order: list[str]) -> None:
    """Insert child where the schema wants it (Word refuses a file with elements out of order)."""
    rank = {qn(tag): i for i, tag in enumerate(order)}
    mine = rank[child.tag]
    for old in parent.findall(child.tag):
        parent.remove(old)
    for index, existing in enumerate(parent):
        if rank.get(existing.tag, len(order)) > mine:
            parent.insert(index, child)
            return
    parent.append(child)


def _float_at_bottom(tbl_pr: BaseOxmlElement, offset_twips: int) -> None:
    """Anchor the table to the type area, offset_twips from its top: i.e. flush with its bottom.

    An absolute offset rather than tblpYSpec="bottom", which LibreOffice ignores.
    """
    position = OxmlElement("w:tblpPr")
    for key, value in (
        ("leftFromText", "0"),
        ("rightFromText", "0"),
        ("topFromText", "0"),
        ("bottomFromText", "0"),
        ("vertAnchor", "margin"),
        ("horzAnchor", "margin"),
        ("tblpX", str(FLOAT_GAP // 2)),
        ("tblpY", str(offset_twips)),
    ):
        position.set(qn(f"w:{key}"), value)
    _insert_ordered(tbl_pr, position, _TBLPR_ORDER)
    overlap = OxmlElement("w:tblOverlap")
    overlap.set(qn("w:val"), "never")
    _insert_ordered(tbl_pr, overlap, _TBLPR_ORDER)


def _table_borders(tbl_pr: BaseOxmlElement) -> None:
    borders = OxmlElement("w:tblBorders")
    borders.append(_border("w:top", THICK_RULE))
    borders.append(_none_border("w:left"))
    borders.append(_border("w:bottom", THICK_RULE))
    borders.append(_none_border("w:right"))
    borders.append(_border("w:insideH", THIN_RULE))
    borders.append(_none_border("w:insideV"))
    _insert_ordered(tbl_pr, borders, _TBLPR_ORDER)


def _fixed_layout(tbl_pr: BaseOxmlElement, width_twips: int) -> None:
    """Fixed width, no cell padding: the rules span the type area and indents are exact."""
    tbl_w = OxmlElement("w:tblW")
    tbl_w.set(qn("w:w"), str(width_twips))
    tbl_w.set(qn("w:type"), "dxa")
    _insert_ordered(tbl_pr, tbl_w, _TBLPR_ORDER)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _insert_ordered(tbl_pr, layout, _TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        node = OxmlElement(f"w:{side}")
        node.set(qn("w:w"), "0")
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    _insert_ordered(tbl_pr, margins, _TBLPR_ORDER)
