"""What a submission holds once read: lines of text and tables, and what was left out of them.

The readers (sources/) produce it; the text rules (rules/) turn it into bulletin paragraphs. Both
say what they left out as `Drop`s, so that nothing vanishes from a submission without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Drop:
    """A piece of a submission that is not bulletin text, and why (in Chinese, for the report)."""

    text: str
    reason: str
    at: int | None = None  # the index of the line it was dropped from (None: before the lines)
    rule: str = ""  # which rule dropped it (a stable code), when known


@dataclass
class Table:
    """A table as its rows of cell texts (a cell's paragraphs joined by newlines).

    A cell merged with the one above it (Word's vertical merge) is None; a cell spanning several
    grid columns is followed by empty strings, so that the columns of all rows line up.
    """

    rows: list[list[str | None]]


# A line of text, or a table.
Piece = str | Table


@dataclass
class Extracted:
    """A file's content as read, before any text rule."""

    pieces: list[Piece]
    encoding: str | None = None
    dropped: list[Drop] = field(default_factory=list)
    pictures: int = 0  # pictures, charts and embedded objects: none of them is text
    plain_text: bool = False  # read from a text file, where Markdown may be written
    header: list[str] = field(default_factory=list)  # a Word file's page header, line by line
    soft_joins: int = 0  # sentences cut by a soft line break, joined when read

    def has_text(self) -> bool:
        for piece in self.pieces:
            if isinstance(piece, Table):
                if any(cell and cell.strip() for row in piece.rows for cell in row):
                    return True
            elif piece.strip():
                return True
        return False
