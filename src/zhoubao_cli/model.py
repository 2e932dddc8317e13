"""The data model: what collect found (the report) and what goes to print (the bulletin).

The bulletin is the source of truth for every renderer; the report is what status shows.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, Protocol

from pydantic import BaseModel, Field, field_validator, model_validator

from zhoubao_cli.controls import first_control
from zhoubao_cli.textrules import as_items_paragraph


class Status(StrEnum):
    """What became of one file."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    IGNORED = "ignored"
    SUPERSEDED = "superseded"

    @property
    def word(self) -> str:
        return _STATUS_WORDS[self]


_STATUS_WORDS = {
    Status.OK: "已采用",
    Status.WARNING: "已采用（有提醒）",
    Status.ERROR: "有错误，未采用",
    Status.SUPERSEDED: "被取代，未采用",
    Status.IGNORED: "已跳过",
}


class Outcome(StrEnum):
    """What became of one unit this week: one of these, said with one word in every command."""

    ADOPTED = "adopted"
    NIL = "nil"
    FAULTY = "faulty"
    MISSING = "missing"

    @property
    def word(self) -> str:
        return OUTCOME_WORDS[self]


OUTCOME_WORDS = {
    Outcome.ADOPTED: "已采用",
    Outcome.NIL: "报“无”",
    Outcome.FAULTY: "有错误待重报",
    Outcome.MISSING: "未报送",
}


class Severity(StrEnum):
    ERROR = "error"  # the file (or the unit's part) is not used
    WARNING = "warning"  # used; the editor should look
    NOTE = "note"  # what zhoubao did, for the record


_SAYS_SOMETHING = re.compile(r"\w")


class Finding(BaseModel):
    """One thing collect found, said once, read by every view (terminal, reminder, status, page).

    `message` is for the editor and does not repeat the file, unit or item: a view puts them in
    front. `for_unit` is the same problem in the words sent to the unit (None: nothing to send).
    """

    kind: str  # a stable code, e.g. "date.after_publication"
    severity: Severity
    message: str = Field(min_length=1)
    file: str | None = None
    unit: str | None = None
    item: int | None = None  # the item's number in the unit's (or section's) text, from 1
    opening: str | None = None  # the item's first words, to find it in the unit's own file
    for_unit: str | None = None
    fix: str | None = None

    @field_validator("message")
    @classmethod
    def _says_something(cls, message: str) -> str:
        """A reminder line reads 某某区：。 when its reason is blank or only punctuation."""
        if not _SAYS_SOMETHING.search(message):
            raise ValueError("a finding's message must say something")
        return message

    @field_validator("for_unit")
    @classmethod
    def _for_unit_or_none(cls, for_unit: str | None) -> str | None:
        """Words for the unit that say nothing are none: the message is sent instead."""
        return for_unit if for_unit and _SAYS_SOMETHING.search(for_unit) else None

    def where(self) -> str:
        """第2条（“2月3日，组织…”）, or "" when the finding is not about one item."""
        if self.item is None:
            return ""
        return f"第{self.item}条" + (f"（“{self.opening}”）" if self.opening else "")


class Fate(StrEnum):
    """What became of one line (or table row) of a source file."""

    PRINTED = "printed"  # printed as it was
    CHANGED = "changed"  # printed, mended (see `printed` for what it became)
    DOUBTFUL = "doubtful"  # printed, but zhoubao is not sure it is news
    DROPPED = "dropped"  # left out, by a rule (see `rule` and `reason`)
    UNUSED = "unused"  # news of a file (or part) not used: refused or superseded

    @property
    def word(self) -> str:
        return _FATE_WORDS[self]


_FATE_WORDS = {
    Fate.PRINTED: "刊出",
    Fate.CHANGED: "改后刊出",
    Fate.DOUBTFUL: "存疑",
    Fate.DROPPED: "略去",
    Fate.UNUSED: "未采用",
}


class SourceLine(BaseModel):
    """A line of a source file beside its fate."""

    text: str
    fate: Fate
    unit: str | None = None
    item: int | None = None  # which printed item it went into
    rule: str | None = None  # the dropping rule's code
    reason: str | None = None  # why it was dropped or not used, in Chinese
    printed: str | None = None  # the item as printed, when it differs from the line


class Doubt(BaseModel):
    """A printed sentence zhoubao is not sure is news; the editor keeps or drops it."""

    id: str  # stable while the sentence is the same: what a decision is kept by
    file: str
    unit: str | None = None
    section: str | None = None
    item: int | None = None
    text: str
    why: list[str]
    decision: str | None = None  # "keep" or "drop", once the editor said


class UnitRecord(BaseModel):
    """One unit's week: its outcome and what it gave."""

    unit: str
    outcome: Outcome
    files: list[str] = []
    items: int = 0
    chars: int = 0
    late: bool = False
    warnings: int = 0
    doubts: int = 0


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
    late: bool = False
    # The file is a reply of nothing this week (无, 本周无动态): the unit reported, nothing to print.
    nil: bool = False
    nil_units: list[str] = []  # units of this file that replied nothing (one file may hold several)
    # Units of a file for several units whose part had errors and was not used (the rest was).
    refused_units: list[str] = []
    # Units whose part of this file a newer file replaced.
    superseded_units: list[str] = []
    items: int = 0
    chars: int = 0
    dropped: list[Dropped] = []  # every line left out of the bulletin, with its reason
    lines: list[SourceLine] = []  # every line read, beside its fate

    def status_for(self, unit: str | None) -> Status:
        """This file's status for one of its units: in a file for several units, a unit's part
        may be refused or replaced by a newer file whatever became of the rest."""
        if unit is not None and unit in self.refused_units:
            return Status.ERROR
        if unit is not None and unit in self.superseded_units:
            return Status.SUPERSEDED
        return self.status


class CollectReport(BaseModel):
    """The record of one collect: units, findings, files (with their lines) and doubts. Every
    view reads this; none parses a message back."""

    issue: int
    source_dir: str
    # The same folder relative to the workspace, when it lies inside it (the issue's inbox): a
    # workspace moved or copied elsewhere then still reads its own folder.
    source_in_workspace: str | None = None
    collected_at: datetime.datetime
    strict: bool = False
    # Made from a report.json of an older zhoubao: outcomes derived from its lists of files; whether
    # a unit was late is then known only from its files' times.
    legacy: bool = False
    units: list[UnitRecord] = []
    findings: list[Finding] = []
    doubts: list[Doubt] = []
    files: list[FileReport] = []

    @model_validator(mode="before")
    @classmethod
    def _from_older_record(cls, data: Any) -> Any:
        """A report.json written before the record had units and findings (an issue collected
        by an older zhoubao, kept in the archive): its per-file lists give the same outcomes."""
        if isinstance(data, dict) and "units" not in data and "files" in data:
            data = {**data, **_legacy_record(data)}
        return data

    @property
    def has_errors(self) -> bool:
        return any(f.status is Status.ERROR for f in self.files)

    def with_outcome(self, outcome: Outcome) -> list[str]:
        return [u.unit for u in self.units if u.outcome is outcome]

    def to_resend(self) -> list[str]:
        """Units with errors to mend, then files whose unit is unknown."""
        units = self.with_outcome(Outcome.FAULTY)
        unknown = [f.file for f in self.files if f.status is Status.ERROR and f.unit is None]
        return units + unknown

    def nil_units(self) -> list[str]:
        return self.with_outcome(Outcome.NIL)

    def sent_nothing(self) -> list[str]:
        return self.with_outcome(Outcome.MISSING)

    @property
    def missing(self) -> list[str]:
        """Units with nothing printed and no reply of nothing (sent nothing, or must resend)."""
        return [u.unit for u in self.units if u.outcome in (Outcome.MISSING, Outcome.FAULTY)]

    @property
    def has_content(self) -> bool:
        """Some file gave the bulletin something to print."""
        return any(f.items for f in self.files if f.status in (Status.OK, Status.WARNING))

    def count(self, status: Status) -> int:
        return sum(f.status is status for f in self.files)

    def findings_of(self, file: str) -> list[Finding]:
        return [f for f in self.findings if f.file == file]

    def undecided(self) -> list[Doubt]:
        return [d for d in self.doubts if d.decision is None]


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


def _legacy_record(data: dict[str, Any]) -> dict[str, Any]:
    files = [f.model_dump() if isinstance(f, BaseModel) else f for f in data.get("files", [])]
    files = [f for f in files if isinstance(f, dict)]
    for f in files:  # the oldest reports name a file's one unit in `unit` only
        f["units"] = f.get("units") or ([f["unit"]] if f.get("unit") else [])
    used = [f for f in files if f.get("status") in ("ok", "warning")]
    # The oldest reports have a file's nil flag only, not its nil units.
    nil = {
        u
        for f in files
        if f.get("status") != "error"
        for u in (f.get("nil_units") or (f.get("units", []) if f.get("nil") else []))
    }
    printed = {u for f in used for u in f.get("units", [])} - nil
    faulty = [f["unit"] for f in files if f.get("status") == "error" and f.get("unit")]
    faulty += [u for f in files for u in f.get("refused_units", [])]
    units: dict[str, Outcome] = {}
    for unit in faulty:
        units[unit] = Outcome.FAULTY
    for unit in printed:
        units.setdefault(unit, Outcome.ADOPTED)
    for unit in nil:
        units.setdefault(unit, Outcome.NIL)
    for unit in data.get("missing", []):
        units.setdefault(unit, Outcome.MISSING)
    severity = {"error": Severity.ERROR, "warning": Severity.WARNING}
    findings = [
        {
            "kind": "legacy",
            "severity": severity.get(f.get("status", ""), Severity.NOTE),
            "message": message,
            "file": f.get("file"),
            "unit": f.get("unit"),
        }
        for f in files
        for message in f.get("messages", [])
    ]
    items: dict[str, int] = {}
    for f in used:  # a file for one unit counts its items; several units' files cannot be split
        if len(f.get("units", [])) == 1 and not f.get("nil"):
            items[f["units"][0]] = items.get(f["units"][0], 0) + f.get("items", 0)
    return {
        "legacy": True,
        "units": [{"unit": u, "outcome": o, "items": items.get(u, 0)} for u, o in units.items()],
        "findings": findings,
    }
