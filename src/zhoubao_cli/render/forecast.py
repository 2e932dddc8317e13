"""Page-fit forecast: how many pages the bulletin takes, and how full the last one is.

A pure function of the bulletin's lines and the config's grid; nothing is rendered. The rules
mirror what Word and LibreOffice do with the .docx that render writes (measured against
LibreOffice's layout in the tests): full-width characters take one grid cell, Latin letters and
digits half a cell, a line may not start with closing punctuation nor end with opening
punctuation (kinsoku: the character before moves down with it), Latin words and numbers are not
split, headings keep with the next paragraph, and the end block needs its rows at the foot of the
last page, else it takes a page of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.model import Bulletin
from zhoubao_cli.render.grid import FLOAT_GAP, TWIPS_PER_PT, Grid
from zhoubao_cli.render.layout import Line
from zhoubao_cli.textrules import is_cjk, is_cjk_punct

# Line-breaking rules for Chinese as LibreOffice 7.4 applies them (measured). These may hang
# past the right margin when they do not fit (overflowPunct, on in Word too):
HANGING = frozenset("，。、；：？！")
# These may not start a line: the character before moves down with them.
CLOSING = frozenset("）》”’】〕」』〉〗〙〛］｝)]}")
NO_LINE_START = HANGING | CLOSING
# These may not end a line: they move down with what follows.
NO_LINE_END = frozenset("（《“‘【〔「『〈〖〘〚［｛([{")


def _script(ch: str) -> str:
    """Which font slot LibreOffice sets a character in: 'asian', 'latin', or 'weak' (follows)."""
    if ch.isascii():
        return "weak" if ch == " " else "latin"
    if is_cjk(ch) or (is_cjk_punct(ch) and ch not in "‘’“”…—"):
        return "asian"
    return "weak"


@dataclass(frozen=True)
class Metrics:
    """How wide characters are set, in twips, and the gaps between them.

    Chinese characters and punctuation take one em, Latin letters and digits half an em (the
    metrics of 仿宋_GB2312 and its stand-ins). The character spacing applies inside a run of one
    script; LibreOffice leaves it off a run's last character (and so off a line's last), and
    puts a fifth of an em between a Chinese character and a Latin letter or digit (autoSpaceDE,
    autoSpaceDN), but not at the start of a line.
    """

    size: int  # the font size
    spacing: int  # added to every character (negative squeezes)

    def width(self, ch: str) -> int:
        return self.size // 2 if ch.isascii() else self.size

    def measure(self, text: str, runs: tuple[int, ...] = ()) -> tuple[list[int], list[int]]:
        """Each character's width with its spacing (none at a run's end), and the gap before it.

        runs: where a run of other formatting starts (the text after a bold label).
        """
        scripts = []
        current = ""
        for ch in text:
            script = _script(ch)
            current = script if script != "weak" else (current or "asian")
            scripts.append(current)
        widths = [self.width(ch) + self.spacing for ch in text]
        gaps = [0] * len(text)
        for i in range(1, len(text)):
            if scripts[i] != scripts[i - 1] or i in runs:
                widths[i - 1] -= self.spacing
                if _autospaced(text[i - 1], text[i]):
                    gaps[i] = self.size // 5
        return widths, gaps


def _autospaced(left: str, right: str) -> bool:
    """A Chinese character next to a Latin letter or digit (either way round) gets a gap."""
    return (is_cjk(left) and right.isascii() and right.isalnum()) or (
        is_cjk(right) and left.isascii() and left.isalnum()
    )


def _may_break(text: str, index: int) -> bool:
    """A line may break between text[index - 1] and text[index]."""
    before, after = text[index - 1], text[index]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before == after == "—":  # a —— dash is one mark
        return False
    if before.isascii() and not before.isspace():
        # Latin words and numbers stay whole (OPC, 1.06), and so does what clings to them: 5G（
        return after.isspace() or is_cjk(after) or after == "—"
    # Closing brackets and symbols stay with a Latin word or number after them: ）OPC, ★1.
    if after.isascii() and after.isalnum():
        return not (before in CLOSING or not (is_cjk(before) or is_cjk_punct(before)))
    return True


def break_lines(
    text: str, first_width: int, width: int, metrics: Metrics, runs: tuple[int, ...] = ()
) -> list[str]:
    """The lines a paragraph is set in: first_width twips for the first line, width after."""
    widths, gaps = metrics.measure(text, runs)
    lines: list[str] = []
    start = 0
    while start < len(text):
        available = first_width if not lines else width
        used = 0
        end = start
        while end < len(text):
            # Measured as the line's last character: without spacing; a line starts without a gap.
            gap = gaps[end] if end > start else 0
            if used + gap + metrics.width(text[end]) > available:
                break
            used += gap + widths[end]
            end += 1
        if end < len(text):
            following = text[end + 1] if end + 1 < len(text) else ""
            # One mark may hang in the margin, but not two (，”), nor after a Latin word (5G，).
            hangs = end > start and text[end] in HANGING and not text[end - 1].isascii()
            if hangs and following not in NO_LINE_START:
                end += 1
            else:
                cut = end
                while cut > start and not _may_break(text, cut):
                    cut -= 1
                end = cut if cut > start else max(end, start + 1)
        lines.append(text[start:end])
        start = end
    return lines or [""]


def end_block_rows(lines: list[Line], grid: Grid, size_pt: float) -> list[int]:
    """Grid rows each end block line takes (a long 报/送/发 line wraps after its colon)."""
    metrics = Metrics(round(size_pt * TWIPS_PER_PT), grid.char_spacing)
    one_char = round(size_pt * TWIPS_PER_PT)
    width = grid.type_width - FLOAT_GAP - 2 * one_char
    rows = []
    for line in lines:
        if line.role == "distribution":
            lead = f"{line.label}："
            hang = one_char * len(lead)
            rows.append(len(break_lines(lead + line.text, width, width - hang, metrics)))
        else:
            rows.append(len(break_lines(line.text, width, width, metrics)))
    return rows


@dataclass(frozen=True)
class Block:
    """One body paragraph as the page sees it."""

    role: str
    rows: int
    name: str = ""  # the unit, for a unit's paragraph
    chars: int = 0


def paragraph_rows(line: Line, grid: Grid) -> int:
    """The rows a body paragraph takes: first line indented two characters, justified."""
    metrics = Metrics(round(grid.body_size * TWIPS_PER_PT), grid.char_spacing)
    indent = round(grid.body_size * TWIPS_PER_PT) * 2
    text = line.label + line.text if line.role == "unit" else line.text
    # The bold label is a run of its own.
    runs = (len(line.label),) if line.role == "unit" else ()
    return len(break_lines(text, grid.type_width - indent, grid.type_width, metrics, runs))


@dataclass
class Forecast:
    """Where the bulletin's text and end block fall on the grid."""

    pages: int
    last_page: int  # the last page with body text
    text_rows: int  # rows of body text on that page
    rows_free: int  # rows left on that page under the text
    end_rows: int  # rows the end block needs
    end_alone: bool  # the end block takes a page of its own
    rows_to_cut: int  # rows less that would save a page (0 for a one-page issue)
    chars_per_line: int
    longest: list[tuple[str, int, int]] = field(default_factory=list)  # unit, rows, characters
    page_rows: list[int] = field(default_factory=list)  # rows of body text on each page

    @property
    def chars_to_cut(self) -> int:
        return _about(self.rows_to_cut * self.chars_per_line)

    @property
    def rows_to_add(self) -> int:
        """Rows that could be added without a new page."""
        return 0 if self.end_alone else self.rows_free - self.end_rows

    def message(self) -> str:
        """In words, e.g. 预计 5 页；第 4 页还剩 3 行，报尾需 5 行，将单独占第 5 页——…"""
        if self.end_alone:
            text = (
                f"预计 {self.pages} 页；第 {self.last_page} 页还剩 {self.rows_free} 行，"
                f"报尾需 {self.end_rows} 行，将单独占第 {self.pages} 页"
            )
        else:
            text = f"预计 {self.pages} 页"
            if self.end_rows:
                text += f"；报尾（{self.end_rows} 行）排在第 {self.pages} 页页底"
            if self.rows_to_add > 0:
                more = _about(self.rows_to_add * self.chars_per_line, up=False)
                where = "，上面" if self.end_rows else f"；第 {self.pages} 页"
                text += f"{where}还空 {self.rows_to_add} 行（约 {more} 字）"
        if self.rows_to_cut:
            text += (
                f"——再删约 {self.chars_to_cut} 字（{self.rows_to_cut} 行）"
                f"可排进 {self.pages - 1} 页"
            )
        text += "。"
        if self.longest:
            text += "篇幅最长的单位：" + "、".join(f"{u} {r} 行" for u, r, _ in self.longest) + "。"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "pages": self.pages,
            "last_text_page": self.last_page,
            "rows_free_on_last_text_page": self.rows_free,
            "end_block_rows": self.end_rows,
            "end_block_alone": self.end_alone,
            "rows_to_cut_for_one_page_less": self.rows_to_cut,
            "chars_to_cut_for_one_page_less": self.chars_to_cut,
            "longest_units": [{"unit": u, "rows": r, "chars": c} for u, r, c in self.longest],
            "message": self.message(),
        }


def _about(chars: int, *, up: bool = True) -> int:
    """A character count as said aloud: to the ten (up when it is what must go)."""
    if chars <= 10:
        return chars
    return (chars + 9) // 10 * 10 if up else chars // 10 * 10


def forecast(lines: list[Line], grid: Grid, end_size_pt: float, longest: int = 3) -> Forecast:
    """Lay the body's paragraphs on the grid as Word and LibreOffice do, then the end block.

    Page 1 has the rows under the masthead. A heading keeps with the next paragraph; a unit's
    paragraph keeps at least two lines together at a page's foot and top (widowControl); other
    paragraphs break anywhere. The end block floats at the foot of the last page when its rows
    are free there, else it takes the next page.
    """
    blocks = [
        Block(
            line.role,
            paragraph_rows(line, grid),
            line.label.strip("【】") if line.role == "unit" else "",
            len(line.text),
        )
        for line in lines
        if line.role in ("lead", "heading", "item", "unit")
    ]
    end = end_block_rows(
        [x for x in lines if x.role in ("distribution", "staff")], grid, end_size_pt
    )
    end_rows = sum(end)
    page, used = 1, 0
    free_before: dict[int, int] = {}  # rows left at the foot of each full page
    page_rows: list[int] = []

    def capacity(number: int) -> int:
        return grid.first_page_rows if number == 1 else grid.rows_per_page

    def new_page() -> None:
        nonlocal page, used
        free_before[page] = capacity(page) - used
        page_rows.append(used)
        page, used = page + 1, 0

    for index, block in enumerate(blocks):
        room = capacity(page) - used
        if block.role == "heading" and index + 1 < len(blocks):
            # Kept with the next paragraph's first line; a unit's paragraph keeps two lines
            # together at a page's foot and two at the next top, so a short one goes whole.
            following = blocks[index + 1]
            if following.role != "unit":
                needed = 2
            else:
                needed = 1 + (following.rows if following.rows <= 3 else 2)
            if room < needed and used > 0:
                new_page()
            used += 1
            continue
        rows = block.rows
        while rows > 0:
            room = capacity(page) - used
            if rows <= room:
                used += rows
                break
            take = room
            if block.role == "unit":  # no single first or last line alone
                take = min(room, rows - 2) if rows - room < 2 else room
                if take < 2:
                    take = 0
            if take == 0 and used == 0:  # cannot help it: a page-long paragraph
                take = room
            used += take
            rows -= take
            new_page()
    rows_free = capacity(page) - used
    page_rows.append(used)
    end_alone = rows_free < end_rows and end_rows > 0
    pages = page + 1 if end_alone else page
    if pages == 1:
        rows_to_cut = 0
    elif end_alone:
        rows_to_cut = end_rows - rows_free
    else:
        rows_to_cut = used + end_rows - free_before.get(page - 1, 0)
    units = sorted((b for b in blocks if b.role == "unit"), key=lambda b: (-b.rows, -b.chars))
    return Forecast(
        pages=pages,
        last_page=page,
        text_rows=used,
        rows_free=rows_free,
        end_rows=end_rows,
        end_alone=end_alone,
        rows_to_cut=rows_to_cut,
        chars_per_line=grid.chars_per_line,
        longest=[(b.name, b.rows, b.chars) for b in units[:longest]],
        page_rows=page_rows,
    )


def forecast_bulletin(bulletin: Bulletin, config: BulletinConfig) -> Forecast | None:
    """The forecast for a bulletin in zhoubao's own format; None with an office's own template,
    whose page and styles are not the config's grid."""
    if config.reference_docx:
        return None
    from zhoubao_cli.render.layout import layout

    return forecast(layout(bulletin, config), Grid.of(config), config.sizes.end_block)
