"""The data model: what collect found (the report) and what goes to print (the bulletin).

The bulletin is the source of truth for every renderer; the report is what status shows.
"""

from __future__ import annotations

import datetime
from enum import StrEnum

from pydantic import BaseModel, Field, field_validator

from zhoubao_cli.controls import first_control
from zhoubao_cli.textrules import as_items_paragraph


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    IGNORED = "ignored"
    SUPERSEDED = "superseded"


class Dropped(BaseModel):
    """A line of a submission that is not bulletin text, and why it was left out."""

    text: str
    reason: str


class FileReport(BaseModel):
    file: str
    unit: str | None = None
    units: list[str] = []
    section: str | None = None
    status: Status = Status.OK
    encoding: str | None = None
    # The file's modification time: when the unit sent it, as near as a file can tell.
    received: datetime.datetime | None = None
    # The file is a reply of nothing this week (无, 本周无动态): the unit reported, nothing to print.
    nil: bool = False
    nil_units: list[str] = []  # units of this file that replied nothing (one file may hold several)
    # Units of a file for several units whose part had errors and was not used (the rest was).
    refused_units: list[str] = []
    items: int = 0
    chars: int = 0
    messages: list[str] = []  # errors and warnings, for the sender
    notes: list[str] = []  # what zhoubao changed, for the editor
    dropped: list[Dropped] = []  # every line left out of the bulletin, with its reason


class CollectReport(BaseModel):
    issue: int
    source_dir: str
    # The same folder relative to the workspace, when it lies inside it (the issue's inbox): a
    # workspace moved or copied elsewhere then still reads its own folder.
    source_in_workspace: str | None = None
    collected_at: datetime.datetime
    strict: bool = False
    files: list[FileReport] = []
    missing: list[str] = []

    @property
    def has_errors(self) -> bool:
        return any(f.status is Status.ERROR for f in self.files)

    def to_resend(self) -> list[str]:
        """Units (or, when unknown, files) whose submissions had errors and were not used."""
        failed = [f.unit or f.file for f in self.files if f.status is Status.ERROR]
        failed += [u for f in self.files for u in f.refused_units]
        return list(dict.fromkeys(failed))

    @property
    def has_content(self) -> bool:
        """Some file gave the bulletin something to print."""
        return any(f.items for f in self.files if f.status in (Status.OK, Status.WARNING))

    def nil_units(self) -> list[str]:
        """Units that replied they have nothing this week, in the order of the files."""
        nil = [u for f in self.files if f.status is not Status.ERROR for u in f.nil_units]
        return list(dict.fromkeys(nil))

    def sent_nothing(self) -> list[str]:
        """Missing units that did not send a broken file either, nor reply that they have
        nothing this week: each unit is in one list only."""
        answered = {*self.to_resend(), *self.nil_units()}
        return [u for u in self.missing if u not in answered]

    def count(self, status: Status) -> int:
        return sum(f.status is status for f in self.files)


def _without_blanks(values: object) -> object:
    """A list of texts without the empty ones (a hand edit's way of deleting one)."""
    if isinstance(values, list):
        return [v for v in values if not (isinstance(v, str) and not v.strip())]
    return values


def _no_controls(texts: list[str]) -> list[str]:
    """A control character (pasted into bulletin.json by hand) named with its item's number."""
    for number, text in enumerate(texts, start=1):
        code = first_control(text)
        if code is not None:
            raise ValueError(
                f"第 {number} 条含有控制字符 {code}（多半是复制粘贴带进来的，看不见），请删去"
            )
    return texts


class UnitEntry(BaseModel):
    """One unit's items, printed as one paragraph."""

    unit: str = Field(min_length=1)
    items: list[str] = Field(min_length=1)
    source: str = ""

    # An editor deletes an item in bulletin.json by emptying its text ("").
    _blank_items_are_deleted = field_validator("items", mode="before")(_without_blanks)
    _items_without_controls = field_validator("items")(_no_controls)

    @property
    def paragraph(self) -> str:
        return as_items_paragraph(self.items)


class BulletinSection(BaseModel):
    key: str
    kind: str
    heading: str = ""
    marker: str = ""
    paragraphs: list[str] = []  # lead and items sections
    units: list[UnitEntry] = []  # units section, in the config's order

    # As with a unit's items: an emptied paragraph is one the editor deleted.
    _blank_paragraphs_are_deleted = field_validator("paragraphs", mode="before")(_without_blanks)
    _paragraphs_without_controls = field_validator("paragraphs")(_no_controls)

    @property
    def empty(self) -> bool:
        return not self.paragraphs and not self.units


class Bulletin(BaseModel):
    """The collected, normalised content of one issue."""

    number: int = Field(ge=1)
    date: datetime.date
    period_start: datetime.date
    period_end: datetime.date
    sections: list[BulletinSection]

    def units_present(self) -> set[str]:
        return {entry.unit for section in self.sections for entry in section.units}
