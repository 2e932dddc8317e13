"""The data model: what collect found (the report) and what goes to print (the bulletin).

The bulletin is the source of truth for every renderer; the report is what status shows.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, Field, field_validator

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


class UnitEntry(BaseModel):
    """One unit's items, printed as one paragraph."""

    unit: str = Field(min_length=1)
    items: list[str] = Field(min_length=1)
    source: str = ""

    # An editor deletes an item in bulletin.json by emptying its text ("").
    _blank_items_are_deleted = field_validator("items", mode="before")(_without_blanks)

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

    @classmethod
    def assemble(
        cls,
        issue: IssueDates,
        shapes: Iterable[SectionShape],
        paragraphs: Mapping[str, list[str]],
        unit_items: Mapping[str, list[str]],
        unit_order: Sequence[str],
        sources: Mapping[str, str],
    ) -> Bulletin:
        """The bulletin of an issue in the given sections' shapes (the config's, or a bulletin's).

        A lead or items section gets the paragraphs under its key; the units section gets each unit
        with items, those of unit_order first in that order, then the others as unit_items lists
        them; each entry's source is sources[unit] ("" if not given).
        """
        listed = [u for u in unit_order if unit_items.get(u)]
        units = listed + [u for u in unit_items if unit_items[u] and u not in listed]
        sections = []
        for shape in shapes:
            section = BulletinSection(
                key=shape.key, kind=shape.kind, heading=shape.heading, marker=shape.marker
            )
            if shape.kind == "units":
                section.units = [
                    UnitEntry(unit=u, items=list(unit_items[u]), source=sources.get(u, ""))
                    for u in units
                ]
            else:
                section.paragraphs = list(paragraphs.get(shape.key, []))
            sections.append(section)
        return cls(
            number=issue.number,
            date=issue.date,
            period_start=issue.period_start,
            period_end=issue.period_end,
            sections=sections,
        )


class SectionShape(Protocol):
    """A section as the bulletin prints it: a config's Section, or a BulletinSection."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def heading(self) -> str: ...
    @property
    def marker(self) -> str: ...


class IssueDates(Protocol):
    """An issue's number and dates (workspace.Issue)."""

    @property
    def number(self) -> int: ...
    @property
    def date(self) -> datetime.date: ...
    @property
    def period_start(self) -> datetime.date: ...
    @property
    def period_end(self) -> datetime.date: ...
