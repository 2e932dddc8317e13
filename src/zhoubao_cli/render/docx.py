"""The .docx back end: GB/T 9704 page, red masthead, 仿宋 body, end block, odd/even page numbers."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import ConfigError
from zhoubao_cli.model import Bulletin
from zhoubao_cli.render import grid
from zhoubao_cli.render.fonts import font_table_xml
from zhoubao_cli.render.forecast import end_block_rows
from zhoubao_cli.render.grid import Grid, fit_on_one_line
from zhoubao_cli.render.layout import Line
from zhoubao_cli.render.ooxml import (
    Rule,
    chinese_defaults,
    complex_field,
    fixed_layout,
    no_snap_to_grid,
    set_borders,
    set_child,
    set_fonts,
)

TEMPLATE = Path(__file__).with_name("template.docx")
# The end block's rows are this much shorter than their grid rows: five rows of 554 twips and
# their six rules (100 twips) stay within five rows of 579 (2870 ≤ 2895), whether an application
# counts the rules inside a row's height or adds them to it.
END_ROW_SLACK = 25


def title_size(title: str, candidates: list[float], width_mm: float) -> float:
    """The largest candidate size at which the title fits on one line of the type area."""
    return fit_on_one_line(title_ems(title), candidates, width_mm * 72 / 25.4)[0]


def title_ems(text: str) -> float:
    """A masthead line's width in ems, erring wide: Latin letters of a title face are proportional."""
    ems = 0.0
    for ch in text:
        if not ch.isascii():
            ems += 1.0
        elif ch == " ":
            ems += 0.3
        elif ch.isupper():
            ems += 0.75
        else:
            ems += 0.6
    return ems


class DocxWriter:
    """Writes one bulletin; with a reference .docx, its page setup and styles replace ours."""

    def __init__(self, config: BulletinConfig, reference: Path | None = None) -> None:
        self.config = config
        self.grid = Grid.of(config)
        self.pitch = Twips(self.grid.pitch)
        self.notes: list[str] = []  # what the writer had to adapt, for the editor
        if reference is None:
            self.doc = Document(str(TEMPLATE))
            self._setup_page()
            self._setup_styles()
        else:
            self.doc = _open_reference(reference)
            if not _has_page_numbers(self.doc.sections[0]):
                self._page_numbers()
        self._declare_fonts(merge=reference is not None)
        chinese_defaults(self.doc.styles.element, self.doc.settings.element)
        _drop_styles_with_effects(self.doc)
        self._document_properties()
        self.type_width, self.type_height = _type_area(self.doc.sections[0], config)

    # -- page, styles, fonts, footers -----------------------------------------------------------

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
        # A grid of lines only: a linesAndChars grid with a negative charSpace makes LibreOffice
        # set 14 characters a line. The characters per line come from the Normal style instead.
        set_child(section._sectPr, "w:docGrid", type="lines", linePitch=str(self.grid.pitch))
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
        if defaults is not None:  # no theme font may leak in from a template's defaults
            r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
            if r_pr is not None:
                set_fonts(r_pr, fonts.body)
        normal = self.doc.styles["Normal"]
        r_pr = normal.element.get_or_add_rPr()
        set_fonts(r_pr, fonts.body)
        normal.font.size = Pt(sizes.body)
        # chars_per_line characters on a line, in Word and in LibreOffice alike.
        set_child(r_pr, "w:spacing", val=str(self.grid.char_spacing))
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = self.pitch
        fmt.widow_control = False

    def _declare_fonts(self, *, merge: bool) -> None:
        """Every font the document names, declared with the stock font Word should use instead."""
        fonts = self.config.fonts
        names = [fonts.body, fonts.heading, fonts.title, fonts.page_number]
        part = next(
            (r.target_part for r in self.doc.part.rels.values() if r.reltype == RT.FONT_TABLE),
            None,
        )
        table = font_table_xml(names)
        if part is None:
            part = Part(
                PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, table, self.doc.part.package
            )
            self.doc.part.relate_to(part, RT.FONT_TABLE)
        elif merge:  # an office's own table: keep its declarations, add the missing ones
            part._blob = _merged_font_table(part.blob, table)  # a plain Part: no XML API
        else:
            part._blob = table

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
        complex_field(
            lambda: self._run(paragraph, "", self.config.fonts.page_number, size)._r, " PAGE ", "1"
        )
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
        set_fonts(run._r.get_or_add_rPr(), font)
        run.font.size = Pt(size)
        if bold:
            run.bold = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.upper())
        return run

    def _body_run(self, paragraph: Paragraph, text: str, *, bold: bool = False) -> Run:
        """Body text takes its font and size from the Normal style (ours, or the office's).

        One place to change them in Word: the style, not every run.
        """
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        return run

    def _body_paragraph(self, *, indent: bool = True) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), str(round(self.config.sizes.body * 2 * 20)))
        return paragraph

    def _masthead_paragraph(self, rows: float, *, before_rows: float = 0) -> Paragraph:
        """Off the grid, with exact heights: Word and LibreOffice then agree on its height."""
        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Twips(self.grid.rows(rows))
        fmt.space_before = Twips(self.grid.rows(before_rows))
        fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(0)
        no_snap_to_grid(p)
        return p

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
                p = self._masthead_paragraph(grid.NUMBER_ROWS, before_rows=grid.NUMBER_GAP_ROWS)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._run(p, line.text, fonts.body, sizes.issue_number)
            elif line.role == "issuer_date":
                self._issuer_line(line.text, line.label)
            elif line.role == "heading":
                p = self._body_paragraph()
                p.paragraph_format.keep_with_next = True  # a heading never ends a page
                self._run(p, line.text, fonts.heading, sizes.heading)
            elif line.role == "unit":
                p = self._body_paragraph()
                # Never the label's line alone at a page's foot (nor a last line alone at a top).
                p.paragraph_format.widow_control = True
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
        candidates = self.config.sizes.title_candidates
        width_pt = self.type_width.pt
        size, scale = fit_on_one_line(title_ems(title), candidates, width_pt)
        if scale < 100:
            smaller = f"缩小为 {size:g} 磅并" if size < min(candidates) else ""
            self.notes.append(
                f"报头标题“{title}”在 {min(candidates):g} 磅时一行排不下，已{smaller}横向压缩为 {scale}%"
            )
        p = self._masthead_paragraph(grid.TITLE_ROWS)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = self._run(p, title, self.config.fonts.title, size, colour=self.config.page.colour)
        r_pr = run._r.get_or_add_rPr()
        set_child(r_pr, "w:spacing", val="0")  # the title is not squeezed to the grid
        if scale < 100:
            set_child(r_pr, "w:w", val=str(scale))

    def _issuer_line(self, issuer: str, when: str) -> None:
        page, fonts, sizes = self.config.page, self.config.fonts, self.config.sizes
        p = self._masthead_paragraph(grid.ISSUER_ROWS, before_rows=grid.ISSUER_GAP_ROWS)
        p.paragraph_format.tab_stops.add_tab_stop(self.type_width, WD_TAB_ALIGNMENT.RIGHT)
        width_ems = title_ems(issuer) + title_ems(when) + 1  # at least one character between
        scale = fit_on_one_line(width_ems, [sizes.issuer_line], self.type_width.pt)[1]
        issuer_run = self._run(p, issuer, fonts.body, sizes.issuer_line)
        if scale < 100:
            set_child(issuer_run._r.get_or_add_rPr(), "w:w", val=str(scale))
            self.notes.append(f"发文单位“{issuer}”和日期一行排不下，已横向压缩为 {scale}%")
        self._run(p, "\t" + when, fonts.body, sizes.issuer_line)
        set_borders(
            p._p.get_or_add_pPr(),
            bottom=Rule(grid.RULE_EIGHTHS, page.colour, space=grid.RULE_SPACE_PT),
        )
        # White space between the red rule and the body.
        self._masthead_paragraph(grid.AFTER_RULE_ROWS)

    def _end_block(self, lines: list[Line]) -> None:
        """报/送/发 and staff lines in a table floating at the bottom of the last page's type area.

        Each row is a whole number of grid rows high, rules included, so the block fits on the
        last page whenever that many rows are free there.
        """
        fonts, sizes = self.config.fonts, self.config.sizes
        width = Twips(self.type_width.twips - grid.FLOAT_GAP)
        rows = end_block_rows(lines, self.grid, sizes.end_block)
        table = self.doc.add_table(rows=len(lines), cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl_pr = table._tbl.tblPr
        _float_at_bottom(tbl_pr, self.type_height.twips - sum(rows) * self.grid.pitch)
        # Rules above, below and between the rows; none at the sides.
        thick, thin = Rule(grid.THICK_RULE), Rule(grid.THIN_RULE)
        set_borders(
            tbl_pr, top=thick, left=None, bottom=thick, right=None, insideH=thin, insideV=None
        )
        # No cell padding: the rules span the type area and indents are exact.
        fixed_layout(tbl_pr, width.twips, 0)
        one_char = Pt(sizes.end_block)
        for row, line, count in zip(table.rows, lines, rows, strict=True):
            height = count * self.grid.pitch - END_ROW_SLACK
            row.height = Twips(height)
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            cell = row.cells[0]
            cell.width = width
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            fmt = p.paragraph_format
            # Exact and without spacing, whatever the style says: the table's height must be known.
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Twips(height // count)
            fmt.space_before = fmt.space_after = Pt(0)
            no_snap_to_grid(p)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            if line.role == "distribution":
                lead = f"{line.label}："
                # Wrapped lines align after the colon.
                fmt.left_indent = Twips(one_char.twips + one_char.twips * len(lead))
                fmt.first_line_indent = Twips(-one_char.twips * len(lead))
                self._run(p, lead + line.text, fonts.body, sizes.end_block)
            else:
                fmt.left_indent = one_char
                fmt.first_line_indent = Pt(0)
                self._run(p, line.text, fonts.body, sizes.end_block)
            fmt.right_indent = one_char
        table.columns[0].width = width
        # Word wants a paragraph after a final table; keep it tiny so it never makes a new page.
        tail = self.doc.add_paragraph()
        tail.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        tail.paragraph_format.line_spacing = Pt(1)
        no_snap_to_grid(tail)
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


# -- the package's parts, and the end block's anchor ----------------------------------------------


def _merged_font_table(existing: bytes, ours: bytes) -> bytes:
    """An office's font table with our declarations added for the fonts it does not declare."""
    table = parse_xml(existing)
    declared = {font.get(qn("w:name")) for font in table.iter(qn("w:font"))}
    for font in parse_xml(ours).iter(qn("w:font")):
        if font.get(qn("w:name")) not in declared:
            table.append(font)
    return etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_styles_with_effects(doc: DocumentObject) -> None:
    """A Word 2010 copy of styles.xml that no longer matches it: Word would "repair" the file."""
    stale = [
        rid for rid, rel in doc.part.rels.items() if rel.reltype.endswith("/stylesWithEffects")
    ]
    for rid in stale:
        doc.part.drop_rel(rid)


def _float_at_bottom(tbl_pr: BaseOxmlElement, offset_twips: int) -> None:
    """Anchor the table to the type area, offset_twips from its top: i.e. flush with its bottom.

    An absolute offset rather than tblpYSpec="bottom", which LibreOffice ignores.
    """
    set_child(
        tbl_pr,
        "w:tblpPr",
        leftFromText="0",
        rightFromText="0",
        topFromText="0",
        bottomFromText="0",
        vertAnchor="margin",
        horzAnchor="margin",
        tblpX=str(grid.FLOAT_GAP // 2),
        tblpY=str(offset_twips),
    )
    set_child(tbl_pr, "w:tblOverlap", val="never")
