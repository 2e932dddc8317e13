"""The page as a grid of rows and characters, and the fixed blocks on it (masthead, end block).

The .docx writer and the page-fit forecast both take their numbers from here, so what is written
and what is forecast cannot drift apart. Lengths are in twips (1/20 pt), as in the .docx.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from zhoubao_cli.config import BulletinConfig

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4

# The masthead, from the top of the type area down; heights in grid rows so it scales with the
# pitch. Exact heights, off the grid, so Word and LibreOffice give it the same height.
TITLE_ROWS = 3.0  # the title's line, whatever its size
NUMBER_GAP_ROWS = 0.5  # above 第18期
NUMBER_ROWS = 1.0
ISSUER_GAP_ROWS = 1.0  # above the issuing unit and date
ISSUER_ROWS = 1.0
RULE_SPACE_PT = 4  # between the date and the red rule
RULE_EIGHTHS = 12  # the red rule, 1.5 pt
AFTER_RULE_ROWS = 1.0  # white space under the rule, before the body

# The end block's rules, in eighths of a point: thick first and last, thin between.
THICK_RULE = 8  # 0.35 mm
THIN_RULE = 6  # 0.25 mm

# The end block floats, and LibreOffice floats a table only if it leaves 0.5 cm of the text area
# beside it (else it flows it to the top of a new page): 151 of 156 mm, centred, is the widest.
FLOAT_GAP = 290

# Titles may be squeezed to this width before they are set smaller (w:w, per cent).
MIN_TITLE_SCALE = 75


@dataclass(frozen=True)
class Grid:
    """The body text's grid, from the config's page and sizes."""

    type_width: int
    type_height: int
    pitch: int  # one row
    chars_per_line: int
    body_size: float  # pt

    @classmethod
    def of(cls, config: BulletinConfig) -> Grid:
        page = config.page

        def twips(mm: float) -> int:  # each length rounded on its own, as the .docx stores it
            return round(mm * TWIPS_PER_MM)

        width = twips(page.width_mm) - twips(page.margin_left_mm) - twips(page.margin_right_mm)
        height = twips(page.height_mm) - twips(page.margin_top_mm) - twips(page.margin_bottom_mm)
        return cls(
            type_width=width,
            type_height=height,
            pitch=round(page.line_pitch_pt * TWIPS_PER_PT),
            chars_per_line=page.chars_per_line,
            body_size=config.sizes.body,
        )

    @property
    def char_spacing(self) -> int:
        """Twips added to every character (negative squeezes) so chars_per_line fill a line.

        GB/T 9704's 28 characters of 16 pt are 448 pt, but the type width is 442.25 pt: without
        this, Word and LibreOffice set 27. −0.25 pt a character gives 28 × 15.75 = 441 pt.
        """
        return math.floor(self.type_width / self.chars_per_line) - round(
            self.body_size * TWIPS_PER_PT
        )

    @property
    def rows_per_page(self) -> int:
        return self.type_height // self.pitch

    def rows(self, count: float) -> int:
        """count grid rows in twips, as the .docx stores them."""
        return round(count * self.pitch)

    @property
    def masthead_height(self) -> int:
        """The masthead's height: title, number, issuing unit and date, rule, white space."""
        rows = (
            TITLE_ROWS,
            NUMBER_GAP_ROWS,
            NUMBER_ROWS,
            ISSUER_GAP_ROWS,
            ISSUER_ROWS,
            AFTER_RULE_ROWS,
        )
        rule = RULE_SPACE_PT * TWIPS_PER_PT + RULE_EIGHTHS * TWIPS_PER_PT // 8
        return sum(self.rows(r) for r in rows) + rule

    @property
    def first_page_rows(self) -> int:
        """Rows of body text under the masthead on page 1."""
        return (self.type_height - self.masthead_height) // self.pitch


def fit_on_one_line(ems: float, candidates: list[float], width_pt: float) -> tuple[float, int]:
    """The largest candidate size at which text ems wide fits width; else squeezed, then smaller.

    Returns (size in pt, horizontal scale in per cent). A masthead line never wraps: past the
    smallest candidate the text is squeezed (w:w) down to MIN_TITLE_SCALE, then set smaller.
    """
    for size in sorted(candidates, reverse=True):
        if ems * size <= width_pt:
            return size, 100
    smallest = min(candidates)
    scale = math.floor(100 * width_pt / (ems * smallest))
    if scale >= MIN_TITLE_SCALE:
        return smallest, scale
    size = math.floor(2 * width_pt / (ems * MIN_TITLE_SCALE / 100)) / 2  # half points
    return size, MIN_TITLE_SCALE
